package nl.ruimtevraag.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import nl.ruimtevraag.DataBuilder;
import nl.ruimtevraag.ScenarioBuilder;
import nl.ruimtevraag.model.IntensificationBasis;
import nl.ruimtevraag.model.Param;
import nl.ruimtevraag.model.Period;
import nl.ruimtevraag.model.Sector;
import nl.ruimtevraag.model.Werkmilieu;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Intensification (method section 4) as a share of the need, of the stock, or in hectares, along a
 * ramp between calendar years.
 *
 * <pre>
 * Hand case: region A, stock zwaar 100, gemengd 300 (total 400); 1000 industrie jobs growing 10%/yr,
 * TQ 0.02, all new space gemengd; horizon 2025-2029; start_year 2026, reached_in 2028, linear:
 *   ramp_I 2026 0, 2027 0.5, 2028 1, 2029 1.
 *   gemengd demand per year dE * 0.02 = 2, 2.2, 2.42, 2.662; to date 2, 4.2, 6.62, 9.282.
 *   need, i = 25%:   gemengd 0, 0.25*0.5*4.2 = 0.525, 0.25*6.62 = 1.655, 0.25*9.282 = 2.3205;
 *                    zwaar 0 (no demand).
 *   hectares, H = 40: zwaar 40*100/400 = 10 -> 0, 5, 10, 10; gemengd 30 -> 0, 15, 30, 30.
 *   stock, i = 10%:  zwaar 100*0.1 = 10 -> 0, 5, 10, 10; gemengd 30 -> 0, 15, 30, 30.
 * </pre>
 */
class IntensificationTest {
    private static final double EPS = 1e-9;
    private static final int ZW = Werkmilieu.ZWAAR.ordinal();
    private static final int GM = Werkmilieu.GEMENGD.ordinal();

    private static Projection hand(IntensificationBasis basis, int endYear) {
        DataBuilder data = new DataBuilder();
        data.region("A").jobs(Sector.INDUSTRIE, 1000).stock(Werkmilieu.ZWAAR, 100).stock(Werkmilieu.GEMENGD, 300);
        ScenarioBuilder s = new ScenarioBuilder();
        s.endYear = endYear;
        s.periods = new ArrayList<>(List.of(new Period(2025, endYear)));
        s.growthAll(0.10);
        s.tq.put(Sector.INDUSTRIE, Param.of(0.02));
        s.intensificationBasis = basis;
        s.intensificationStart = 2026;
        s.intensificationReached = 2028;
        switch (basis) {
            case NEED -> s.intensification.put("A", Param.of(0.25));
            case STOCK -> s.intensification.put("A", Param.of(0.10));
            case HECTARES -> s.intensificationHectares.put("A", Param.of(40));
        }
        return Projector.project(InputResolver.resolve(s.build(), data.build(), ParamSource.central()));
    }

    @Test
    void aShareOfTheNeedCreditsThatShareOfTheDemandToDateAlongTheRamp() {
        Projection p = hand(IntensificationBasis.NEED, 2029);
        assertSeries(p, GM, 0, 0.525, 1.655, 2.3205);
        assertSeries(p, ZW, 0, 0, 0, 0);
    }

    @Test
    void hectaresAreSplitOverWerkmilieusByStockShares() {
        Projection p = hand(IntensificationBasis.HECTARES, 2029);
        assertSeries(p, ZW, 0, 5, 10, 10);
        assertSeries(p, GM, 0, 15, 30, 30);
    }

    @Test
    void aShareOfTheStockIsReachedInTheNamedYearNotAtTheHorizon() {
        Projection p = hand(IntensificationBasis.STOCK, 2029);
        assertSeries(p, ZW, 0, 5, 10, 10);
        assertSeries(p, GM, 0, 15, 30, 30);
        Projection longer = hand(IntensificationBasis.STOCK, 2040);
        assertSeries(longer, GM, 0, 15, 30, 30);
    }

