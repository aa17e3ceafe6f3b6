package nl.ruimtevraag.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.Map;
import nl.ruimtevraag.DataBuilder;
import nl.ruimtevraag.ScenarioBuilder;
import nl.ruimtevraag.model.Origin;
import nl.ruimtevraag.model.Param;
import nl.ruimtevraag.model.RegionalData;
import nl.ruimtevraag.model.Scenario;
import nl.ruimtevraag.model.RStrategy;
import nl.ruimtevraag.model.Werkmilieu;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The CE demand split over R-strategy groups that each reach several werkmilieus, with a negative
 * verkleinen factor: the werkmilieu's total is the build-up times the summed weights g(j,w) =
 * a_j n(j,w) f_j, each group's figure the build-up times its own weight, in the per-year projection
 * and in the Monte Carlo's period-end path alike.
 *
 * <pre>
 * One region, stock zwaar 400 + gemengd 600 = 1000 ha, CE share 10%, linear ramp over 2026-2028,
 * intensity 1 (the only region: normalised to 1). Build-up X(2028) = 1000 * 0.1 = 100 ha, 100/3 a year.
 * Groups: sluiten a 0.5, n zwaar 0.8 gemengd 0.2; vertragen a 0.3, n zwaar 0.1 gemengd 0.9;
 *         verkleinen a 0.2, n gemengd 1, f -0.5.
 * Weights: zwaar 0.4 + 0.03 + 0 = 0.43; gemengd 0.1 + 0.27 - 0.1 = 0.27.
 * A year: zwaar 100/3 * 0.43 = 14.333..., of which sluiten 13.333..., vertragen 1;
 *         gemengd 100/3 * 0.27 = 9, of which sluiten 3.333..., vertragen 9, verkleinen -3.333....
 * No jobs, no uitgifte, no reserve: the demand is the CE demand, to 2028 zwaar 43, gemengd 27.
 * </pre>
 */
class CircularSplitTest {
    private static final double EPS = 1e-9;
    private static final int ZW = Werkmilieu.ZWAAR.ordinal();
    private static final int GM = Werkmilieu.GEMENGD.ordinal();
    private static ProjectionInput in;
    private static Projection p;

    @BeforeAll
    static void project() {
        in = resolve(-0.5);
        p = Projector.project(in);
    }

    private static ProjectionInput resolve(double verkleinenFactor) {
        return InputResolver.resolve(scenario(verkleinenFactor), data(), ParamSource.central());
    }

    private static RegionalData data() {
        DataBuilder data = new DataBuilder();
        data.region("A").stock(Werkmilieu.ZWAAR, 400).stock(Werkmilieu.GEMENGD, 600)
                .param(InputResolver.CE_INTENSITY, 1);
        return data.build();
    }

    private static Scenario scenario(double verkleinenFactor) {
        return scenario(Param.of(verkleinenFactor));
    }

    private static Scenario scenario(Param verkleinenFactor) {
        ScenarioBuilder s = new ScenarioBuilder();
        s.ceShare = Param.of(0.1);
        s.strategyShares.put(RStrategy.SLUITEN, Param.of(0.5));
        s.strategyShares.put(RStrategy.VERTRAGEN, Param.of(0.3));
        s.strategyShares.put(RStrategy.VERKLEINEN, Param.of(0.2));
        s.strategyMap.put(RStrategy.SLUITEN, new EnumMap<>(Map.of(Werkmilieu.ZWAAR, 0.8, Werkmilieu.GEMENGD, 0.2)));
        s.strategyMap.put(RStrategy.VERTRAGEN, new EnumMap<>(Map.of(Werkmilieu.ZWAAR, 0.1, Werkmilieu.GEMENGD, 0.9)));
        s.strategyMap.put(RStrategy.VERKLEINEN, new EnumMap<>(Map.of(Werkmilieu.GEMENGD, 1.0)));
        s.verkleinenFactor = verkleinenFactor;
        return s.build();
    }

    @Test
    void weightsAreShareTimesMapTimesFactor() {
        assertEquals(0.5 * 0.8 * 1, Formulas.strategyWeight(0.5, 0.8, 1), 0);
        assertEquals(-0.1, Formulas.strategyWeight(0.2, 1.0, -0.5), EPS);
        assertEquals(100.0 / 3 * 0.43, Formulas.circularDemand(100.0 / 3, 0.43), EPS);
    }

