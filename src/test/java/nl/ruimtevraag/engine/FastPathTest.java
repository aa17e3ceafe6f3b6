package nl.ruimtevraag.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import nl.ruimtevraag.model.DemandMethod;
import nl.ruimtevraag.model.GrowthRule;
import nl.ruimtevraag.model.Origin;
import nl.ruimtevraag.model.Param;
import nl.ruimtevraag.model.Period;
import nl.ruimtevraag.model.RegionalData;
import nl.ruimtevraag.model.Scenario;
import nl.ruimtevraag.model.SupplyAddition;
import nl.ruimtevraag.model.SupplyKind;
import nl.ruimtevraag.model.TransformationEvent;
import nl.ruimtevraag.model.Werkmilieu;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Monte Carlo fast path ({@link Projector#projectPeriodEnds}) against the full projection on
 * seeded random cases: every method, water on or off, scenario supply additions, periods with gaps
 * and ending before the horizon. The fast path sums a period's flows before the linear formulas, the
 * full one after, so they agree up to rounding: 1e-9 relative (plus 1e-9 ha absolute). Also a scratch
 * reused draw after draw against fresh resolves, with some sections fixed at plan time and others not.
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
        spread(c, rnd);
        Scenario s = c.scenario.build();
        RegionalData data = c.data.build();

        ProjectionInput in = InputResolver.resolve(s, data, ParamSource.central());
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

        // one scratch resolving draw after draw: each input equals a fresh resolve of the same values
        InputPlan plan = InputResolver.plan(s, data);
        double[] central = plan.values(ParamSource.central());
        double[] other = central.clone();
        for (int i = 0; i < other.length; i++) {
            if (plan.params().get(i).uncertain()) {
                other[i] = other[i] * 1.5 + 0.01;
            }
        }
        InputPlan.Scratch scratch = plan.scratch();
        Projector.Workspace ws = new Projector.Workspace();
        for (double[] values : List.of(other, central, other, central)) {
            PeriodEndResult reused = new PeriodEndResult(s.horizon(), plan.regions());
            Projector.projectPeriodEnds(scratch.resolve(values), reused, ws);
            PeriodEndResult fresh = Projector.projectPeriodEnds(plan.resolve(values.clone()));
            for (int p = 0; p < fresh.periods(); p++) {
                for (int r = 0; r < fresh.regions(); r++) {
                    for (int w = 0; w < Werkmilieu.COUNT; w++) {
                        assertEquals(fresh.vraag(r, w, p), reused.vraag(r, w, p), "reused scratch vraag");
                        assertEquals(fresh.aanbod(r, w, p), reused.aanbod(r, w, p), "reused scratch aanbod");
                    }
                }
            }
        }
    }

    /** Some of the case's parameters as distributions, so their sections are resolved per draw. */
    private static void spread(RandomCase c, SplittableRandom rnd) {
        if (rnd.nextBoolean()) {
            c.scenario.growth.replaceAll(g -> new GrowthRule(g.region(), g.sector(), g.fromYear(), g.toYear(),
                    spread(g.rate()), g.origin()));
        }
        if (rnd.nextBoolean()) {
            c.scenario.events.replaceAll(e -> new TransformationEvent(e.region(), e.werkmilieu(), spread(e.hectares()),
                    e.fromYear(), e.toYear(), e.compensation(), e.profile(), e.origin()));
        }
        if (rnd.nextBoolean()) {
            c.scenario.supply.replaceAll(a -> new SupplyAddition(a.region(), a.werkmilieu(), a.kind(),
                    spread(a.hectares()), a.availableYear(), a.replace(), a.origin()));
        }
        if (rnd.nextBoolean()) {
            c.scenario.intensification.replaceAll((code, p) -> spread(p));
        }
        if (rnd.nextBoolean()) {
            c.scenario.verkleinenFactor = spread(c.scenario.verkleinenFactor);
        }
        if (rnd.nextBoolean()) {
            c.scenario.zachtRealisation = spread(c.scenario.zachtRealisation);
        }
        if (rnd.nextBoolean()) {
            c.scenario.stikstofProbability = spread(c.scenario.stikstofProbability);
            c.scenario.waterProbability = spread(c.scenario.waterProbability);
        }
        if (rnd.nextBoolean()) {
            c.scenario.reserve = spread(c.scenario.reserve);
        }
        if (rnd.nextBoolean()) {
            c.scenario.ceShare = spread(c.scenario.ceShare);
        }
        if (rnd.nextBoolean()) {
            // an uncertain CE intensity: κ normalised on every resolve (certain κ is normalised once, when planned)
            c.scenario.intensity.put(c.codes.get(0), spread(Param.of(1)));
        }
    }

    private static Param spread(Param p) {
        double a = p.central() * 0.8;
        double b = p.central() * 1.2;
        return new Param.Uniform(Math.min(a, b), Math.max(a, b) + 0.01, Origin.BUILT_IN);
    }

    private static void assertClose(double expected, double actual, String what) {
        assertEquals(expected, actual, REL * Math.abs(expected) + 1e-9, what);
    }
}
