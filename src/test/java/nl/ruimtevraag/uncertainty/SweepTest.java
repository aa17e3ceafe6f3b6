package nl.ruimtevraag.uncertainty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicIntegerArray;
import nl.ruimtevraag.data.DataSetLoader;
import nl.ruimtevraag.model.RegionalData;
import nl.ruimtevraag.model.Scenario;
import nl.ruimtevraag.scenario.LoadResult;
import nl.ruimtevraag.scenario.ScenarioLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The computation behind {@code sweep}: variants of the built-in basis projected at central values. */
class SweepTest {
    private static RegionalData data;
    private static ScenarioLoader loader;

    @BeforeAll
    static void loadData() throws Exception {
        data = DataSetLoader.loadEmbedded();
        loader = new ScenarioLoader(data.codes());
    }

    /** basis with the keys of {@code yaml} changed, as a sweep variant. */
    private static Scenario variant(String yaml) {
        LoadResult r = loader.loadString("extends: basis\n" + yaml, "variant.yaml");
        assertTrue(r.ok(), () -> yaml + "\n" + r.report());
        return r.scenario();
    }

    private static SweepResult project(List<Scenario> variants, int threads) {
        return Sweep.project(variants.size(), i -> Optional.ofNullable(variants.get(i)), data, threads);
    }

    /**
     * The planning reserve multiplies demand and nothing else: two variants that differ only in it
     * have national demands in the ratio (1 + r2) / (1 + r1) at every period end, and the same supply.
     */
    @Test
    void demandScalesByTheRatioOfOnePlusTheReserves() {
        SweepResult s = project(List.of(variant("planning_reserve: 5%\n"), variant("planning_reserve: 12%\n")), 2);
        assertEquals(2, s.variants());
        assertEquals(List.of(2030, 2040, 2050), s.periodEnds());
        for (int p = 0; p < 3; p++) {
            double vraag = s.value(0, p, TotalOutput.VRAAG);
            assertTrue(vraag > 1000, "national demand " + vraag);
            assertEquals(1.12 / 1.05, s.value(1, p, TotalOutput.VRAAG) / vraag, 1e-12, "period " + p);
            assertEquals(s.value(0, p, TotalOutput.AANBOD), s.value(1, p, TotalOutput.AANBOD), 0.0, "supply");
            for (int v = 0; v < 2; v++) {
                double saldo = s.value(v, p, TotalOutput.AANBOD) - s.value(v, p, TotalOutput.VRAAG);
                assertEquals(saldo, s.value(v, p, TotalOutput.SALDO_NETTED), 1e-9 * Math.abs(saldo), "saldo = supply - demand");
                assertTrue(s.value(v, p, TotalOutput.EXTRA_HA_STRICT) >= s.value(v, p, TotalOutput.EXTRA_HA_NETTED),
                        "strict shortfalls per werkmilieu are not netted within a region");
                assertTrue(s.value(v, p, TotalOutput.EXTRA_HA_NETTED) >= -s.value(v, p, TotalOutput.SALDO_NETTED) - 1e-9,
                        "netted per region is at least the national shortfall");
            }
        }
        assertTrue(s.projected(0) && s.projected(1));
    }

    /**
     * Variants are stored by index: 70 variants are 5 chunks of 16, more than the 3 threads, so a thread
     * takes a second chunk; one thread or three give the same numbers.
     */
    @Test
    void theResultDoesNotDependOnTheThreadCount() {
        List<Scenario> variants = new ArrayList<>();
        for (int i = 0; i < 70; i++) {
            variants.add(variant("planning_reserve: " + i + "%\n"));
        }
        AtomicIntegerArray calls = new AtomicIntegerArray(variants.size());
        SweepResult three = Sweep.project(variants.size(), i -> {
            calls.incrementAndGet(i);
            return Optional.of(variants.get(i));
        }, data, 3);
        SweepResult one = project(variants, 1);
        assertEquals(one.periodEnds(), three.periodEnds());
        for (int i = 0; i < variants.size(); i++) {
            assertEquals(1, calls.get(i), "variant " + i + " is loaded once");
            for (int p = 0; p < one.periodEnds().size(); p++) {
                for (TotalOutput m : TotalOutput.values()) {
                    assertEquals(one.value(i, p, m), three.value(i, p, m), 0.0, "variant " + i + " period " + p + " measure " + m);
                }
                assertEquals(1 + i / 100.0, three.value(i, p, TotalOutput.VRAAG) / three.value(0, p, TotalOutput.VRAAG), 1e-12,
                        "row " + i + " holds the variant with reserve " + i + "%");
            }
        }
    }

    /**
     * The columns are every variant's period ends together; a variant without a period at an end is
     * NaN there, and a variant that was not loaded is not projected and adds no period ends.
     */
    @Test
    void periodEndsAreTheUnionAndMissingValuesAreNaN() {
        List<Scenario> variants = new ArrayList<>();
        variants.add(variant("planning_reserve: 0%\n"));
        variants.add(variant("horizon:\n  periods: [2025-2035, 2035-2050]\n"));
        variants.add(null);
        SweepResult s = project(variants, 2);
        assertEquals(3, s.variants());
        assertEquals(List.of(2030, 2035, 2040, 2050), s.periodEnds());
        for (TotalOutput m : TotalOutput.values()) {
            assertTrue(Double.isNaN(s.value(0, 1, m)), "basis has no period ending 2035");
            assertTrue(Double.isNaN(s.value(1, 0, m)) && Double.isNaN(s.value(1, 2, m)), "the variant has none ending 2030, 2040");
            assertFalse(Double.isNaN(s.value(0, 0, m)) || Double.isNaN(s.value(1, 1, m)));
            // results are cumulative from the base year, so the same end gives the same value whatever the periods
            assertEquals(s.value(0, 3, m), s.value(1, 3, m), 1e-9 * Math.max(1, Math.abs(s.value(0, 3, m))), "2050, measure " + m);
            for (int p = 0; p < 4; p++) {
                assertTrue(Double.isNaN(s.value(2, p, m)), "not loaded, not projected");
            }
        }
        assertTrue(s.projected(0) && s.projected(1));
        assertFalse(s.projected(2));
        assertEquals(List.of(2030, 2040, 2050), project(List.of(variants.get(0)), 1).periodEnds(), "basis alone");
    }
}
