package nl.ruimtevraag.engine;

import java.util.ArrayList;
import java.util.List;
import nl.ruimtevraag.model.Param;
import nl.ruimtevraag.model.RegionData;
import nl.ruimtevraag.model.RegionalData;
import nl.ruimtevraag.model.RegionalParam;
import nl.ruimtevraag.model.Scenario;

/**
 * Turns a scenario, a data set and a parameter source into the numbers of a
 * {@link ProjectionInput}, through an {@link InputPlan}. Pure: the same arguments give the same input.
 */
public final class InputResolver {
    /** Names of the data set's regional parameters (data layout: region_params.csv). */
    public static final String CE_INTENSITY = Planning.CE_INTENSITY;
    public static final String GRID_SHARE = Planning.GRID_SHARE;
    public static final String GRID_RELIEF = Planning.GRID_RELIEF;
    public static final String STIKSTOF_SHARE = Planning.STIKSTOF_SHARE;
    public static final String WATER_SHARE = Planning.WATER_SHARE;
    public static final String WITHDRAWAL_RATE = Planning.WITHDRAWAL_RATE;

    private InputResolver() {
    }

    /** The regions of the data set that the scenario selects, in the data set's order. */
    public static List<RegionData> selectedRegions(Scenario scenario, RegionalData data) {
        List<RegionData> selected = new ArrayList<>();
        for (RegionData region : data.regions()) {
            if (scenario.regions().includes(region.code())) {
                selected.add(region);
            }
        }
        return selected;
    }

    /** The parameter that holds for a region: scenario first, then the data set, then the fallback. */
    public static Param regional(RegionalParam p, RegionData region, String dataParameter) {
        return Planning.regional(p, region, dataParameter);
    }

    public static ProjectionInput resolve(Scenario scenario, RegionalData data, ParamSource source) {
        return plan(scenario, data).resolve(source);
    }

    /**
     * Walks the scenario and the data set once: selects the regions and plans every section of the
     * method. A plan never changes: a run plans once and gives the same plan to its central projection
     * and its Monte Carlo.
     */
    public static InputPlan plan(Scenario scenario, RegionalData data) {
        return new InputPlan(new Planning(scenario, data, selectedRegions(scenario, data)));
    }
}
