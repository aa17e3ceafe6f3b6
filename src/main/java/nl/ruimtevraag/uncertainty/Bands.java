package nl.ruimtevraag.uncertainty;

/**
 * An immutable table of result bands: for every cell, the percentiles (in the settings' order),
 * then the mean over the draws, then the deterministic point value (every parameter central).
 */
final class Bands {
    private final double[] values;
    private final int slots;

    Bands(double[] values, int percentiles) {
        this.values = values.clone();
        this.slots = percentiles + 2;
    }

    static int slots(int percentiles) {
        return percentiles + 2;
    }

    double percentile(int cell, int q) {
        return values[cell * slots + q];
    }

    double mean(int cell) {
        return values[cell * slots + slots - 2];
    }

    double point(int cell) {
        return values[cell * slots + slots - 1];
    }
}
