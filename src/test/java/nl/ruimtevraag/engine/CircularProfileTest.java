package nl.ruimtevraag.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import nl.ruimtevraag.DataBuilder;
import nl.ruimtevraag.ScenarioBuilder;
import nl.ruimtevraag.data.DataSetLoader;
import nl.ruimtevraag.model.CircularProfile;
import nl.ruimtevraag.model.Origin;
import nl.ruimtevraag.model.Param;
import nl.ruimtevraag.model.RStrategy;
import nl.ruimtevraag.model.RegionalData;
import nl.ruimtevraag.model.Werkmilieu;
import nl.ruimtevraag.scenario.LoadResult;
import nl.ruimtevraag.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

/**
 * Regional R-strategy profiles (method section 3): a region's weights g(r,j,w) come from its own
 * shares and mapping rows where its profile gives them, else from the national ones; drawn shares are
 * rescaled to sum to 1; the verkleinen factor is raised per region where it would make the region's
 * CE demand negative.
 *
 * <pre>
 * Region A: stock zwaar 400 + gemengd 600 = 1000 ha; region B: gemengd 1000 ha. CE share 10%, linear
 * ramp over 2026-2028, intensity 1 in both: X(2028) = 100 ha each, 100/3 a year.
 * National: sluiten 1 (mapping of every group: gemengd 1). Verkleinen factor -0.5.
 * A's profile: shares sluiten 0.6, vertragen 0.3, verkleinen 0.1; row sluiten zwaar 0.5 gemengd 0.5
 *   (vertragen and verkleinen keep the national row gemengd 1).
 * A's weights: zwaar 0.6*0.5 = 0.3; gemengd 0.6*0.5 + 0.3 + 0.1*(-0.5) = 0.55 (sum 0.85).
 * A to 2028: zwaar 30; gemengd 55, of which sluiten 30, vertragen 30, verkleinen -5.
 * B (national): gemengd 100 to 2028.
 * </pre>
 */
class CircularProfileTest {
    private static final double EPS = 1e-9;
    private static final int ZW = Werkmilieu.ZWAAR.ordinal();
    private static final int GM = Werkmilieu.GEMENGD.ordinal();

    private static RegionalData data() {
        DataBuilder data = new DataBuilder();
        data.region("A").stock(Werkmilieu.ZWAAR, 400).stock(Werkmilieu.GEMENGD, 600).param(InputResolver.CE_INTENSITY, 1);
        data.region("B").stock(Werkmilieu.GEMENGD, 1000).param(InputResolver.CE_INTENSITY, 1);
        return data.build();
    }

    private static Map<RStrategy, Param> shares(Param sluiten, Param vertragen, Param verkleinen) {
        Map<RStrategy, Param> a = new EnumMap<>(RStrategy.class);
        a.put(RStrategy.SLUITEN, sluiten);
        a.put(RStrategy.VERTRAGEN, vertragen);
        a.put(RStrategy.VERKLEINEN, verkleinen);
        return a;
    }

    private static ScenarioBuilder scenario(String... regions) {
        ScenarioBuilder s = new ScenarioBuilder();
        s.regions.addAll(List.of(regions));
        s.ceShare = Param.of(0.1);
        s.verkleinenFactor = Param.of(-0.5);
        Map<RStrategy, Map<Werkmilieu, Double>> rows = new EnumMap<>(RStrategy.class);
        rows.put(RStrategy.SLUITEN, Map.of(Werkmilieu.ZWAAR, 0.5, Werkmilieu.GEMENGD, 0.5));
        s.profiles.put("A", new CircularProfile(shares(Param.of(0.6), Param.of(0.3), Param.of(0.1)), rows));
        return s;
    }

