package nl.ruimtevraag.uncertainty;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.ruimtevraag.model.Circular;
import nl.ruimtevraag.model.CircularFraming;
import nl.ruimtevraag.model.CircularProfile;
import nl.ruimtevraag.model.Economy;
import nl.ruimtevraag.model.Netcongestie;
import nl.ruimtevraag.model.Param;
import nl.ruimtevraag.model.PermitConstraint;
import nl.ruimtevraag.model.RStrategy;
import nl.ruimtevraag.model.RegionalParam;
import nl.ruimtevraag.model.Scenario;
import nl.ruimtevraag.model.Sector;

/**
 * Gives every parameter of a scenario a stable path by a fixed walk of its records, in the order
 * of the scenario format (docs/scenario-format.md): economy, circular (its regional profiles last),
 * transformation, replacement, intensification, supply, constraints, planning reserve. Maps are walked in key order (sectors and
 * strategy groups in enum order, regions and years sorted), lists by index, so the same scenario
 * always gives the same paths. A parameter object reached by several paths (one growth rule for all
 * regions, a group of regions sharing one value) keeps the first path: it is one parameter, one draw.
 */
public final class ParameterPaths {
    private final List<UncertainParameter> all = new ArrayList<>();
    private final IdentityHashMap<Param, Boolean> seen = new IdentityHashMap<>();

    private ParameterPaths() {
    }

    /** Every distinct parameter of the scenario, points included, with its path. */
    public static List<UncertainParameter> all(Scenario s) {
        ParameterPaths w = new ParameterPaths();
        w.walk(s);
        return List.copyOf(w.all);
    }

    /** The parameters that carry uncertainty (a distribution of non-zero width). */
    public static List<UncertainParameter> uncertain(Scenario s) {
        List<UncertainParameter> out = new ArrayList<>();
        for (UncertainParameter p : all(s)) {
            if (p.param().uncertain()) {
                out.add(p);
            }
        }
        return List.copyOf(out);
    }

    private void walk(Scenario s) {
        Economy eco = s.economy();
        for (int i = 0; i < eco.growth().size(); i++) {
            add("economy.growth[" + i + "]", eco.growth().get(i).rate());
        }
        for (Sector k : Sector.values()) {
            add("economy.terreinquotient." + k.code(), eco.terreinquotient().get(k));
        }
        add("economy.terreinquotient_trend", eco.tqTrend());
        add("economy.shrink_return", eco.shrinkReturn());
        for (Map.Entry<Integer, Param> e : eco.trendMultiplier().entrySet()) {
            add("economy.trend.multiplier." + e.getKey(), e.getValue());
        }

        Circular ce = s.circular();
        // only the framing's own parameters: the other framing's do not act, and would show a zero swing
        if (ce.framing().kind() == CircularFraming.Kind.SHARE_OF_DEMAND) {
            for (Map.Entry<Integer, Param> e : ce.framing().demandShare().entrySet()) {
                add("circular.demand_share." + e.getKey(), e.getValue());
            }
        } else {
            add("circular.extra_share", ce.extraShare());
        }
        add("circular.embedded_share", ce.framing().embeddedShare());
        regional("circular.intensity", ce.intensity());
        for (RStrategy j : RStrategy.values()) {
            add("circular.strategy_shares." + j.code(), ce.strategyShares().get(j));
        }
        add("circular.verkleinen_factor", ce.verkleinenFactor());
        add("circular.double_use.share", ce.doubleUseShare());
        for (Map.Entry<String, CircularProfile> e : new TreeMap<>(ce.profiles()).entrySet()) {
            if (e.getValue().strategyShares() != null) {
                for (RStrategy j : RStrategy.values()) {
                    add("circular.profiles." + e.getKey() + ".strategy_shares." + j.code(), e.getValue().strategyShares().get(j));
                }
            }
        }

        for (int i = 0; i < s.transformation().size(); i++) {
            add("transformation[" + i + "].hectares", s.transformation().get(i).hectares());
            add("transformation[" + i + "].compensation", s.transformation().get(i).compensation());
        }
        regional("replacement.withdrawal_rate", s.replacement().withdrawalRate());
        add("replacement.share_of_expansion", s.replacement().shareOfExpansion());
        // only the figure the basis reads (the engine ignores the other)
        if (s.intensification().basis() == nl.ruimtevraag.model.IntensificationBasis.HECTARES) {
            regional("intensification.hectares", s.intensification().hectares());
        } else {
            regional("intensification.share", s.intensification().share());
        }
        for (int i = 0; i < s.supply().additions().size(); i++) {
            add("supply.additions[" + i + "].hectares", s.supply().additions().get(i).hectares());
        }
        add("supply.zacht_realisation", s.supply().zachtRealisation());

        Netcongestie grid = s.constraints().netcongestie();
        regional("constraints.netcongestie.share", grid.share());
        regional("constraints.netcongestie.relief_year", grid.reliefYear());
        add("constraints.netcongestie.relief_delay", grid.reliefDelay());
        add("constraints.netcongestie.direct_share", grid.directShare());
        permit("constraints.stikstof", s.constraints().stikstof());
        permit("constraints.water", s.constraints().water());
        add("planning_reserve", s.planningReserve());
    }

    private void permit(String prefix, PermitConstraint c) {
        regional(prefix + ".share", c.share());
        add(prefix + ".hard_share", c.hardShare());
        add(prefix + ".permit_probability", c.permitProbability());
        add(prefix + ".delay_years", c.delayYears());
    }

    private void regional(String prefix, RegionalParam p) {
        if (p.defaultValue() != null) {
            add(prefix + ".default", p.defaultValue());
        }
        for (Map.Entry<String, Param> e : new TreeMap<>(p.regions()).entrySet()) {
            add(prefix + ".regions." + e.getKey(), e.getValue());
        }
        add(prefix + ".fallback", p.fallback());
    }

    private void add(String path, Param p) {
        if (p != null && seen.put(p, Boolean.TRUE) == null) {
            all.add(new UncertainParameter(path, p));
        }
    }
}
