package nl.ruimtevraag.model;

/**
 * A numeric parameter: a point value or a distribution (method section 7). A deterministic run
 * uses {@link #central()}: the value, the mode, the mean, or the midpoint. The records are the
 * structure a reader sees; report.Label.distribution writes them in Dutch or English.
 */
public sealed interface Param permits Param.Point, Param.Triangular, Param.Pert, Param.Uniform, Param.Normal {

    double central();

    /** Lower end of the plausible range (for sensitivity swings); equals central for a point. */
    double low();

    /** Upper end of the plausible range; equals central for a point. */
    double high();

    Origin origin();

    /** True when the parameter carries uncertainty. */
    default boolean uncertain() {
        return low() != high();
    }

    static Point of(double value) {
        return new Point(value, Origin.BUILT_IN);
    }

    static Point of(double value, String source) {
        return new Point(value, Origin.of(source));
    }

    record Point(double value, Origin origin) implements Param {
        public Point {
            requireFinite(value, "value");
        }

        @Override public double central() { return value; }
        @Override public double low() { return value; }
        @Override public double high() { return value; }
    }

    /** Triangular distribution on [min, max] with its peak at mode. */
    record Triangular(double min, double mode, double max, Origin origin) implements Param {
        public Triangular {
            requireFinite(min, "min");
            requireFinite(mode, "mode");
            requireFinite(max, "max");
            if (!(min <= mode && mode <= max)) {
                throw new IllegalArgumentException("expected min <= mode <= max, got " + min + ", " + mode + ", " + max);
            }
        }

        @Override public double central() { return mode; }
        @Override public double low() { return min; }
        @Override public double high() { return max; }
    }

    /** PERT (scaled beta) distribution on [min, max] with its mode, shape 4. */
    record Pert(double min, double mode, double max, Origin origin) implements Param {
        public Pert {
            requireFinite(min, "min");
            requireFinite(mode, "mode");
            requireFinite(max, "max");
            if (!(min <= mode && mode <= max)) {
                throw new IllegalArgumentException("expected min <= mode <= max, got " + min + ", " + mode + ", " + max);
            }
        }

        @Override public double central() { return mode; }
        @Override public double low() { return min; }
        @Override public double high() { return max; }
    }

    /** Uniform distribution on [low, high]; central value is the midpoint. */
    record Uniform(double lowValue, double highValue, Origin origin) implements Param {
        public Uniform {
            requireFinite(lowValue, "low");
            requireFinite(highValue, "high");
            if (!(lowValue <= highValue)) {
                throw new IllegalArgumentException("expected low <= high, got " + lowValue + ", " + highValue);
            }
        }

        @Override public double central() { return (lowValue + highValue) / 2; }
        @Override public double low() { return lowValue; }
        @Override public double high() { return highValue; }
    }

    /**
     * Normal distribution, truncated to [lower, upper] where a bound applies (use infinities for
     * none). Sensitivity swings use the 10th and 90th percentile, clipped to the bounds.
     */
    record Normal(double mean, double sd, double lower, double upper, Origin origin) implements Param {
        private static final double Z90 = 1.2815515655446004;

        public Normal {
            requireFinite(mean, "mean");
            requireFinite(sd, "sd");
            if (sd < 0) {
                throw new IllegalArgumentException("expected sd >= 0, got " + sd);
            }
            if (Double.isNaN(lower) || Double.isNaN(upper) || lower > mean || mean > upper) {
                throw new IllegalArgumentException("expected lower <= mean <= upper");
            }
        }

        @Override public double central() { return mean; }
        @Override public double low() { return Math.max(lower, mean - Z90 * sd); }
        @Override public double high() { return Math.min(upper, mean + Z90 * sd); }
    }

    private static void requireFinite(double v, String what) {
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException(what + " must be a finite number, got " + v);
        }
    }
}
