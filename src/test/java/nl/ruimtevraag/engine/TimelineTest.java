package nl.ruimtevraag.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import nl.ruimtevraag.DataBuilder;
import nl.ruimtevraag.ScenarioBuilder;
import nl.ruimtevraag.model.Param;
import nl.ruimtevraag.model.Period;
import nl.ruimtevraag.model.SupplyKind;
import nl.ruimtevraag.model.Werkmilieu;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The yearly timeline and the two confrontations (method section 6).
 *
 * <pre>
 * Hand-computed case: one region A, gemengd only. Stock 2000 ha, withdrawal 1%/yr, no jobs growth:
 *   demand 20 ha a year, cumulative 20, 40, 60, 80, 100, 120, 140 (2026-2032).
 * Supply: direct 15 (2025, counts from 2026), hard 20 (2027), zacht 30 (2026), p_Z = 1.
 * Netcongestie: share 0.5, weight 1, relief 2029: before 2029 half of hard + zacht is held back.
 *   realisable 2026: 15 + 0.5 * 30 = 30; 2027: 15 + 0.5 * 50 = 40; 2028: 40; 2029-2032: 65.
 *   saldo +10, 0, -20, -15, -35, -55, -75: shortage 0, 0, 20, 15, 35, 55, 75
 *   -> first year 2028, peak 75 in 2032, hectare-years 20 + 15 + 35 + 55 + 75 = 200.
 * Hard-only: direct + hard, no constraints, no zacht: 15, 35, 35, ...
 *   saldo -5, -5, -25, -45, -65, -85, -105 -> first year 2026, peak 105 in 2032, hectare-years 335.
 * Period ends: to 2028 vraag 60, aanbod 40 (extra 20), hard 35 (extra 25);
 *   to 2032 vraag 140, aanbod 65 (extra 75), hard 35 (extra 105).
 * </pre>
 */
class TimelineTest {
    private static final double EPS = 1e-9;
    private static final int GM = Werkmilieu.GEMENGD.ordinal();

    private static Projection small(int reliefYear, int endYear, List<Period> periods) {
        DataBuilder data = new DataBuilder();
        data.region("A").stock(Werkmilieu.GEMENGD, 2000)
                .supply(Werkmilieu.GEMENGD, SupplyKind.DIRECT, 15, 2025)
                .supply(Werkmilieu.GEMENGD, SupplyKind.HARD, 20, 2027)
                .supply(Werkmilieu.GEMENGD, SupplyKind.ZACHT, 30, 2026)
                .param(InputResolver.GRID_SHARE, 0.5).param(InputResolver.GRID_RELIEF, reliefYear)
                .param(InputResolver.WITHDRAWAL_RATE, 0.01);
        ScenarioBuilder s = new ScenarioBuilder();
        s.endYear = endYear;
        s.periods = new ArrayList<>(periods);
        return Projector.project(InputResolver.resolve(s.build(), data.build(), ParamSource.central()));
    }

    private static Projection small() {
        return small(2029, 2032, List.of(new Period(2025, 2028), new Period(2028, 2032)));
    }

    @Test
    void yearlyShortageFirstYearPeakAndHectareYearsByHand() {
        Projection p = small();
        assertArrayEquals(new double[] {0, 0, 20, 15, 35, 55, 75}, p.yearlyShortage(0, SupplyBasis.REALISABLE), EPS);
        ShortageTimeline t = p.shortageTimeline(0, SupplyBasis.REALISABLE);
        assertEquals(2028, t.firstYear());
        assertEquals(75, t.peak(), EPS);
        assertEquals(2032, t.peakYear());
        assertEquals(200, t.hectareYears(), EPS);
        assertTrue(t.hasShortage());
        assertEquals(t, p.nationalShortageTimeline(SupplyBasis.REALISABLE), "one region: the nation is the region");
    }

    @Test
    void hardOnlyConfrontationByHand() {
        Projection p = small();
        assertArrayEquals(new double[] {5, 5, 25, 45, 65, 85, 105}, p.yearlyShortage(0, SupplyBasis.HARD), EPS);
        ShortageTimeline t = p.shortageTimeline(0, SupplyBasis.HARD);
        assertEquals(new ShortageTimeline(2026, 105, 2032, 335), t);

        Period first = p.periods().get(0);
        Period last = p.periods().get(1);
        assertEquals(new Confrontation(60, 40, -20, 20), p.confrontation(0, GM, first));
        assertEquals(new Confrontation(60, 35, -25, 25), p.confrontation(0, GM, first, SupplyBasis.HARD));
        assertEquals(new Confrontation(140, 65, -75, 75), p.confrontation(0, GM, last));
        assertEquals(new Confrontation(140, 35, -105, 105), p.confrontation(0, GM, last, SupplyBasis.HARD));
        RegionTotal hard = p.regionTotal(0, last, SupplyBasis.HARD);
        assertEquals(140, hard.vraag(), EPS);
        assertEquals(35, hard.aanbod(), EPS);
        assertEquals(105, hard.extraHaStrict(), EPS);
        assertEquals(hard, p.nationalTotal(last, SupplyBasis.HARD));
    }

