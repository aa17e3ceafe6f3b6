package nl.ruimtevraag.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import nl.ruimtevraag.model.Figure;
import nl.ruimtevraag.model.Horizon;
import nl.ruimtevraag.model.Param;
import nl.ruimtevraag.model.RampShape;
import nl.ruimtevraag.model.RegionData;
import nl.ruimtevraag.model.RegionalData;
import nl.ruimtevraag.model.RegionalParam;
import nl.ruimtevraag.model.Scenario;

/**
 * What the section plans share while InputResolver.plan builds an {@link InputPlan}: the
 * scenario, the data set, the selected regions, and the distinct parameters (by identity: a parameter
 * shared by many numbers is one entry, so one draw) with, per section, whether any is uncertain.
 */
final class Planning {
    /** Names of the data set's regional parameters (data layout: region_params.csv). */
    static final String CE_INTENSITY = "ce_intensity";
    static final String GRID_SHARE = "netcongestie_share";
    static final String GRID_RELIEF = "netcongestie_relief_year";
    static final String STIKSTOF_SHARE = "stikstof_share";
    static final String WATER_SHARE = "water_share";
    static final String WITHDRAWAL_RATE = "withdrawal_rate";

    final Scenario scenario;
    final RegionalData data;
    final Horizon horizon;
    final List<RegionData> regions;
    private final Map<String, Integer> regionIndex = new HashMap<>();
    final List<Param> params = new ArrayList<>();
    private final IdentityHashMap<Param, Integer> ids = new IdentityHashMap<>();
    /** whether a parameter registered since the last {@link #section} is uncertain */
    private boolean uncertain;

    Planning(Scenario scenario, RegionalData data, List<RegionData> regions) {
        this.scenario = scenario;
        this.data = data;
        this.horizon = scenario.horizon();
        this.regions = regions;
        for (int r = 0; r < regions.size(); r++) {
            regionIndex.putIfAbsent(regions.get(r).code(), r);
        }
    }

    int regions() {
        return regions.size();
    }

    /** The index of a selected region, or -1. */
    int region(String code) {
        return regionIndex.getOrDefault(code, -1);
    }

    /** The index of a parameter in the plan's vector. */
    int of(Param p) {
        uncertain |= p.uncertain();
        Integer id = ids.get(p);
        if (id == null) {
            id = params.size();
            ids.put(p, id);
            params.add(p);
        }
        return id;
    }

    /** Per selected region, the index of the parameter that holds for it ({@link #regional(RegionalParam, RegionData, String)}). */
    int[] regional(RegionalParam p, String dataParameter) {
        int[] out = new int[regions.size()];
        for (int r = 0; r < out.length; r++) {
            out[r] = of(regional(p, regions.get(r), dataParameter));
        }
        return out;
    }

    /** The parameter that holds for a region: scenario first, then the data set, then the fallback. */
    static Param regional(RegionalParam p, RegionData region, String dataParameter) {
        Figure figure = dataParameter == null ? null : region.params().get(dataParameter);
        return p.forRegion(region.code(), figure == null ? null : figure.asParam());
    }

    /**
     * A section planned from the parameters registered since the previous one: when none of them is
     * uncertain, its numbers are resolved here, once, at the parameters' central values.
     */
    <T> Section.Planned<T> section(Section<T> section) {
        T fixed = null;
        if (!uncertain) {
            fixed = section.resolve(central(), null);
        }
        uncertain = false;
        return new Section.Planned<>(section, fixed);
    }

    /** The ramp at the end of each projected year, reaching 1 at the horizon. */
    double[] ramp(RampShape shape, int midpointYear, double steepness) {
        return ramp(shape, midpointYear, steepness, horizon.endYear());
    }

    /** The ramp at the end of each projected year, reaching 1 in a calendar year (and 1 after). */
    double[] ramp(RampShape shape, int midpointYear, double steepness, int reachedIn) {
        Horizon h = horizon;
        double[] ramp = new double[h.years()];
        for (int y = 0; y < ramp.length; y++) {
            int year = h.baseYear() + 1 + y;
            ramp[y] = shape == RampShape.LINEAR
                    ? Formulas.rampLinear(year, h.baseYear(), reachedIn)
                    : Formulas.rampSCurve(year, h.baseYear(), reachedIn, midpointYear, steepness);
        }
        return ramp;
    }

    /** Every parameter registered so far at its central value. */
    double[] central() {
        return params.stream().mapToDouble(Param::central).toArray();
    }
}