    @Test
    void aRegionWithAProfileGetsItsOwnSplit() {
        ProjectionInput in = InputResolver.resolve(scenario().build(), data(), ParamSource.central());
        Projection p = Projector.project(in);
        int a = p.regionIndex("A");
        int b = p.regionIndex("B");
        assertEquals(0.3, in.circular().circularWeight()[a][ZW], EPS);
        assertEquals(0.55, in.circular().circularWeight()[a][GM], EPS);
        assertEquals(30, p.upTo(Measure.CIRCULAR, a, ZW, 2028), EPS);
        assertEquals(55, p.upTo(Measure.CIRCULAR, a, GM, 2028), EPS);
        double[] groups = new double[RStrategy.COUNT];
        for (int year = 2026; year <= 2028; year++) {
            for (RStrategy j : RStrategy.values()) {
                groups[j.ordinal()] += p.circular(j, a, GM, year);
            }
        }
        assertEquals(30, groups[RStrategy.SLUITEN.ordinal()], EPS);
        assertEquals(30, groups[RStrategy.VERTRAGEN.ordinal()], EPS);
        assertEquals(-5, groups[RStrategy.VERKLEINEN.ordinal()], EPS);
        assertEquals(0, p.upTo(Measure.CIRCULAR, b, ZW, 2028), EPS);
        assertEquals(100, p.upTo(Measure.CIRCULAR, b, GM, 2028), EPS, "B keeps the national values");
        PeriodEndResult ends = Projector.projectPeriodEnds(in);
        assertEquals(55, ends.vraag(a, GM, ends.periods() - 1), EPS, "the Monte Carlo path gives the same");
    }

    @Test
    void aRegionsResultDoesNotDependOnWhichOtherRegionsAreSelected() {
        Projection both = Projector.project(InputResolver.resolve(scenario("A", "B").build(), data(), ParamSource.central()));
        for (String code : List.of("A", "B")) {
            Projection alone = Projector.project(InputResolver.resolve(scenario(code).build(), data(), ParamSource.central()));
            for (Werkmilieu w : Werkmilieu.values()) {
                for (int year = 2026; year <= 2028; year++) {
                    for (RStrategy j : RStrategy.values()) {
                        assertEquals(both.circular(j, both.regionIndex(code), w.ordinal(), year),
                                alone.circular(j, 0, w.ordinal(), year), EPS, code + " " + w + " " + j + " " + year);
                    }
                    assertEquals(both.value(Measure.DEMAND, both.regionIndex(code), w.ordinal(), year),
                            alone.value(Measure.DEMAND, 0, w.ordinal(), year), EPS, code + " " + w + " " + year);
                }
            }
        }
    }

    /**
     * A's profile: sluiten 0.5 (row zwaar 1), verkleinen 0.5 (row gemengd 1), factor -2: the floor is
     * -0.5 / 0.5 = -1, so zwaar gets +0.5 and gemengd -0.5 of the build-up and the region's CE demand
     * is 0, not -0.5; B has no verkleinen share and keeps the factor.
     */
    @Test
    void theVerkleinenFactorIsRaisedWhereItWouldMakeARegionsCeDemandNegative() {
        ScenarioBuilder s = scenario();
        s.verkleinenFactor = Param.of(-2);
        Map<RStrategy, Map<Werkmilieu, Double>> rows = new EnumMap<>(RStrategy.class);
        rows.put(RStrategy.SLUITEN, Map.of(Werkmilieu.ZWAAR, 1.0));
        s.profiles.put("A", new CircularProfile(shares(Param.of(0.5), Param.of(0), Param.of(0.5)), rows));
        ProjectionInput in = InputResolver.resolve(s.build(), data(), ParamSource.central());
        Projection p = Projector.project(in);
        int a = p.regionIndex("A");
        assertEquals(-1, in.circular().strategyFactor()[a][RStrategy.VERKLEINEN.ordinal()], EPS);
        assertEquals(-2, in.circular().strategyFactor()[p.regionIndex("B")][RStrategy.VERKLEINEN.ordinal()], 0);
        assertEquals(50, p.upTo(Measure.CIRCULAR, a, ZW, 2028), EPS);
        assertEquals(-50, p.upTo(Measure.CIRCULAR, a, GM, 2028), EPS, "a werkmilieu may lose space");
        for (int year = 2026; year <= 2028; year++) {
            double region = 0;
            for (Werkmilieu w : Werkmilieu.values()) {
                region += p.value(Measure.CIRCULAR, a, w.ordinal(), year);
            }
            assertEquals(0, region, EPS, "the region's CE demand is not negative in " + year);
        }
    }

