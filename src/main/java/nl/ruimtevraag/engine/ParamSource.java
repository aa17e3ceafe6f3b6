package nl.ruimtevraag.engine;

import nl.ruimtevraag.model.Param;

/**
 * Gives the value of each parameter for one projection. Within one projection it must return the
 * same value for the same {@link Param} instance: a parameter shared by many regions is one draw.
 */
@FunctionalInterface
public interface ParamSource {
    double value(Param p);

    /** The deterministic run: every parameter at its central value (mode, mean or midpoint). */
    static ParamSource central() {
        return Param::central;
    }
}
