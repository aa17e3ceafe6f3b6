package nl.ruimtevraag.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.ruimtevraag.model.GrowthRule;
import nl.ruimtevraag.model.Param;
import nl.ruimtevraag.model.Period;
import nl.ruimtevraag.model.RegionData;
import nl.ruimtevraag.model.RegionalData;
import nl.ruimtevraag.model.Scenario;
import nl.ruimtevraag.model.SupplyItem;
import nl.ruimtevraag.model.TransformationEvent;
import nl.ruimtevraag.model.Werkmilieu;

/**
 * Plausibility warnings: results and inputs that are allowed but deserve a second look. Not errors:
 * the run goes on. A pure function of the scenario, the data set and the central projection; every
 * warning names its kind, its numbers and where it was set when it was set somewhere (a scenario line or a
 * data set row). No text in any language: report.PlausibilityText words them.
 */
public final class Plausibility {
    /** demand up to the horizon above this share of the region's stock is implausible */
    public static final double DEMAND_SHARE_OF_STOCK = 0.5;
    /** supply counted more than this many years before the base year is stale */
    public static final int STALE_YEARS = 5;
    /** transformation above this share of a region's werkmilieu stock nearly empties it */
    public static final double TRANSFORMATION_SHARE_OF_STOCK = 0.8;

    public enum Kind { DEMAND_SHARE_OF_STOCK, RELIEF_ON_PERIOD_END, STALE_SUPPLY, TRANSFORMATION_NEAR_STOCK }

    /**
     * @param region the region code
     * @param werkmilieu the werkmilieu's code (TRANSFORMATION_NEAR_STOCK), else ""
     * @param location "file:line:column" of the scenario line or "file:line" of the data set row, "" when built in
     * @param numbers the kind's figures: DEMAND_SHARE_OF_STOCK first year, last year, demand, stock;
     *        RELIEF_ON_PERIOD_END relief year, period start, period end; STALE_SUPPLY count year, base year,
     *        counted ha, uitgifte deducted, ha left; TRANSFORMATION_NEAR_STOCK hectares, stock
     */
    public record Warning(Kind kind, String region, String werkmilieu, String location, List<Double> numbers) {
        public Warning {
            numbers = List.copyOf(numbers);
        }
    }

    private Plausibility() {
    }

    public static List<Warning> check(Scenario s, RegionalData data, Projection p) {
        List<RegionData> regions = InputResolver.selectedRegions(s, data);
        List<Warning> out = new ArrayList<>();
        demand(s, regions, p, out);
        relief(s, regions, p, out);
        staleSupply(regions, p.horizon().baseYear(), out);
        transformation(s, regions, out);
        return out;
    }

    private static void demand(Scenario s, List<RegionData> regions, Projection p, List<Warning> out) {
        int end = p.horizon().endYear();
        for (RegionData region : regions) {
            int r = p.regionIndex(region.code());
            if (r < 0) {
                continue;
            }
            double demand = 0;
            for (Werkmilieu w : Werkmilieu.values()) {
                demand += p.upTo(Measure.DEMAND, r, w.ordinal(), end);
            }
            double stock = region.stockTotal();
            if (stock <= 0 || demand <= DEMAND_SHARE_OF_STOCK * stock) {
                continue;
            }
            out.add(new Warning(Kind.DEMAND_SHARE_OF_STOCK, region.code(), "", growthLocation(s, region.code()),
                    List.of((double) p.horizon().baseYear() + 1, (double) end, demand, stock)));
        }
    }

    /** The scenario line of the growth rule that reaches the region (the last one written wins), else "". */
    private static String growthLocation(Scenario s, String region) {
        String where = "";
        for (GrowthRule rule : s.economy().growth()) {
            if (rule.region() == null || rule.region().equals(region)) {
                String at = rule.rate().origin().location().isEmpty() ? rule.origin().location() : rule.rate().origin().location();
                where = at.isEmpty() ? where : at;
            }
        }
        return where;
    }

    private static void relief(Scenario s, List<RegionData> regions, Projection p, List<Warning> out) {
        int[] relief = p.input().constraints().grid().reliefYear();
        for (RegionData region : regions) {
            int r = p.regionIndex(region.code());
            if (r < 0 || p.input().constraints().grid().share()[r] <= 0) {
                continue;
            }
            for (Period period : p.periods()) {
                if (relief[r] == period.end() && period.end() < p.horizon().endYear()) {
                    Param y = InputResolver.regional(s.constraints().netcongestie().reliefYear(), region, InputResolver.GRID_RELIEF);
                    out.add(new Warning(Kind.RELIEF_ON_PERIOD_END, region.code(), "", y.origin().location(),
                            List.of((double) relief[r], (double) period.start(), (double) period.end())));
                }
            }
        }
    }

    private static void staleSupply(List<RegionData> regions, int baseYear, List<Warning> out) {
        for (RegionData region : regions) {
            // one warning per region and year of count: the first row names the place
            Map<Integer, double[]> byYear = new LinkedHashMap<>();
            Map<Integer, String> where = new LinkedHashMap<>();
            for (SupplyItem item : region.supply()) {
                if (item.figureYear() > 0 && baseYear - item.figureYear() > STALE_YEARS && item.figureHectares() > 0) {
                    double[] sum = byYear.computeIfAbsent(item.figureYear(), y -> new double[3]);
                    sum[0] += item.figureHectares();
                    sum[1] += item.deductedHectares();
                    sum[2] += item.hectares().value();
                    where.putIfAbsent(item.figureYear(), item.hectares().location());
                }
            }
            for (Map.Entry<Integer, double[]> e : byYear.entrySet()) {
                int year = e.getKey();
                double[] v = e.getValue();
                out.add(new Warning(Kind.STALE_SUPPLY, region.code(), "", where.get(year),
                        List.of((double) year, (double) baseYear, v[0], v[1], v[2])));
            }
        }
    }

    private static void transformation(Scenario s, List<RegionData> regions, List<Warning> out) {
        Map<String, RegionData> byCode = new LinkedHashMap<>();
        for (RegionData region : regions) {
            byCode.put(region.code(), region);
        }
        Map<String, Double> taken = new LinkedHashMap<>();
        Map<String, TransformationEvent> last = new LinkedHashMap<>();
        for (TransformationEvent e : s.transformation()) {
            if (byCode.containsKey(e.region())) {
                String key = e.region() + " " + e.werkmilieu().code();
                taken.merge(key, e.hectares().central(), Double::sum);
                last.put(key, e);
            }
        }
        for (Map.Entry<String, Double> t : taken.entrySet()) {
            TransformationEvent e = last.get(t.getKey());
            double stock = byCode.get(e.region()).stock().get(e.werkmilieu()).value();
            if (stock > 0 && t.getValue() > TRANSFORMATION_SHARE_OF_STOCK * stock) {
                out.add(new Warning(Kind.TRANSFORMATION_NEAR_STOCK, e.region(), e.werkmilieu().code(), e.origin().location(),
                        List.of(t.getValue(), stock)));
            }
        }
    }
}
