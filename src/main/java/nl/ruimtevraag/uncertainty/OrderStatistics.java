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
     * Puts the values of the given 1-based ranks into {@code out} (same order as {@code ranks}).
     * Expected time linear in n for a fixed number of ranks.
     */
    public static void select(double[] a, int n, int[] ranks, double[] out) {
        select(a, n, ranks, out, new Workspace());
    }

    /** Reusable scratch of {@link #select(double[], int, int[], double[], Workspace)}; one per thread. */
    public static final class Workspace {
        private final int[] counts = new int[BUCKETS + 1];
        private final int[] target = new int[BUCKETS + 1];
        private double[] gathered = new double[0];
    }

    private static final int BUCKETS = 2048;
    private static final int SMALL = 512;

    /**
     * As {@link #select(double[], int, int[], double[])}, with scratch. Large inputs go through a
     * histogram: the bucket of v is (int) ((v - min) * scale), which never decreases as v grows (IEEE
     * subtraction and multiplication by a positive number are monotone), so bucket order is value
     * order; only the buckets holding a wanted rank are gathered and searched. Exact, no sorting of
     * the whole array, and {@code a} is left as it was. Values with a NaN, or infinities among
     * other values, are sorted instead (no finite bucket scale).
     */
    public static void select(double[] a, int n, int[] ranks, double[] out, Workspace ws) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            min = Math.min(min, a[i]);
            max = Math.max(max, a[i]);
        }
        if (min == max) {
            java.util.Arrays.fill(out, 0, ranks.length, min);
            return;
        }
        double scale = BUCKETS / (max - min);
        if (n < SMALL || !Double.isFinite(scale) || !(scale > 0)) {
            int[] sorted = ranks.clone();
            java.util.Arrays.sort(sorted);
            double[] copy = gather(ws, n);
            System.arraycopy(a, 0, copy, 0, n);
            selectRange(copy, 0, n - 1, sorted, 0, sorted.length - 1);
            for (int i = 0; i < ranks.length; i++) {
                out[i] = copy[ranks[i] - 1];
            }
            return;
        }
        int[] counts = ws.counts;
        count(a, n, min, scale, counts);
        // the bucket of each rank and the rank within it
        int[] bucketOf = new int[ranks.length];
        int[] rankIn = new int[ranks.length];
        int[] target = ws.target;
        java.util.Arrays.fill(target, -1);
        int[] start = new int[ranks.length];
        int[] size = new int[ranks.length];
        int buckets = 0;
        for (int i = 0; i < ranks.length; i++) {
            int k = ranks[i];
            int below = 0;
            int b = 0;
            while (below + counts[b] < k) {
                below += counts[b++];
            }
            bucketOf[i] = b;
            rankIn[i] = k - below;
            if (target[b] < 0) {
                target[b] = buckets;
                size[buckets++] = counts[b];
            }
        }
        int total = 0;
        for (int t = 0; t < buckets; t++) {
            start[t] = total;
            total += size[t];
        }
        double[] g = gather(ws, total);
        gatherTargets(a, n, min, scale, target, g, start.clone());
        for (int i = 0; i < ranks.length; i++) {
            int t = target[bucketOf[i]];
            int lo = start[t];
            int pos = lo + rankIn[i] - 1;
            selectRange(g, lo, lo + size[t] - 1, new int[] {pos + 1}, 0, 0);
            out[i] = g[pos];
        }
    }

    /** The histogram: how many values fall in each bucket. */
    private static void count(double[] a, int n, double min, double scale, int[] counts) {
        java.util.Arrays.fill(counts, 0);
        for (int i = 0; i < n; i++) {
            counts[Math.min(BUCKETS - 1, (int) ((a[i] - min) * scale))]++;
        }
    }

    /** The values of the target buckets (target[bucket] >= 0) into g, each target's from fill[target] on. */
    private static void gatherTargets(double[] a, int n, double min, double scale, int[] target, double[] g,
                                      int[] fill) {
        for (int i = 0; i < n; i++) {
            double v = a[i];
            int t = target[Math.min(BUCKETS - 1, (int) ((v - min) * scale))];
            if (t >= 0) {
                g[fill[t]++] = v;
            }
        }
    }

    private static double[] gather(Workspace ws, int n) {
        if (ws.gathered.length < n) {
            ws.gathered = new double[Math.max(n, 2 * ws.gathered.length)];
        }
        return ws.gathered;
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
