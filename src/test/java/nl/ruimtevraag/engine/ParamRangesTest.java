package nl.ruimtevraag.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The buffer's change check over runs of parameter indices against a check index by index. */
class ParamRangesTest {
    @Test
    void runsOfUnsortedIndicesWithRepeats() {
        // 3-5, 7-9, 12
        assertArrayEquals(new int[] {3, 6, 7, 10, 12, 13}, ParamRanges.of(new int[] {7, 3, 4, 5, 3, 9, 8, 12}).bounds());
        assertArrayEquals(new int[0], ParamRanges.of(new int[0]).bounds());
        assertArrayEquals(new int[] {2, 3}, ParamRanges.of(new int[] {2, 2, 2}).bounds());
        assertArrayEquals(new int[] {0, 1, 2, 3}, ParamRanges.of(new int[] {2, 0}).bounds());
    }

    @Test
    void differsExactlyWhenAValueOfTheSetDiffers() {
        SplittableRandom rnd = new SplittableRandom(3);
        double[] specials = {0.0, -0.0, Double.NaN, Double.POSITIVE_INFINITY, 1e-300};
        for (int trial = 0; trial < 3000; trial++) {
            int n = 1 + rnd.nextInt(200);
            int[] indices = new int[rnd.nextInt(60)];
            for (int i = 0; i < indices.length; i++) {
                indices[i] = rnd.nextInt(n);
            }
            double[] a = new double[n];
            for (int i = 0; i < n; i++) {
                a[i] = rnd.nextInt(5) == 0 ? specials[rnd.nextInt(specials.length)] : rnd.nextGaussian();
            }
            double[] b = a.clone();
            for (int k = rnd.nextInt(3); k > 0; k--) {
                int i = rnd.nextInt(n);
                b[i] = rnd.nextBoolean() ? specials[rnd.nextInt(specials.length)] : b[i] + 1;
            }
            // a NaN with other bits: the same to the check (parameters are finite; NaN in, NaN out)
            if (rnd.nextInt(10) == 0) {
                int i = rnd.nextInt(n);
                a[i] = Double.NaN;
                b[i] = Double.longBitsToDouble(0x7ff8_0000_0000_0001L);
            }
            boolean expected = false;
            for (int i : indices) {
                expected |= !Double.valueOf(a[i]).equals(b[i]); // 0.0 and -0.0 differ, any NaN equals NaN
            }
            assertEquals(expected, ParamRanges.of(indices).differ(a, b), "trial " + trial);
        }
        assertTrue(ParamRanges.of(new int[] {0}).differ(new double[] {0.0}, new double[] {-0.0}));
        assertFalse(ParamRanges.of(new int[] {0}).differ(new double[] {Double.NaN}, new double[] {Double.NaN}));
    }
}
