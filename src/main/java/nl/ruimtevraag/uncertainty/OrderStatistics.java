package nl.ruimtevraag.uncertainty;

import java.util.List;

/**
 * Exact percentiles by selection. Definition (Hyndman and Fan type 1, the inverse of the empirical
 * distribution function): of N draws, percentile q (0 &lt; q &lt; 100) is the k-th smallest value with
 * k = ceil(q / 100 * N), clamped to 1..N. It is always one of the drawn values (no interpolation),
 * so it commutes with monotone functions: the k-th smallest of max(0, -saldo) is max(0, -s) where s
 * is the (N + 1 - k)-th smallest saldo, which lets extra hectares come from the saldo's order
 * statistics.
 */
public final class OrderStatistics {
    private static final int INSERTION = 24;

    private OrderStatistics() {
    }

    /** The 1-based rank of percentile q among n values. */
    public static int rank(double q, int n) {
        if (!(q > 0 && q < 100)) {
            throw new IllegalArgumentException("percentile must lie strictly between 0 and 100: " + q);
        }
        long k = (long) Math.ceil(q / 100 * n);
        return (int) Math.max(1, Math.min(n, k));
    }

    public static int[] ranks(List<Double> percentiles, int n) {
        int[] k = new int[percentiles.size()];
        for (int i = 0; i < k.length; i++) {
            k[i] = rank(percentiles.get(i), n);
        }
        return k;
    }

    /**
     * Puts the values of the given 1-based ranks into {@code out} (same order as {@code ranks}),
     * reordering {@code a[0..n)} in place. Expected time linear in n for a fixed number of ranks.
     */
    public static void select(double[] a, int n, int[] ranks, double[] out) {
        int[] sorted = ranks.clone();
        java.util.Arrays.sort(sorted);
        selectRange(a, 0, n - 1, sorted, 0, sorted.length - 1);
        for (int i = 0; i < ranks.length; i++) {
            out[i] = a[ranks[i] - 1];
        }
    }

    /** Places the elements of ranks[rLo..rHi] (ascending, 1-based) at their sorted positions within a[lo..hi]. */
    private static void selectRange(double[] a, int lo, int hi, int[] ranks, int rLo, int rHi) {
        while (rLo <= rHi && lo < hi) {
            if (hi - lo < INSERTION) {
                insertionSort(a, lo, hi);
                return;
            }
            int mid = (rLo + rHi) >>> 1;
            int target = ranks[mid] - 1;
            int left = lo;
            int right = hi;
            while (right > left) {
                if (right - left < INSERTION) {
                    insertionSort(a, left, right);
                    break;
                }
                int[] bounds = partition(a, left, right);
                if (target < bounds[0]) {
                    right = bounds[0] - 1;
                } else if (target > bounds[1]) {
                    left = bounds[1] + 1;
                } else {
                    break; // target inside the block equal to the pivot
                }
            }
            // a[target] is in place; everything left of it is <=, right of it >=
            selectRange(a, lo, target - 1, ranks, rLo, lowerRanks(ranks, rLo, mid - 1, target));
            lo = target + 1;
            rLo = firstAbove(ranks, mid + 1, rHi, target);
        }
    }

    private static int lowerRanks(int[] ranks, int rLo, int rHi, int target) {
        int i = rHi;
        while (i >= rLo && ranks[i] - 1 >= target) {
            i--;
        }
        return i;
    }

    private static int firstAbove(int[] ranks, int rLo, int rHi, int target) {
        int i = rLo;
        while (i <= rHi && ranks[i] - 1 <= target) {
            i++;
        }
        return i;
    }

    /**
     * Three-way partition of a[lo..hi] around a median-of-three pivot; returns the first and last
     * index of the block equal to the pivot.
     */
    private static int[] partition(double[] a, int lo, int hi) {
        int m = (lo + hi) >>> 1;
        double x = a[lo];
        double y = a[m];
        double z = a[hi];
        double pivot = x < y ? (y < z ? y : Math.max(x, z)) : (x < z ? x : Math.max(y, z));
        int lt = lo;
        int gt = hi;
        int i = lo;
        while (i <= gt) {
            double v = a[i];
            if (v < pivot) {
                a[i++] = a[lt];
                a[lt++] = v;
            } else if (v > pivot) {
                a[i] = a[gt];
                a[gt--] = v;
            } else {
                i++;
            }
        }
        return new int[] {lt, gt};
    }

    private static void insertionSort(double[] a, int lo, int hi) {
        for (int i = lo + 1; i <= hi; i++) {
            double v = a[i];
            int j = i - 1;
            while (j >= lo && a[j] > v) {
                a[j + 1] = a[j];
                j--;
            }
            a[j + 1] = v;
        }
    }
}
