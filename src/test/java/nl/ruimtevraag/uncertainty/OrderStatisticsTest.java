package nl.ruimtevraag.uncertainty;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class OrderStatisticsTest {
    @Test
    void selectionEqualsSortingIncludingTies() {
        SplittableRandom rnd = new SplittableRandom(5);
        for (int trial = 0; trial < 300; trial++) { // small n: quickselect; n >= 512: histogram
            int n = 1 + rnd.nextInt(3000);
            double[] a = new double[n];
            for (int i = 0; i < n; i++) {
                a[i] = rnd.nextInt(4) == 0 ? Math.floor(rnd.nextDouble() * 5) : rnd.nextGaussian();
            }
            double[] sorted = a.clone();
            Arrays.sort(sorted);
            int[] ranks = {OrderStatistics.rank(90, n), OrderStatistics.rank(10, n), OrderStatistics.rank(50, n),
                    n + 1 - OrderStatistics.rank(10, n), 1, n};
            double[] out = new double[ranks.length];
            OrderStatistics.select(a, n, ranks, out);
            for (int i = 0; i < ranks.length; i++) {
                assertEquals(sorted[ranks[i] - 1], out[i], 0.0, "n " + n + " rank " + ranks[i]);
            }
        }
    }

    @Test
    void rankIsTheInverseEmpiricalCdf() {
        assertEquals(1000, OrderStatistics.rank(10, 10_000));
        assertEquals(5000, OrderStatistics.rank(50, 10_000));
        assertEquals(1, OrderStatistics.rank(10, 5));
        assertEquals(3, OrderStatistics.rank(50, 5));
        assertEquals(5, OrderStatistics.rank(90, 5));
    }

    @Test
    void extraHectaresFromTheMirroredSaldoRank() {
        SplittableRandom rnd = new SplittableRandom(9);
        int n = 1001;
        double[] saldo = new double[n];
        double[] extra = new double[n];
        for (int i = 0; i < n; i++) {
            saldo[i] = rnd.nextGaussian() * 10 - 3;
            extra[i] = Math.max(0, -saldo[i]);
        }
        Arrays.sort(saldo);
        Arrays.sort(extra);
        for (double q : new double[] {10, 50, 90, 97.5}) {
            int k = OrderStatistics.rank(q, n);
            assertEquals(extra[k - 1], Math.max(0, -saldo[n - k]), 0.0);
        }
    }
}
