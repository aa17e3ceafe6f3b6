package nl.ruimtevraag.model;

/** How a build-up runs from 0 at the base year to 1 at the horizon. */
public enum RampShape {
    LINEAR,
    /** logistic curve through 0.5 at a midpoint year, rescaled to run exactly from 0 to 1 */
    S_CURVE;

    public String code() {
        return this == LINEAR ? "linear" : "s-curve";
    }
}
