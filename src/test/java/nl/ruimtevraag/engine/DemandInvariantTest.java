package nl.ruimtevraag.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.LongStream;
import nl.ruimtevraag.model.CircularFraming;
import nl.ruimtevraag.model.DemandMethod;
import nl.ruimtevraag.model.GrowthRule;
import nl.ruimtevraag.model.Origin;
import nl.ruimtevraag.model.Param;
import nl.ruimtevraag.model.Period;
import nl.ruimtevraag.model.Sector;
import nl.ruimtevraag.model.TqBasis;
import nl.ruimtevraag.model.Werkmilieu;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The demand invariants of issue 20 over random cases ({@link RandomCase}), each case with a random
 * uitbreidingsvraag method (employment, trend, mean), terreinquotient basis (regional, national), a
 * terreinquotient trend on all jobs, and a random circular-economy framing (a share-of-demand path, or
 * extra space reached in a calendar year) with a random embedded share.
 */
class DemandInvariantTest {
    private static final double EPS = 1e-7;

    static LongStream seeds() {
        return LongStream.range(0, 300);
    }

    /** Randomises the issue-20 parts of a random case. */
    private static RandomCase demandCase(long seed) {
        RandomCase c = new RandomCase(seed);
        c.scenario.method = DemandMethod.values()[(int) (seed % DemandMethod.values().length)];
        c.scenario.tqBasis = seed % 2 == 0 ? TqBasis.REGIONAL : TqBasis.NATIONAL;
        c.scenario.tqTrend = Param.of(c.u(-0.01, 0.01));
        double embedded = c.u(0, 0.3);
        if (seed % 3 == 0) {
            c.scenario.framing = new CircularFraming(CircularFraming.Kind.EXTRA_SPACE, Param.of(embedded), points(2000, 0));
            c.scenario.ceReachedIn = 2030 + (int) (seed % 30);
        } else {
            TreeMap<Integer, Param> path = new TreeMap<>();
            path.put(2018, Param.of(c.u(0, 0.1)));
            path.put(2025, Param.of(c.u(0.1, 0.25)));
            path.put(2035 + (int) (seed % 20), Param.of(c.u(0.1, 0.6)));
            c.scenario.framing = new CircularFraming(CircularFraming.Kind.SHARE_OF_DEMAND, Param.of(embedded), path);
        }
        return c;
    }

    private static TreeMap<Integer, Param> points(int year, double value) {
        return new TreeMap<>(Map.of(year, Param.of(value)));
    }

    /**
     * More job growth, in any years (also only after 2040, the case `method: max` broke), never lowers demand
     * to any period end, in any region and werkmilieu, for every method and framing.
     */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void moreGrowthNeverLowersDemand(long seed) {
        RandomCase c = demandCase(seed);
        Projection before = c.project();
        int from = 2026 + (int) (seed % 24);
        Sector sector = Sector.values()[(int) (seed % Sector.COUNT)];
        c.scenario.growth.add(new GrowthRule(null, sector, from, Math.min(2050, from + (int) (seed % 7)),
                Param.of(rateAfterRules(c, sector, from) + c.u(0.001, 0.03)), Origin.BUILT_IN));
        assertDemandNotLower(before, c.project());
    }

    /** The growth rate the earlier rules give a sector in a year (later rules win), to raise it from there. */
    private static double rateAfterRules(RandomCase c, Sector sector, int year) {
        double rate = 0;
        for (GrowthRule g : c.scenario.growth) {
            if ((g.sector() == null || g.sector() == sector) && g.fromYear() <= year && year <= g.toYear()) {
                rate = g.rate().central();
            }
        }
        return rate;
    }

    /** A higher CE share of demand at any path point never lowers demand (with a verkleinen factor >= 0). */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aHigherCircularShareOfDemandNeverLowersDemand(long seed) {
        RandomCase c = demandCase(seed);
        if (c.scenario.framing.kind() != CircularFraming.Kind.SHARE_OF_DEMAND) {
            return; // the extra-space framing's share is InvariantTest's aHigherCircularShareNeverLowersDemand
        }
        Projection before = c.project();
        TreeMap<Integer, Param> path = new TreeMap<>(c.scenario.framing.demandShare());
        int year = new ArrayList<>(path.keySet()).get((int) (seed % path.size()));
        path.put(year, Param.of(Math.min(0.9, path.get(year).central() + c.u(0.001, 0.2))));
        c.scenario.framing = new CircularFraming(CircularFraming.Kind.SHARE_OF_DEMAND, c.scenario.framing.embeddedShare(), path);
        assertDemandNotLower(before, c.project());
    }

