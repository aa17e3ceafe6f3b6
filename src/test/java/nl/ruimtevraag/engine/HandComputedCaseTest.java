package nl.ruimtevraag.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.ruimtevraag.DataBuilder;
import nl.ruimtevraag.ScenarioBuilder;
import nl.ruimtevraag.model.Origin;
import nl.ruimtevraag.model.Param;
import nl.ruimtevraag.model.Period;
import nl.ruimtevraag.model.RStrategy;
import nl.ruimtevraag.model.Sector;
import nl.ruimtevraag.model.SupplyKind;
import nl.ruimtevraag.model.TransformationEvent;
import nl.ruimtevraag.model.Werkmilieu;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two regions (A, B), two werkmilieus in use (zwaar, gemengd), three projected years (2026-2028),
 * periods 2025-2026 and 2026-2028. Every expected number is worked out by hand below.
 *
 * <pre>
 * Inputs
 *   jobs A: 1000 industrie; B: 2000 logistiek. Growth 10%/yr for all.
 *   TQ industrie 0.02, logistiek 0.05. Mix industrie: zwaar 0.5, gemengd 0.5; logistiek: gemengd 1.
 *   stock A: zwaar 100, gemengd 200 (total 300); B: gemengd 500. Uitgifte A 12 ha/yr, B 0.
 *   transformation A gemengd 30 ha in 2026-2028 (10/yr), compensation 0.5.
 *   withdrawal rate A 1%, B 0.
 *   CE share 9%, linear ramp (1/3, 2/3, 1). kappa raw A 0.75, B 0.35:
 *     sum L0 = 800, sum L0*kappa = 225 + 175 = 400, factor 2 -> kappa A 1.5, B 0.7.
 *     strategies: sluiten 0.6 -> zwaar; vertragen 0.4 -> gemengd; verkleinen 0.
 *   reserve 10%.
 *   supply A zwaar: direct 5 (2025), hard 20 (2027); A gemengd: zacht 40 (2026); B gemengd: hard 30 (2026).
 *   netcongestie A: share 0.5, relief 2028, weights zwaar 1, gemengd 0.5. B: share 0.
 *   stikstof A: share 0.25, permit probability 0.6, delay 1. p_Z = 0.5.
 *   intensification B: 3% of stock by 2028 (linear).
 *
 * Demand
 *   A employment: jobs 1000 -> 1100 -> 1210 -> 1331, dE = 100, 110, 121;
 *     zwaar = gemengd = dE * 0.02 * 0.5 = 1.0, 1.1, 1.21.
 *   B employment: 2000 -> 2200 -> 2420 -> 2662, dE = 200, 220, 242; gemengd = dE * 0.05 = 10, 11, 12.1.
 *   A transformation demand gemengd = 10 * 0.5 = 5 per year.
 *   A withdrawal (on the base-year stock; transformation does not shrink it): zwaar 100 * 1% = 1.0,
 *     gemengd 200 * 1% = 2.0 each year.
 *   CE: X_A(2028) = 300 * 0.09 * 1 * 1.5 = 40.5 -> 13.5 per year: zwaar 8.1, gemengd 5.4.
 *       X_B(2028) = 500 * 0.09 * 0.7 = 31.5 -> 10.5 per year: zwaar 6.3, gemengd 4.2.
 *       (X_A + X_B = 72 = 800 * 0.09.)
 *   Demand with reserve (x 1.1):
 *     A zwaar:   (1.0+1.0+8.1)=10.1 -> 11.11; (1.1+1+8.1)=10.2 -> 11.22; 10.31 -> 11.341
 *     A gemengd: (1+5+2+5.4)=13.4 -> 14.74; (1.1+5+2+5.4)=13.5 -> 14.85; (1.21+5+2+5.4)=13.61 -> 14.971
 *     B zwaar:   6.3 -> 6.93 each year
 *     B gemengd: 14.2 -> 15.62; 15.2 -> 16.72; 16.3 -> 17.93
 *
 * Supply
 *   A zwaar: 2026: 5. 2027: 5 + 20 * (1 - 0.5*1) = 15 (held by grid 10). 2028: relief: 25.
 *   A gemengd: zacht 40 from 2026, p_Z 0.5 (unrealised 20), grid 1 - 0.5*0.5 = 0.75 before 2028.
 *     2026: permitted 0.75*40 = 30; realisable 0.5*0.75*30 = 11.25; held grid 40*0.5*0.25 = 5;
 *           held stikstof 0.5*0.75*(40-30) = 3.75.
 *     2027: permitted 30 + 0.25*0.6*40 = 36; realisable 0.5*0.75*36 = 13.5.
 *     2028: realisable 0.5*36 = 18.
 *   B gemengd: hard 30 + intensification 500*0.03*(1/3, 2/3, 1) = 35, 40, 45.
 *
 * Confrontation (cumulative to the period end)
 *   to 2026: A zwaar 11.11 vs 5 -> saldo -6.11; A gemengd 14.74 vs 11.25 -> -3.49;
 *            B zwaar 6.93 vs 0 -> -6.93; B gemengd 15.62 vs 35 -> +19.38.
 *   to 2028: A zwaar 33.671 vs 25 -> -8.671; A gemengd 44.561 vs 18 -> -26.561;
 *            B zwaar 20.79 vs 0 -> -20.79; B gemengd 50.27 vs 45 -> -5.27.
 *   B total 2026: vraag 22.55, aanbod 35, netted saldo +12.45 (extra 0), strict extra 6.93.
 * </pre>
 */
