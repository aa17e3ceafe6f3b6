package nl.ruimtevraag.engine;

import java.util.Arrays;

/**
 * A set of parameter indices as runs of consecutive indices, for the buffer's check whether any of
 * them has a new value: a run is compared with {@link Arrays#mismatch(double[], int, int, double[], int, int)},
 * which compares many values per instruction, instead of one gathered index after another. The
 * regional parameters of a plan are mostly consecutive (each region's are registered together).
 */
final class ParamRanges {
    /** from, to (exclusive), from, to, ... ascending and disjoint */
    private final int[] bounds;

    private ParamRanges(int[] bounds) {
        this.bounds = bounds;
    }

    static ParamRanges of(int[] indices) {
        int[] sorted = Arrays.stream(indices).distinct().sorted().toArray();
        int[] bounds = new int[2 * sorted.length];
        int runs = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (runs > 0 && bounds[2 * runs - 1] == sorted[i]) {
                bounds[2 * runs - 1]++;
            } else {
                bounds[2 * runs] = sorted[i];
                bounds[2 * runs + 1] = sorted[i] + 1;
                runs++;
            }
        }
        return new ParamRanges(Arrays.copyOf(bounds, 2 * runs));
    }

    /**
     * Whether a value differs between the two vectors at any index of the set (as
     * {@link Double#equals}: 0.0 and -0.0 differ, NaN equals NaN).
     */
    boolean differ(double[] a, double[] b) {
        for (int i = 0; i < bounds.length; i += 2) {
            if (Arrays.mismatch(a, bounds[i], bounds[i + 1], b, bounds[i], bounds[i + 1]) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** The runs as from, to (exclusive), from, to, ... (for tests). */
    int[] bounds() {
        return bounds.clone();
    }
}
