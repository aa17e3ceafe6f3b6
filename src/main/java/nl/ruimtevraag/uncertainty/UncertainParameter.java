package nl.ruimtevraag.uncertainty;

import nl.ruimtevraag.model.Param;

/**
 * A parameter of a scenario with its stable path, e.g. {@code circular.extra_share},
 * {@code economy.growth[2]} or {@code constraints.netcongestie.share.regions.NB}. The path names
 * the parameter's random stream: the same path and draw give the same quantile in every scenario
 * (common random numbers).
 */
public record UncertainParameter(String path, Param param) {
    public UncertainParameter {
        if (path == null || path.isEmpty()) {
            throw new IllegalArgumentException("a parameter needs a path");
        }
        if (param == null) {
            throw new IllegalArgumentException("no parameter at " + path);
        }
    }
}