    private static void assertSeries(Projection p, int w, double... expected) {
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], p.value(Measure.INTENSIFICATION, 0, w, 2026 + i), EPS, "werkmilieu " + w + " year " + (2026 + i));
        }
    }

    static LongStream seeds() {
        return LongStream.range(0, 200);
    }

    /** A random intensification on a random case without CE (whose ramp is the lead's, still at the horizon). */
    private static RandomCase withIntensification(long seed, int endYear) {
        RandomCase c = new RandomCase(seed);
        c.scenario.ceShare = Param.of(0);
        c.scenario.endYear = endYear;
        c.scenario.periods = new ArrayList<>(List.of(new Period(2025, 2030), new Period(2030, endYear)));
        c.scenario.intensificationBasis = IntensificationBasis.values()[(int) (seed % 3)];
        c.scenario.intensificationStart = 2025 + (int) (seed % 10);
        c.scenario.intensificationReached = c.scenario.intensificationStart + (int) (seed % 17);
        for (String code : c.codes) {
            c.scenario.intensification.put(code, Param.of(c.u(0, 1)));
            c.scenario.intensificationHectares.put(code, Param.of(c.u(0, 300)));
        }
        return c;
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void resultsForAYearDoNotDependOnTheEndYear(long seed) {
        Projection to2050 = withIntensification(seed, 2050).project();
        Projection to2040 = withIntensification(seed, 2040).project();
        for (int r = 0; r < to2040.regionCount(); r++) {
            for (int w = 0; w < Werkmilieu.COUNT; w++) {
                for (int year = 2026; year <= 2040; year++) {
                    for (Measure m : List.of(Measure.INTENSIFICATION, Measure.SUPPLY_REALISABLE, Measure.DEMAND)) {
                        double a = to2050.value(m, r, w, year);
                        double b = to2040.value(m, r, w, year);
                        assertEquals(a, b, 1e-9 * Math.max(1, Math.abs(a)), m + " region " + r + " werkmilieu " + w + " " + year);
                    }
                }
            }
        }
    }

    /**
     * The credit never exceeds what its basis allows: of the need, i(r) times the demand to date (so never
     * more than the demand); in hectares, H(r) over the region's werkmilieus; of the stock, i(r) times it.
     */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void theCreditNeverExceedsItsBasis(long seed) {
        RandomCase c = withIntensification(seed, 2050);
        Projection p = c.project();
        IntensificationBasis basis = c.scenario.intensificationBasis;
        var data = c.data.build();
        for (int r = 0; r < p.regionCount(); r++) {
            String code = p.regionCodes().get(r);
            double share = c.scenario.intensification.get(code).central();
            double hectares = c.scenario.intensificationHectares.get(code).central();
            var region = data.region(code).orElseThrow();
            for (int year = 2026; year <= 2050; year++) {
                double regionCredit = 0;
                for (int w = 0; w < Werkmilieu.COUNT; w++) {
                    double credit = p.value(Measure.INTENSIFICATION, r, w, year);
                    regionCredit += credit;
                    assertTrue(credit >= 0, "negative credit " + credit);
                    double demand = Math.max(0, p.upTo(Measure.DEMAND, r, w, year));
                    double stock = region.stock().get(Werkmilieu.values()[w]).value();
                    double bound = switch (basis) {
                        case NEED -> share * demand;
                        case STOCK -> share * stock;
                        case HECTARES -> hectares;
                    };
                    assertTrue(credit <= bound + 1e-9 * Math.max(1, bound), code + " " + w + " " + year + ": " + credit + " > " + bound);
                    if (basis == IntensificationBasis.NEED) {
                        assertTrue(credit <= demand + 1e-9, "credit above the demand to date");
                    }
                }
                if (basis == IntensificationBasis.HECTARES) {
                    assertTrue(regionCredit <= hectares * (1 + 1e-12) + 1e-9, code + " " + year + ": " + regionCredit + " > " + hectares);
                }
            }
        }
    }
}
