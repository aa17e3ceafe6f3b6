package nl.ruimtevraag.engine;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.ruimtevraag.model.Figure;
import nl.ruimtevraag.model.Param;
import nl.ruimtevraag.model.Quality;
import nl.ruimtevraag.model.RegionData;
import nl.ruimtevraag.model.RegionalData;
import nl.ruimtevraag.model.RegionalParam;
import nl.ruimtevraag.model.Scenario;
import nl.ruimtevraag.model.Werkmilieu;

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

    /**
     * The regions of the data set that the scenario selects, in the data set's order; with
     * {@code supply.seaports} their seaport estates added to the zwaar stock ({@link #dataFor}).
     */
    public static List<RegionData> selectedRegions(Scenario scenario, RegionalData data) {
        return select(scenario, dataFor(scenario, data));
    }

    private static List<RegionData> select(Scenario scenario, RegionalData data) {
        List<RegionData> selected = new ArrayList<>();
        for (RegionData region : data.regions()) {
            if (scenario.regions().includes(region.code())) {
                selected.add(region);
            }
        }
        return selected;
    }

    /**
     * The data set as the scenario uses it: with {@code supply.seaports} every region's seaport estates
     * (seaports.csv) added to its zwaar stock; else the data set itself.
     */
    public static RegionalData dataFor(Scenario scenario, RegionalData data) {
        if (!scenario.supply().seaports() || data.seaports().isEmpty()) {
            return data;
        }
        List<RegionData> regions = new ArrayList<>();
        for (RegionData region : data.regions()) {
            Figure port = data.seaports().get(region.code());
            regions.add(port == null ? region : withSeaport(region, port));
        }
        return new RegionalData(data.name(), data.version(), regions, data.sources(), data.seaports());
    }

    private static String ha(double v) {
        return String.format(java.util.Locale.ROOT, "%.0f", v);
    }

    /** The region with its seaport estates added to the zwaar stock; the figure keeps both rows' provenance. */
    static RegionData withSeaport(RegionData region, Figure port) {
        Map<Werkmilieu, Figure> stock = new EnumMap<>(region.stock());
        Figure zwaar = stock.get(Werkmilieu.ZWAAR);
        Quality q = zwaar.quality().ordinal() >= port.quality().ordinal() ? zwaar.quality() : port.quality();
        stock.put(Werkmilieu.ZWAAR, new Figure(zwaar.value() + port.value(), q, zwaar.source() + ";" + port.source(),
                "stock " + ha(zwaar.value()) + " ha (" + zwaar.location() + ") + seaport estates " + ha(port.value())
                        + " ha (" + port.location() + "): " + port.note(), zwaar.location()));
        return new RegionData(region.code(), region.name(), region.landsdeel(), stock, region.jobs(), region.uitgifte(),
                region.supply(), region.params());
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
        RegionalData used = dataFor(scenario, data);
        return new InputPlan(new Planning(scenario, used, select(scenario, used)));
    }
}
