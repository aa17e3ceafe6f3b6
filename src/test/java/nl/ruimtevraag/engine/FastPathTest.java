package nl.ruimtevraag.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import nl.ruimtevraag.model.DemandMethod;
import nl.ruimtevraag.model.Origin;
import nl.ruimtevraag.model.Param;
import nl.ruimtevraag.model.Period;
import nl.ruimtevraag.model.RegionalData;
import nl.ruimtevraag.model.Scenario;
import nl.ruimtevraag.model.SupplyAddition;
import nl.ruimtevraag.model.SupplyKind;
import nl.ruimtevraag.model.Werkmilieu;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Monte Carlo fast path ({@link Projector#projectPeriodEnds}) against the full projection on
 * seeded random cases: every method, water on or off, scenario supply additions, periods with gaps
 * and ending before the horizon. The fast path sums a period's flows before the linear formulas, the
 * full one after, so they agree up to rounding: 1e-9 relative (plus 1e-9 ha absolute).
 */
class FastPathTest {
    private static final double REL = 1e-9;

    static List<Long> seeds() {
        List<Long> seeds = new ArrayList<>();
        for (long s = 1; s <= 200; s++) {
            seeds.add(s);
        }
        return seeds;
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void periodEndsEqualTheFullProjection(long seed) {
        RandomCase c = new RandomCase(seed);
        SplittableRandom rnd = new SplittableRandom(seed * 31 + 7);
        c.scenario.method = DemandMethod.values()[rnd.nextInt(DemandMethod.values().length)];
        c.scenario.waterEnabled = rnd.nextBoolean();
        c.scenario.waterShare.put(c.codes.get(0), Param.of(c.u(0, 0.5)));
        c.scenario.waterProbability = Param.of(c.u(0.2, 1));
        c.scenario.waterDelay = Param.of(rnd.nextInt(5));
        c.scenario.trendMultiplier.put(2040, Param.of(c.u(0.5, 1.5)));
        if (rnd.nextBoolean()) {
            c.scenario.periods = new ArrayList<>(List.of(new Period(2025, 2027), new Period(2030, 2041)));
        }
        for (int i = rnd.nextInt(3); i > 0; i--) {
            c.scenario.supply.add(new SupplyAddition(c.codes.get(rnd.nextInt(c.codes.size())),
                    Werkmilieu.values()[rnd.nextInt(Werkmilieu.COUNT)], SupplyKind.values()[rnd.nextInt(3)],
                    Param.of(c.u(0, 80)), 2024 + rnd.nextInt(30), rnd.nextBoolean(), Origin.BUILT_IN));
        }
        Scenario s = c.scenario.build();
        RegionalData data = c.data.build();

        ProjectionInput in = InputResolver.resolve(s, data, ParamSource.central());
        assertEquals(0, in.resolvedFrom());
        assertEquals(in.regions(), in.resolvedTo());
        Projection full = Projector.project(in);
        PeriodEndResult fast = Projector.projectPeriodEnds(in);
        List<Period> periods = s.horizon().periods();
        for (int p = 0; p < periods.size(); p++) {
            for (int r = 0; r < full.regionCount(); r++) {
                for (int w = 0; w < Werkmilieu.COUNT; w++) {
                    Confrontation expected = full.confrontation(r, w, periods.get(p));
                    String where = "seed " + seed + " r " + r + " w " + w + " p " + p;
                    assertClose(expected.vraag(), fast.vraag(r, w, p), where + " vraag");
                    assertEquals(expected.aanbod(), fast.aanbod(r, w, p), where + " aanbod");
                    assertClose(expected.extraHa(), fast.extraHa(r, w, p), where + " extra");
                }
                assertClose(full.regionTotal(r, periods.get(p)).extraHaStrict(), fast.regionTotal(r, p).extraHaStrict(),
                        "strict");
            }
            assertClose(full.nationalTotal(periods.get(p)).extraHaNetted(), fast.nationalTotal(p).extraHaNetted(),
                    "national netted");
        }

        // a reused buffer, refilled with other values and then the central ones again, gives the same input
        InputPlan plan = InputResolver.plan(s, data);
        InputPlan.Buffer buffer = new InputPlan.Buffer();
        double[] central = plan.values(ParamSource.central());
        double[] other = central.clone();
        for (int i = 0; i < other.length; i++) {
            other[i] *= 1.5;
        }
        plan.resolve(other, buffer);
        PeriodEndResult again = new PeriodEndResult(s.horizon(), plan.regions());
        Projector.projectPeriodEnds(plan.resolve(central, buffer), again, new Projector.Workspace());
        for (int p = 0; p < fast.periods(); p++) {
            for (int r = 0; r < fast.regions(); r++) {
                for (int w = 0; w < Werkmilieu.COUNT; w++) {
                    assertEquals(fast.vraag(r, w, p), again.vraag(r, w, p), "reused buffer vraag");
                    assertEquals(fast.aanbod(r, w, p), again.aanbod(r, w, p), "reused buffer aanbod");
                }
            }
        }

        // blocks of regions, as a Monte Carlo run in blocks resolves them: the buffer last held other
        // values for every region, then the same values for another block; each block still gets the
        // numbers of the whole resolve
        plan.resolve(other, buffer);
        int half = plan.regions() / 2;
        int[][] blocks = {{0, half}, {half, plan.regions()}};
        PeriodEndResult blocked = new PeriodEndResult(s.horizon(), plan.regions());
        Projector.Workspace ws = new Projector.Workspace();
        for (int[] b : blocks) {
            ProjectionInput block = plan.resolve(central, buffer, b[0], b[1]);
            assertEquals(b[0], block.resolvedFrom(), "resolved from");
            assertEquals(b[1], block.resolvedTo(), "resolved to");
            Projector.projectPeriodEnds(block, blocked, ws, b[0], b[1]);
            // the other block's transformation rows are stale: the projector refuses them
            if (b[1] - b[0] < plan.regions()) {
                assertRefused(() -> Projector.project(block));
                assertRefused(() -> Projector.projectPeriodEnds(block, new PeriodEndResult(s.horizon(), plan.regions()), ws));
            }
        }
        // then a whole resolve into the same buffer: every region refilled, not only the last block's
        plan.resolve(other, buffer, 0, half);
        Projector.projectPeriodEnds(plan.resolve(central, buffer), blocked, ws);
        for (int p = 0; p < fast.periods(); p++) {
            for (int r = 0; r < fast.regions(); r++) {
                for (int w = 0; w < Werkmilieu.COUNT; w++) {
                    assertEquals(fast.vraag(r, w, p), blocked.vraag(r, w, p), "block vraag r " + r);
                    assertEquals(fast.aanbod(r, w, p), blocked.aanbod(r, w, p), "block aanbod r " + r);
                }
            }
        }
    }

    private static void assertRefused(org.junit.jupiter.api.function.Executable projection) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, projection);
        assertTrue(e.getMessage().contains("resolved for regions"), e.getMessage());
    }

    private static void assertClose(double expected, double actual, String what) {
        assertEquals(expected, actual, REL * Math.abs(expected) + 1e-9, what);
    }
}