    @Test
    void eachWerkmilieuGetsTheBuildUpTimesItsSummedWeights() {
        for (int year = 2026; year <= 2028; year++) {
            assertEquals(100.0 / 3 * 0.43, p.value(Measure.CIRCULAR, 0, ZW, year), EPS);
            assertEquals(9, p.value(Measure.CIRCULAR, 0, GM, year), EPS);
        }
    }

    @Test
    void eachGroupGetsTheBuildUpTimesItsOwnWeightAndTheGroupsAddUp() {
        assertEquals(100.0 / 3 * 0.4, p.circular(RStrategy.SLUITEN, 0, ZW, 2027), EPS);
        assertEquals(1, p.circular(RStrategy.VERTRAGEN, 0, ZW, 2027), EPS);
        assertEquals(0, p.circular(RStrategy.VERKLEINEN, 0, ZW, 2027), EPS);
        assertEquals(100.0 / 3 * 0.1, p.circular(RStrategy.SLUITEN, 0, GM, 2027), EPS);
        assertEquals(9, p.circular(RStrategy.VERTRAGEN, 0, GM, 2027), EPS);
        assertEquals(-100.0 / 3 * 0.1, p.circular(RStrategy.VERKLEINEN, 0, GM, 2027), EPS);
        for (int w : new int[] {ZW, GM}) {
            for (int year = 2026; year <= 2028; year++) {
                double groups = 0;
                for (RStrategy j : RStrategy.values()) {
                    groups += p.circular(j, 0, w, year);
                }
                assertEquals(p.value(Measure.CIRCULAR, 0, w, year), groups, EPS);
            }
        }
    }

    @Test
    void thePeriodEndPathGivesTheSameDemand() {
        PeriodEndResult ends = Projector.projectPeriodEnds(in);
        int last = ends.periods() - 1;
        assertEquals(2028, ends.endYear(last));
        assertEquals(43, ends.vraag(0, ZW, last), EPS);
        assertEquals(27, ends.vraag(0, GM, last), EPS);
        assertEquals(p.upTo(Measure.DEMAND, 0, ZW, 2028), ends.vraag(0, ZW, last), EPS);
    }

    @Test
    void aReusedWorkspaceTakesTheWeightsOfEachNewInput() {
        ProjectionInput other = resolve(2.0); // gemengd weight 0.1 + 0.27 + 0.4 = 0.77
        PeriodEndResult out = new PeriodEndResult(in.horizon(), in.regions());
        Projector.Workspace ws = new Projector.Workspace();
        int last = out.periods() - 1;
        Projector.projectPeriodEnds(in, out, ws);
        assertEquals(27, out.vraag(0, GM, last), EPS);
        Projector.projectPeriodEnds(other, out, ws);
        assertEquals(77, out.vraag(0, GM, last), EPS);
        assertEquals(43, out.vraag(0, ZW, last), EPS);
        Projector.projectPeriodEnds(in, out, ws);
        assertEquals(27, out.vraag(0, GM, last), EPS);
    }

    /**
     * The Monte Carlo's way: one scratch refilled in place draw after draw (the strategy arrays keep
     * their identity, only their values change) through one workspace; each draw must get exactly
     * the demand of a fresh resolve.
     */
    @Test
    void oneScratchRefilledInPlaceTakesTheWeightsOfEachDraw() {
        // uncertain, so the circular section is resolved per draw, not once at plan time
        Scenario scenario = scenario(new Param.Uniform(-1, 3, Origin.BUILT_IN));
        InputPlan plan = InputResolver.plan(scenario, data());
        int slot = -1;
        for (int i = 0; i < plan.params().size(); i++) {
            if (plan.params().get(i) == scenario.circular().verkleinenFactor()) {
                slot = i;
            }
        }
        assertTrue(slot >= 0, "the verkleinen factor is a parameter of the plan");
        double[] values = plan.values(ParamSource.central());
        InputPlan.Scratch scratch = plan.scratch();
        Projector.Workspace ws = new Projector.Workspace();
        PeriodEndResult out = new PeriodEndResult(plan.horizon(), plan.regions());
        int last = out.periods() - 1;
        for (double factor : new double[] {-0.5, 2.0, -0.5, 2.0}) {
            values[slot] = factor;
            Projector.projectPeriodEnds(scratch.resolve(values), out, ws);
            PeriodEndResult fresh = Projector.projectPeriodEnds(plan.resolve(values.clone()));
            assertEquals(fresh.vraag(0, GM, last), out.vraag(0, GM, last), 0.0, "factor " + factor);
            assertEquals(factor == 2.0 ? 77 : 27, out.vraag(0, GM, last), EPS, "factor " + factor);
        }
    }
}
