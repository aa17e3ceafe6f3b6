package nl.ruimtevraag.uncertainty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.ruimtevraag.model.Origin;
import nl.ruimtevraag.model.Param;
import org.junit.jupiter.api.Test;

class SamplerTest {
    private static final Origin O = Origin.BUILT_IN;

    @Test
    void drawsStayInsideTheirDistributionsAndDependOnlyOnSeedDrawAndPath() {
        Sampler s = new Sampler(42);
        List<Param> params = List.of(new Param.Triangular(1, 2, 4, O), new Param.Pert(0, 0.3, 1, O),
                new Param.Uniform(-1, 1, O), new Param.Normal(0.5, 0.4, 0, 1, O));
        for (Param p : params) {
            UncertainParameter u = new UncertainParameter("x", p);
            double sum = 0;
            for (int i = 0; i < 2000; i++) {
                double v = s.value(u, i);
                // the normal's low/high are its P10/P90; its support is its truncation bounds
                double lo = p instanceof Param.Normal n ? n.lower() : p.low();
                double hi = p instanceof Param.Normal n ? n.upper() : p.high();
                assertTrue(v >= lo && v <= hi, p + " drew " + v);
                assertEquals(v, new Sampler(42).value(u, i), 0.0, "pure function of seed, draw and path");
                sum += v;
            }
            assertTrue(Math.abs(sum / 2000 - p.central()) < 0.25 * (p.high() - p.low()) + 0.1, p.toString());
        }
        UncertainParameter a = new UncertainParameter("a", params.get(0));
        UncertainParameter b = new UncertainParameter("b", params.get(0));
        assertNotEquals(s.value(a, 3), s.value(b, 3), "paths are separate streams");
        assertNotEquals(s.value(a, 3), new Sampler(43).value(a, 3), "seeds are separate streams");
    }

    @Test
    void uniformsAreInTheOpenUnitIntervalAndRoughlyUniform() {
        Sampler s = new Sampler(1);
        long key = Sampler.key("economy.growth[0]");
        int[] bins = new int[10];
        for (int i = 0; i < 100_000; i++) {
            double u = s.uniform(key, i);
            assertTrue(u > 0 && u < 1);
            bins[(int) (u * 10)]++;
        }
        for (int b : bins) {
            assertTrue(Math.abs(b - 10_000) < 500, "bin count " + b); // 5 standard deviations
        }
    }

    @Test
    void zeroWidthGivesTheCentralValueExactly() {
        assertEquals(0.1, Sampler.quantile(new Param.Triangular(0.1, 0.1, 0.1, O)).applyAsDouble(0.3), 0.0);
        assertEquals(0.7, Sampler.quantile(new Param.Uniform(0.7, 0.7, O)).applyAsDouble(0.9), 0.0);
        assertEquals(2.5, Sampler.quantile(new Param.Normal(2.5, 0, 0, 5, O)).applyAsDouble(0.01), 0.0);
        assertEquals(3, Sampler.quantile(Param.of(3)).applyAsDouble(0.5), 0.0);
    }
}