    /**
     * Results for a year do not depend on the horizon: ending in 2040 instead of 2050 gives the same demand and
     * supply to 2030 and 2040 (CE paths and ramps end at calendar years).
     */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void resultsForAYearDoNotDependOnTheHorizon(long seed) {
        RandomCase c = demandCase(seed);
        if (c.scenario.ceReachedIn == 0) {
            c.scenario.ceReachedIn = 2050;
        }
        c.scenario.midpointYear = 2030 + (int) (seed % 8);
        c.scenario.intensificationStart = 2026 + (int) (seed % 5);
        c.scenario.intensificationReached = 2035 + (int) (seed % 10);
        Projection to2050 = c.project();
        c.scenario.endYear = 2040;
        c.scenario.periods = new ArrayList<>(List.of(new Period(2025, 2030), new Period(2030, 2040)));
        Projection to2040 = c.project();
        for (int r = 0; r < to2040.regionCount(); r++) {
            for (int w = 0; w < Werkmilieu.COUNT; w++) {
                for (int end : new int[] {2030, 2040}) {
                    String where = to2040.regionCodes().get(r) + " " + w + " t/m " + end;
                    double a = to2050.upTo(Measure.DEMAND, r, w, end);
                    double b = to2040.upTo(Measure.DEMAND, r, w, end);
                    assertEquals(a, b, EPS * Math.max(1, Math.abs(a)), "demand " + where);
                    a = to2050.upTo(Measure.SUPPLY_REALISABLE, r, w, end);
                    b = to2040.upTo(Measure.SUPPLY_REALISABLE, r, w, end);
                    assertEquals(a, b, EPS * Math.max(1, Math.abs(a)), "supply " + where);
                }
            }
        }
    }

    /**
     * In the share-of-demand framing, with every R-strategy weight 1 (verkleinen factor 1, no profiles), no double
     * use and no land released (the share applies to growth), the CE share of each region's yearly demand is exactly the path's share s(t): the embedded share
     * is neither lost nor counted twice.
     */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void theCircularShareOfDemandIsThePathsShare(long seed) {
        RandomCase c = demandCase(seed);
        if (c.scenario.framing.kind() != CircularFraming.Kind.SHARE_OF_DEMAND) {
            return;
        }
        c.scenario.verkleinenFactor = Param.of(1);
        c.scenario.profiles.clear();
        c.scenario.shrinkReturn = Param.of(0); // no land released, so every year's U is the growth the share applies to
        c.scenario.tqTrend = Param.of(Math.abs(c.scenario.tqTrend.central()));
        c.scenario.doubleUseShare = Param.of(0);
        Projection p = c.project();
        CircularFraming f = c.scenario.framing;
        int[] years = f.demandShare().keySet().stream().mapToInt(Integer::intValue).toArray();
        double[] values = f.demandShare().values().stream().mapToDouble(Param::central).toArray();
        double embedded = f.embeddedShare().central();
        for (int r = 0; r < p.regionCount(); r++) {
            for (int year = 2026; year <= 2050; year++) {
                double expansion = 0;
                double circular = 0;
                for (int w = 0; w < Werkmilieu.COUNT; w++) {
                    expansion += p.upTo(Measure.EXPANSION, r, w, year) - p.upTo(Measure.EXPANSION, r, w, year - 1);
                    circular += p.upTo(Measure.CIRCULAR, r, w, year) - p.upTo(Measure.CIRCULAR, r, w, year - 1);
                }
                if (Math.abs(expansion) < 1e-6) {
                    continue;
                }
                assertEquals(Formulas.pathValue(years, values, year), Formulas.circularShareOfDemand(expansion, circular, embedded),
                        1e-9, p.regionCodes().get(r) + " " + year);
            }
        }
    }

    private static void assertDemandNotLower(Projection before, Projection after) {
        for (int r = 0; r < before.regionCount(); r++) {
            for (int w = 0; w < Werkmilieu.COUNT; w++) {
                for (Period p : before.periods()) {
                    double a = before.upTo(Measure.DEMAND, r, w, p.end());
                    double b = after.upTo(Measure.DEMAND, r, w, p.end());
                    assertTrue(b >= a - EPS * Math.max(1, Math.abs(a)), before.regionCodes().get(r) + " " + w + " t/m "
                            + p.end() + ": demand fell from " + a + " to " + b);
                }
            }
        }
    }
}