class HandComputedCaseTest {
    private static final double EPS = 1e-9;
    private static Projection p;
    private static final int ZW = Werkmilieu.ZWAAR.ordinal();
    private static final int GM = Werkmilieu.GEMENGD.ordinal();

    @BeforeAll
    static void project() {
        DataBuilder data = new DataBuilder();
        data.region("A").jobs(Sector.INDUSTRIE, 1000).stock(Werkmilieu.ZWAAR, 100).stock(Werkmilieu.GEMENGD, 200)
                .uitgifte(12)
                .supply(Werkmilieu.ZWAAR, SupplyKind.DIRECT, 5, 2025)
                .supply(Werkmilieu.ZWAAR, SupplyKind.HARD, 20, 2027)
                .supply(Werkmilieu.GEMENGD, SupplyKind.ZACHT, 40, 2026)
                .param(InputResolver.CE_INTENSITY, 0.75)
                .param(InputResolver.GRID_SHARE, 0.5).param(InputResolver.GRID_RELIEF, 2028)
                .param(InputResolver.STIKSTOF_SHARE, 0.25).param(InputResolver.WITHDRAWAL_RATE, 0.01);
        data.region("B").jobs(Sector.LOGISTIEK, 2000).stock(Werkmilieu.GEMENGD, 500)
                .supply(Werkmilieu.GEMENGD, SupplyKind.HARD, 30, 2026)
                .param(InputResolver.CE_INTENSITY, 0.35);

        ScenarioBuilder s = new ScenarioBuilder().growthAll(0.10);
        s.tq.put(Sector.INDUSTRIE, Param.of(0.02));
        s.tq.put(Sector.LOGISTIEK, Param.of(0.05));
        s.mix.put(Sector.INDUSTRIE, new EnumMap<>(Map.of(Werkmilieu.ZWAAR, 0.5, Werkmilieu.GEMENGD, 0.5)));
        s.events.add(new TransformationEvent("A", Werkmilieu.GEMENGD, Param.of(30), 2026, 2028, Param.of(0.5),
                List.of(), Origin.BUILT_IN));
        s.ceShare = Param.of(0.09);
        s.strategyShares.put(RStrategy.SLUITEN, Param.of(0.6));
        s.strategyShares.put(RStrategy.VERTRAGEN, Param.of(0.4));
        s.strategyMap.put(RStrategy.SLUITEN, new EnumMap<>(Map.of(Werkmilieu.ZWAAR, 1.0)));
        s.reserve = Param.of(0.1);
        s.zachtRealisation = Param.of(0.5);
        s.gridWeights.put(Werkmilieu.GEMENGD, 0.5);
        s.stikstofProbability = Param.of(0.6);
        s.stikstofDelay = Param.of(1);
        s.intensification.put("B", Param.of(0.03));

        ProjectionInput in = InputResolver.resolve(s.build(), data.build(), ParamSource.central());
        p = Projector.project(in);
    }

    @Test
    void expansionDemandFollowsJobGrowth() {
        assertSeries(Measure.EXPANSION, 0, ZW, 1.0, 1.1, 1.21);
        assertSeries(Measure.EXPANSION, 0, GM, 1.0, 1.1, 1.21);
        assertSeries(Measure.EXPANSION, 1, GM, 10, 11, 12.1);
        // trend method shown beside it: 12 ha/yr split by stock shares 1/3, 2/3
        assertSeries(Measure.EXPANSION_TREND, 0, ZW, 4, 4, 4);
        assertSeries(Measure.EXPANSION_TREND, 0, GM, 8, 8, 8);
        assertEquals(6.62 / 36, p.methodRatio(0), EPS);
    }

