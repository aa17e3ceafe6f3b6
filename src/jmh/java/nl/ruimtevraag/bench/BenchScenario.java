package nl.ruimtevraag.bench;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.ruimtevraag.ScenarioBuilder;
import nl.ruimtevraag.model.DemandMethod;
import nl.ruimtevraag.model.GrowthRule;
import nl.ruimtevraag.model.Origin;
import nl.ruimtevraag.model.Param;
import nl.ruimtevraag.model.Period;
import nl.ruimtevraag.model.RStrategy;
import nl.ruimtevraag.model.RegionalData;
import nl.ruimtevraag.model.Scenario;
import nl.ruimtevraag.model.Sector;
import nl.ruimtevraag.model.TransformationEvent;
import nl.ruimtevraag.model.Werkmilieu;

/**
 * The benchmark scenario (the twin of bench/numpy_twin.py and of
 * scenarios/bench/gemeenten.yaml): basis's mix and CE mapping, 2025-2050 in three periods, and the
 * twin's 15 uncertain parameters: job growth per sector, TQ per sector, CE share, compensation,
 * p_Z, stikstof probability and delay, planning reserve. Transformation events in every third region.
 */
final class BenchScenario {
    private static final Origin O = Origin.BUILT_IN;

    private BenchScenario() {
    }

    static Scenario build(RegionalData data) {
        ScenarioBuilder s = new ScenarioBuilder();
        s.name = "bench-gemeenten";
        s.endYear = 2050;
        s.periods = new ArrayList<>(List.of(new Period(2025, 2030), new Period(2030, 2040), new Period(2040, 2050)));
        s.method = DemandMethod.MEAN;
        double[] tq = {0.033, 0.022, 0.033, 0.066, 0.0132};
        for (Sector k : Sector.values()) {
            s.growth.add(new GrowthRule(null, k, 2026, 2050, new Param.Triangular(-0.005, 0.008, 0.02, O), O));
            double t = tq[k.ordinal()];
            s.tq.put(k, new Param.Triangular(t * 2 / 3, t, t * 1.5, O));
        }
        s.mix.put(Sector.INDUSTRIE, row(0.35, 0.55, 0.05, 0.05, 0));
        s.mix.put(Sector.BOUW, row(0.05, 0.65, 0, 0, 0.30));
        s.mix.put(Sector.GROOTHANDEL, row(0, 0.50, 0.40, 0, 0.10));
        s.mix.put(Sector.LOGISTIEK, row(0, 0.15, 0.85, 0, 0));
        s.mix.put(Sector.OVERIG, row(0, 0.40, 0, 0.30, 0.30));
        s.ceShare = new Param.Triangular(0.06, 0.10, 0.15, O);
        s.strategyShares.put(RStrategy.SLUITEN, Param.of(0.5));
        s.strategyShares.put(RStrategy.VERTRAGEN, Param.of(0.35));
        s.strategyShares.put(RStrategy.VERKLEINEN, Param.of(0.15));
        s.strategyMap.put(RStrategy.SLUITEN, row(0.7, 0.2, 0.1, 0, 0));
        s.strategyMap.put(RStrategy.VERTRAGEN, row(0.1, 0.5, 0.3, 0.1, 0));
        s.strategyMap.put(RStrategy.VERKLEINEN, row(0, 0.2, 0, 0.5, 0.3));
        Param compensation = new Param.Triangular(0.3, 0.5, 1.0, O);
        List<String> codes = data.codes();
        for (int r = 0; r < codes.size(); r += 3) {
            s.events.add(new TransformationEvent(codes.get(r), Werkmilieu.GEMENGD, Param.of(2 + (r % 19)), 2027, 2033,
                    compensation, List.of(), O));
        }
        s.zachtRealisation = new Param.Uniform(0.4, 0.9, O);
        s.gridWeights.putAll(Map.of(Werkmilieu.ZWAAR, 1.0, Werkmilieu.GEMENGD, 0.5, Werkmilieu.LOGISTIEK, 1.0,
                Werkmilieu.HOOGWAARDIG, 0.3, Werkmilieu.STEDELIJK, 0.2));
        s.reliefYear.clear();
        s.stikstofProbability = new Param.Uniform(0.3, 0.8, O);
        s.stikstofDelay = new Param.Triangular(2, 3, 5, O);
        s.reserve = new Param.Triangular(0, 0.1, 0.3, O);
        return s.build();
    }

    private static Map<Werkmilieu, Double> row(double... shares) {
        Map<Werkmilieu, Double> m = new EnumMap<>(Werkmilieu.class);
        for (Werkmilieu w : Werkmilieu.values()) {
            m.put(w, shares[w.ordinal()]);
        }
        return m;
    }
}
