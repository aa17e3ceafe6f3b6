package nl.ruimtevraag.uncertainty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link Reduction.Tally} finds the smallest and largest by comparison, not by
 * {@code Math.min}/{@code Math.max}. This checks the claim in its javadoc: on arrays with NaN, both
 * infinities and zeros of both signs, its bounds agree with Math.min/Math.max wherever those are
 * usable, and the selection of percentiles from its bounds returns the same values as from theirs.
 */
class TallyTest {
    private static final double[] SPECIAL = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 0.0,
            -0.0, Double.MIN_VALUE, -Double.MAX_VALUE};

    @Test
    void boundsAndSelectionAgreeWithMathMinMax() {
        SplittableRandom rnd = new SplittableRandom(17);
        int nanCases = 0;
        int bothInfinities = 0;
        int zeroOnly = 0;
        for (int trial = 0; trial < 2000; trial++) {
            double[] a = randomArray(rnd, trial);
            int n = a.length;
            Reduction.Tally t = Reduction.Tally.of(a, n);
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            double sum = 0;
            for (double v : a) {
                min = Math.min(min, v);
                max = Math.max(max, v);
                sum += v;
            }
            String where = "trial " + trial + " n " + n;
            assertEquals(Double.doubleToLongBits(sum), Double.doubleToLongBits(t.sum), where + " sum");
            if (Double.isNaN(sum)) {
                // a NaN among the draws, or both infinities: the tally's bounds are NaN
                assertTrue(Double.isNaN(t.min) && Double.isNaN(t.max), where + " NaN bounds");
                nanCases += Double.isNaN(min) ? 1 : 0;
                bothInfinities += !Double.isNaN(min) && contains(a, Double.POSITIVE_INFINITY)
                        && contains(a, Double.NEGATIVE_INFINITY) ? 1 : 0;
            } else {
                // equal as numbers; a zero's sign may differ
                assertTrue(t.min == min && t.max == max, where + " bounds " + t.min + ".." + t.max
                        + " against " + min + ".." + max);
                zeroOnly += min == 0 && max == 0 ? 1 : 0;
            }
            int[] ranks = {OrderStatistics.rank(10, n), OrderStatistics.rank(50, n), OrderStatistics.rank(90, n), 1, n};
            double[] fromTally = new double[ranks.length];
            double[] fromMath = new double[ranks.length];
            OrderStatistics.select(a.clone(), n, t.min, t.max, ranks, fromTally, new OrderStatistics.Workspace());
            OrderStatistics.select(a.clone(), n, min, max, ranks, fromMath, new OrderStatistics.Workspace());
            for (int i = 0; i < ranks.length; i++) {
                double x = fromTally[i];
                double y = fromMath[i];
                assertTrue(Double.compare(x, y) == 0 || x == 0 && y == 0,
                        where + " rank " + ranks[i] + ": " + x + " against " + y);
            }
            if (!Double.isNaN(sum)) {
                double[] sorted = a.clone();
                Arrays.sort(sorted);
                for (int i = 0; i < ranks.length; i++) {
                    assertTrue(sorted[ranks[i] - 1] == fromTally[i], where + " rank " + ranks[i] + " against sorting");
                }
            }
        }
        // the generator reached every kind of case
        assertTrue(nanCases > 50 && bothInfinities > 50 && zeroOnly > 50,
                nanCases + " NaN, " + bothInfinities + " both infinities, " + zeroOnly + " zeros only");
    }

    @Test
    void aZeroRunOfValuesTalliesEmpty() {
        Reduction.Tally t = Reduction.Tally.of(new double[] {3, 4}, 0);
        assertEquals(0.0, t.sum);
        assertEquals(Double.POSITIVE_INFINITY, t.min);
        assertEquals(Double.NEGATIVE_INFINITY, t.max);
    }

    private static boolean contains(double[] a, double x) {
        for (double v : a) {
            if (v == x) {
                return true;
            }
        }
        return false;
    }

    /** Small and large arrays (both selection paths), some of zeros only, with special values mixed in. */
    private static double[] randomArray(SplittableRandom rnd, int trial) {
        int n = rnd.nextBoolean() ? 1 + rnd.nextInt(40) : 512 + rnd.nextInt(1500);
        double[] a = new double[n];
        boolean zerosOnly = trial % 10 == 0;
        for (int i = 0; i < n; i++) {
            a[i] = zerosOnly ? (rnd.nextBoolean() ? 0.0 : -0.0) : rnd.nextGaussian() * 100;
        }
        if (!zerosOnly) {
            for (int k = rnd.nextInt(4); k > 0; k--) {
                a[rnd.nextInt(n)] = SPECIAL[rnd.nextInt(SPECIAL.length)];
            }
        }
        return a;
    }
}