    /** Shares drawn one by one (national and profile) are rescaled to sum to 1 in every draw. */
    @Test
    void everyDrawsEffectiveSharesSumToOne() {
        ScenarioBuilder s = scenario();
        Param u = new Param.Uniform(0, 1, Origin.BUILT_IN);
        s.strategyShares.putAll(shares(new Param.Uniform(0.3, 0.7, Origin.BUILT_IN), new Param.Uniform(0.1, 0.5, Origin.BUILT_IN),
                new Param.Uniform(0, 0.3, Origin.BUILT_IN)));
        s.profiles.put("A", new CircularProfile(shares(u, new Param.Uniform(0, 1, Origin.BUILT_IN), Param.of(0)), Map.of()));
        s.verkleinenFactor = new Param.Uniform(-2, 2, Origin.BUILT_IN);
        InputPlan plan = InputResolver.plan(s.build(), data());
        Random rng = new Random(20261207);
        for (int draw = 0; draw < 500; draw++) {
            ProjectionInput in = plan.resolve(p -> p.low() + rng.nextDouble() * (p.high() - p.low()));
            for (int r = 0; r < in.regions(); r++) {
                double sum = 0;
                double net = 0;
                for (int j = 0; j < RStrategy.COUNT; j++) {
                    double a = in.circular().strategyShare()[r][j];
                    assertTrue(a >= 0, "draw " + draw);
                    sum += a;
                    net += a * in.circular().strategyFactor()[r][j];
                }
                assertEquals(1, sum, 1e-12, "draw " + draw + " region " + r);
                double weights = 0;
                for (int w = 0; w < Werkmilieu.COUNT; w++) {
                    weights += in.circular().circularWeight()[r][w];
                }
                assertEquals(net, weights, 1e-12, "the weights sum to sum_j a_j f_j (rows sum to 1)");
                assertTrue(weights >= -1e-12, "draw " + draw + ": the region's CE demand is not negative");
            }
        }
    }

    @Test
    void sharesThatAllDrawZeroFallBackToTheCentralShares() {
        ScenarioBuilder s = scenario();
        Param zeroToOne = new Param.Uniform(0, 1, Origin.BUILT_IN);
        s.profiles.put("A", new CircularProfile(shares(zeroToOne, Param.of(0), Param.of(0)), Map.of()));
        InputPlan plan = InputResolver.plan(s.build(), data());
        ProjectionInput in = plan.resolve(p -> p == zeroToOne ? 0 : p.central());
        assertEquals(1, in.circular().strategyShare()[0][RStrategy.SLUITEN.ordinal()], 0);
    }

    /** The basis's national values and profiles give no werkmilieu a negative CE weight for any factor in -1..0. */
    @Test
    void theBasisGivesNoWerkmilieuANegativeCircularWeight() throws Exception {
        RegionalData data = DataSetLoader.loadEmbedded();
        LoadResult basis = new ScenarioLoader(data.codes()).loadBuiltIn("basis");
        assertTrue(basis.ok(), basis.report());
        Param factor = basis.scenario().circular().verkleinenFactor();
        InputPlan plan = InputResolver.plan(basis.scenario(), data);
        for (double f : new double[] {-1, -0.5, 0}) {
            ProjectionInput in = plan.resolve(p -> p == factor ? f : p.central());
            for (int r = 0; r < in.regions(); r++) {
                for (int w = 0; w < Werkmilieu.COUNT; w++) {
                    assertTrue(in.circular().circularWeight()[r][w] >= 0,
                            in.regionCodes().get(r) + " " + Werkmilieu.values()[w] + " at factor " + f);
                }
            }
        }
    }
}