    @Test
    void replacementDemand() {
        assertSeries(Measure.TRANSFORMATION, 0, GM, 5, 5, 5);
        assertSeries(Measure.WITHDRAWAL, 0, ZW, 1, 1, 1);
        assertSeries(Measure.WITHDRAWAL, 0, GM, 2.0, 2.0, 2.0);
        assertSeries(Measure.REPLACEMENT, 0, GM, 7.0, 7.0, 7.0);
    }

    @Test
    void circularDemandIsNormalisedAndSplit() {
        assertSeries(Measure.CIRCULAR, 0, ZW, 8.1, 8.1, 8.1);
        assertSeries(Measure.CIRCULAR, 0, GM, 5.4, 5.4, 5.4);
        assertSeries(Measure.CIRCULAR, 1, ZW, 6.3, 6.3, 6.3);
        assertSeries(Measure.CIRCULAR, 1, GM, 4.2, 4.2, 4.2);
        assertEquals(8.1, p.circular(RStrategy.SLUITEN, 0, ZW, 2027), EPS);
        assertEquals(0, p.circular(RStrategy.SLUITEN, 0, GM, 2027), EPS);
    }

    @Test
    void demandCarriesTheReserve() {
        assertSeries(Measure.DEMAND, 0, ZW, 11.11, 11.22, 11.341);
        assertSeries(Measure.DEMAND, 0, GM, 14.74, 14.85, 14.971);
        assertSeries(Measure.DEMAND, 1, ZW, 6.93, 6.93, 6.93);
        assertSeries(Measure.DEMAND, 1, GM, 15.62, 16.72, 17.93);
        assertSeries(Measure.RESERVE, 0, ZW, 1.01, 1.02, 1.031);
    }

    @Test
    void supplyUnderGridAndStikstof() {
        assertSeries(Measure.SUPPLY_REALISABLE, 0, ZW, 5, 15, 25);
        assertSeries(Measure.HELD_GRID, 0, ZW, 0, 10, 0);
        assertSeries(Measure.SUPPLY_REALISABLE, 0, GM, 11.25, 13.5, 18);
        assertSeries(Measure.ZACHT_UNREALISED, 0, GM, 20, 20, 20);
        assertEquals(5, p.value(Measure.HELD_GRID, 0, GM, 2026), EPS);
        assertEquals(3.75, p.value(Measure.HELD_STIKSTOF, 0, GM, 2026), EPS);
        assertSeries(Measure.INTENSIFICATION, 1, GM, 5, 10, 15);
        assertSeries(Measure.SUPPLY_REALISABLE, 1, GM, 35, 40, 45);
    }

    @Test
    void confrontationPerPeriodEnd() {
        Period first = new Period(2025, 2026);
        Period second = new Period(2026, 2028);
        assertConfrontation(p.confrontation(0, ZW, first), 11.11, 5, -6.11, 6.11);
        assertConfrontation(p.confrontation(0, GM, first), 14.74, 11.25, -3.49, 3.49);
        assertConfrontation(p.confrontation(1, GM, first), 15.62, 35, 19.38, 0);
        assertConfrontation(p.confrontation(0, ZW, second), 33.671, 25, -8.671, 8.671);
        assertConfrontation(p.confrontation(0, GM, second), 44.561, 18, -26.561, 26.561);
        assertConfrontation(p.confrontation(1, ZW, second), 20.79, 0, -20.79, 20.79);
        assertConfrontation(p.confrontation(1, GM, second), 50.27, 45, -5.27, 5.27);

        RegionTotal b2026 = p.regionTotal(1, first);
        assertEquals(22.55, b2026.vraag(), EPS);
        assertEquals(35, b2026.aanbod(), EPS);
        assertEquals(12.45, b2026.saldoNetted(), EPS);
        assertEquals(0, b2026.extraHaNetted(), EPS);
        assertEquals(6.93, b2026.extraHaStrict(), EPS);

        // period flows: demand arising in 2027-2028 only
        assertEquals(11.22 + 11.341, p.inPeriod(Measure.DEMAND, 0, ZW, second), EPS);
        RegionTotal nl = p.nationalTotal(second);
        assertEquals(8.671 + 26.561 + 20.79 + 5.27, nl.extraHaStrict(), EPS);
    }

    private static void assertSeries(Measure m, int r, int w, double... expected) {
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], p.value(m, r, w, 2026 + i), EPS, m + " region " + r + " werkmilieu " + w + " year " + (2026 + i));
        }
    }

    private static void assertConfrontation(Confrontation c, double vraag, double aanbod, double saldo, double extra) {
        assertEquals(vraag, c.vraag(), EPS, "vraag");
        assertEquals(aanbod, c.aanbod(), EPS, "aanbod");
        assertEquals(saldo, c.saldo(), EPS, "saldo");
        assertEquals(extra, c.extraHa(), EPS, "extra ha");
    }
}