    @Test
    void noShortageGivesNoFirstYear() {
        ShortageTimeline t = Formulas.shortageTimeline(2026, new double[] {0, 0, 0});
        assertFalse(t.hasShortage());
        assertEquals(new ShortageTimeline(0, 0, 0, 0), t);
        // the peak's year is the first year it is reached
        assertEquals(new ShortageTimeline(2027, 4, 2027, 10), Formulas.shortageTimeline(2026, new double[] {0, 4, 2, 4}));
    }

    /**
     * Relief in 2031 or in 2038 gives the same period-end results for periods ending 2030 and 2040, but
     * different years in between, and different hectare-years unmet.
     */
    @Test
    void reliefYearWithinAPeriodChangesTheYearlyResults() {
        List<Period> periods = List.of(new Period(2025, 2030), new Period(2030, 2040));
        Projection early = small(2031, 2040, periods);
        Projection late = small(2038, 2040, periods);
        for (Period period : periods) {
            assertEquals(early.regionTotal(0, period), late.regionTotal(0, period), "period ends do not see it");
        }
        assertNotEquals(early.regionTotal(0, 2033, SupplyBasis.REALISABLE), late.regionTotal(0, 2033, SupplyBasis.REALISABLE));
        ShortageTimeline a = early.shortageTimeline(0, SupplyBasis.REALISABLE);
        ShortageTimeline b = late.shortageTimeline(0, SupplyBasis.REALISABLE);
        // 2031-2037: 25 ha more held back with the later relief, 7 years
        assertEquals(a.hectareYears() + 7 * 25, b.hectareYears(), EPS);
        // the hard-only confrontation knows no constraints
        assertEquals(early.shortageTimeline(0, SupplyBasis.HARD), late.shortageTimeline(0, SupplyBasis.HARD));
    }

    /**
     * The small case with netcongestie holding back direct plots too (a_d = 0.5: 15 * 0.5 * 0.5 = 3.75 ha
     * before 2029) and stikstof reaching half the hard plans (p 0.6, delay 2): P_H(2027) = 0.5 * 20 = 10,
     * P_H(2029) = 10 + 0.5 * 0.6 * 20 = 16. 2027: realisable 11.25 + 0.5 * 10 + 0.5 * 30 = 31.25, held grid
     * 3.75 + 0.5 * 50 = 28.75, held stikstof 0.5 * (20 - 10) = 5. 2029: 15 + 16 + 30 = 61, held stikstof 4.
     */
    @Test
    void netcongestieOnDirectPlotsAndStikstofOnHardPlansByHand() {
        DataBuilder data = new DataBuilder();
        data.region("A").stock(Werkmilieu.GEMENGD, 2000)
                .supply(Werkmilieu.GEMENGD, SupplyKind.DIRECT, 15, 2025)
                .supply(Werkmilieu.GEMENGD, SupplyKind.HARD, 20, 2027)
                .supply(Werkmilieu.GEMENGD, SupplyKind.ZACHT, 30, 2026)
                .param(InputResolver.GRID_SHARE, 0.5).param(InputResolver.GRID_RELIEF, 2029)
                .param(InputResolver.WITHDRAWAL_RATE, 0.01);
        ScenarioBuilder s = new ScenarioBuilder();
        s.endYear = 2032;
        s.periods = new ArrayList<>(List.of(new Period(2025, 2028), new Period(2028, 2032)));
        s.gridDirectShare = Param.of(0.5);
        s.stikstofHardShare = Param.of(0.5);
        s.stikstofProbability = Param.of(0.6);
        s.stikstofDelay = Param.of(2);
        Projection p = Projector.project(InputResolver.resolve(s.build(), data.build(), ParamSource.central()));
        assertEquals(31.25, p.value(Measure.SUPPLY_REALISABLE, 0, GM, 2027), EPS);
        assertEquals(28.75, p.value(Measure.HELD_GRID, 0, GM, 2027), EPS);
        assertEquals(5, p.value(Measure.HELD_STIKSTOF, 0, GM, 2027), EPS);
        assertEquals(61, p.value(Measure.SUPPLY_REALISABLE, 0, GM, 2029), EPS);
        assertEquals(0, p.value(Measure.HELD_GRID, 0, GM, 2029), EPS);
        assertEquals(4, p.value(Measure.HELD_STIKSTOF, 0, GM, 2029), EPS);
        // the hard-only confrontation knows no constraints: direct + hard as published
        assertEquals(35, p.supply(SupplyBasis.HARD, 0, GM, 2027), EPS);
        // the fast path agrees
        PeriodEndResult fast = Projector.projectPeriodEnds(InputResolver.resolve(s.build(), data.build(), ParamSource.central()));
        for (int i = 0; i < p.periods().size(); i++) {
            assertEquals(p.confrontation(0, GM, p.periods().get(i)).aanbod(), fast.aanbod(0, GM, i), 1e-9);
        }
    }

