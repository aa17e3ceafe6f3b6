package nl.ruimtevraag.uncertainty;

import java.util.List;
import nl.ruimtevraag.DataBuilder;
import nl.ruimtevraag.ScenarioBuilder;
import nl.ruimtevraag.engine.InputResolver;
import nl.ruimtevraag.model.GrowthRule;
import nl.ruimtevraag.model.Origin;
import nl.ruimtevraag.model.Param;
import nl.ruimtevraag.model.Period;
import nl.ruimtevraag.model.RegionalData;
import nl.ruimtevraag.model.Sector;
import nl.ruimtevraag.model.SupplyKind;
import nl.ruimtevraag.model.Werkmilieu;

/** Small scenarios and data sets with uncertain parameters, for the uncertainty tests. */
final class Cases {
    private Cases() {
    }

    /** Three regions with jobs, stock, supply and constraints, 2025-2050 in three periods. */
    static RegionalData data() {
        DataBuilder d = new DataBuilder();
        String[] codes = {"A", "B", "C"};
        for (int i = 0; i < codes.length; i++) {
            DataBuilder.RegionSpec r = d.region(codes[i]);
            for (Sector s : Sector.values()) {
                r.jobs(s, 2000 + 1500 * i + 300 * s.ordinal());
            }
            for (Werkmilieu w : Werkmilieu.values()) {
                r.stock(w, 40 + 30 * i + 10 * w.ordinal());
                r.supply(w, SupplyKind.HARD, 5 + 3 * w.ordinal(), 2027 + i);
                r.supply(w, SupplyKind.ZACHT, 12 + 2 * i, 2032);
            }
            r.uitgifte(8 + 4 * i);
            r.param(InputResolver.GRID_SHARE, 0.3 + 0.2 * i).param(InputResolver.GRID_RELIEF, 2030 + i)
                    .param(InputResolver.STIKSTOF_SHARE, 0.2 * i).param(InputResolver.CE_INTENSITY, 0.8 + 0.2 * i);
        }
        return d.build();
    }

    static ScenarioBuilder base() {
        ScenarioBuilder s = new ScenarioBuilder();
        s.endYear = 2050;
        s.periods = new java.util.ArrayList<>(List.of(new Period(2025, 2030), new Period(2030, 2040), new Period(2040, 2050)));
        s.ceShare = Param.of(0.10);
        s.zachtRealisation = Param.of(0.6);
        s.stikstofProbability = Param.of(0.5);
        s.stikstofDelay = Param.of(3);
        return s;
    }

    /** The base case with distributions on growth, TQ, CE share, p_Z, permits, relief delay and reserve. */
    static ScenarioBuilder uncertain() {
        ScenarioBuilder s = base();
        s.growth.add(new GrowthRule(null, null, 2026, 2050, new Param.Triangular(-0.005, 0.008, 0.02, Origin.BUILT_IN),
                Origin.BUILT_IN));
        s.tq.put(Sector.LOGISTIEK, new Param.Pert(0.04, 0.06, 0.09, Origin.BUILT_IN));
        s.ceShare = new Param.Triangular(0.06, 0.10, 0.15, Origin.BUILT_IN);
        s.zachtRealisation = new Param.Uniform(0.4, 0.9, Origin.BUILT_IN);
        s.stikstofProbability = new Param.Uniform(0.3, 0.8, Origin.BUILT_IN);
        s.stikstofDelay = new Param.Triangular(2, 3, 5, Origin.BUILT_IN);
        s.reliefDelay = new Param.Triangular(0, 0, 3, Origin.BUILT_IN);
        s.reserve = new Param.Normal(0.1, 0.05, 0, 0.3, Origin.BUILT_IN);
        return s;
    }

    static MonteCarloSettings settings(int draws, int threads) {
        return new MonteCarloSettings(draws, 20251, List.of(10.0, 50.0, 90.0), threads);
    }
}
