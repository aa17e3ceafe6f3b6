package nl.ruimtevraag.uncertainty;

/**
 * One parameter's swing: the target output with the parameter at its low and at its high value,
 * every other parameter central.
 */
public record TornadoBar(UncertainParameter parameter, double lowValue, double highValue, double outputAtLow,
                         double outputAtHigh) {
    /** |output at high - output at low|, in the output's unit (hectares). */
    public double swing() {
        return Math.abs(outputAtHigh - outputAtLow);
    }
}