    /** More direct plots or hard plans behind the constraints never raise realisable supply. */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void directAndHardSharesNeverRaiseRealisableSupply(long seed) {
        RandomCase c = new RandomCase(seed);
        c.scenario.gridDirectShare = Param.of(c.u(0, 0.5));
        c.scenario.stikstofHardShare = Param.of(c.u(0, 0.5));
        Projection before = c.project();
        c.scenario.gridDirectShare = Param.of(c.u(0.5, 1));
        c.scenario.stikstofHardShare = Param.of(c.u(0.5, 1));
        Projection after = c.project();
        for (int r = 0; r < before.regionCount(); r++) {
            for (int w = 0; w < Werkmilieu.COUNT; w++) {
                for (int year = 2026; year <= 2050; year++) {
                    assertTrue(after.value(Measure.SUPPLY_REALISABLE, r, w, year)
                            <= before.value(Measure.SUPPLY_REALISABLE, r, w, year) + 1e-9, "year " + year);
                    double identity = after.value(Measure.SUPPLY_DIRECT, r, w, year) + after.value(Measure.SUPPLY_HARD, r, w, year)
                            + after.value(Measure.SUPPLY_ZACHT, r, w, year) - after.value(Measure.ZACHT_UNREALISED, r, w, year)
                            - after.value(Measure.HELD_GRID, r, w, year) - after.value(Measure.HELD_STIKSTOF, r, w, year)
                            - after.value(Measure.HELD_WATER, r, w, year) + after.value(Measure.INTENSIFICATION, r, w, year);
                    assertEquals(identity, after.value(Measure.SUPPLY_REALISABLE, r, w, year), 1e-9);
                }
            }
        }
    }

    static LongStream seeds() {
        return LongStream.range(0, 150);
    }

    /** A later relief year never lowers any year's shortage, the hectare-years unmet or the peak. */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void laterReliefNeverLowersTheShortage(long seed) {
        RandomCase c = new RandomCase(seed);
        String region = c.codes.get((int) (seed % c.codes.size()));
        int relief = 2026 + (int) (seed % 20);
        c.scenario.gridShare.put(region, Param.of(c.u(0.05, 0.9)));
        c.scenario.reliefYear.put(region, Param.of(relief));
        Projection before = c.project();
        c.scenario.reliefYear.put(region, Param.of(relief + 1 + (int) (seed % 7)));
        Projection after = c.project();
        for (int r = 0; r < before.regionCount(); r++) {
            double[] e0 = before.yearlyShortage(r, SupplyBasis.REALISABLE);
            double[] e1 = after.yearlyShortage(r, SupplyBasis.REALISABLE);
            for (int y = 0; y < e0.length; y++) {
                assertTrue(e1[y] >= e0[y] - 1e-7, "year " + (2026 + y) + ": " + e1[y] + " < " + e0[y]);
            }
            ShortageTimeline t0 = before.shortageTimeline(r, SupplyBasis.REALISABLE);
            ShortageTimeline t1 = after.shortageTimeline(r, SupplyBasis.REALISABLE);
            assertTrue(t1.hectareYears() >= t0.hectareYears() - 1e-7, t0 + " -> " + t1);
            assertTrue(t1.peak() >= t0.peak() - 1e-7, t0 + " -> " + t1);
            if (t0.hasShortage()) {
                assertTrue(t1.hasShortage() && t1.firstYear() <= t0.firstYear(), t0 + " -> " + t1);
            }
            assertEquals(before.shortageTimeline(r, SupplyBasis.HARD), after.shortageTimeline(r, SupplyBasis.HARD));
        }
        ShortageTimeline n0 = before.nationalShortageTimeline(SupplyBasis.REALISABLE);
        ShortageTimeline n1 = after.nationalShortageTimeline(SupplyBasis.REALISABLE);
        assertTrue(n1.hectareYears() >= n0.hectareYears() - 1e-7 && n1.peak() >= n0.peak() - 1e-7, n0 + " -> " + n1);
    }

    /**
     * The timeline agrees with the period-end confrontation: at every period end the yearly shortage is the
     * region total's strict extra hectares, for both bases; the hectare-years are the yearly shortages summed.
     */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void timelineAgreesWithThePeriodEnds(long seed) {
        RandomCase c = new RandomCase(seed);
        Projection p = c.project();
        for (SupplyBasis basis : SupplyBasis.values()) {
            double national = 0;
            for (int r = 0; r < p.regionCount(); r++) {
                double[] e = p.yearlyShortage(r, basis);
                for (Period period : p.periods()) {
                    assertEquals(p.regionTotal(r, period, basis).extraHaStrict(), e[p.horizon().index(period.end())], 1e-7);
                }
                double sum = 0;
                for (double x : e) {
                    sum += x;
                }
                assertEquals(sum, p.shortageTimeline(r, basis).hectareYears(), 1e-7);
                national += sum;
            }
            assertEquals(national, p.nationalShortageTimeline(basis).hectareYears(), 1e-6);
        }
        // both confrontations set the same demand against their supply
        for (int r = 0; r < p.regionCount(); r++) {
            for (Period period : p.periods()) {
                RegionTotal hard = p.regionTotal(r, period, SupplyBasis.HARD);
                RegionTotal all = p.regionTotal(r, period);
                assertEquals(all.vraag(), hard.vraag(), 1e-9);
            }
        }
    }
}
