package nl.ruimtevraag.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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
 * warning names its cause, with both texts (Dutch and English), and where it was set when it was set
 * somewhere (a scenario line or a data set row).
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
     * @param location "file:line:column" of the scenario line or "file:line" of the data set row, "" when built in
     */
    public record Warning(Kind kind, String region, String location, String nl, String en) {
        public String text(boolean english) {
            return english ? en : nl;
        }
    }

    private static final Locale NL = Locale.forLanguageTag("nl-NL");

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
            String base = p.horizon().baseYear() + 1 + "-" + end;
            out.add(new Warning(Kind.DEMAND_SHARE_OF_STOCK, region.code(), growthLocation(s, region.code()),
                    String.format(NL, "%s: de vraag %s (%,.0f ha) is %.0f%% van de voorraad (%,.0f ha), meer dan %.0f%%;"
                            + " controleer groei, terreinquotiënten en circulaire vraag", region.code(), base, demand,
                            100 * demand / stock, stock, 100 * DEMAND_SHARE_OF_STOCK),
                    String.format(Locale.UK, "%s: demand %s (%,.0f ha) is %.0f%% of the stock (%,.0f ha), more than %.0f%%;"
                            + " check growth, terreinquotienten and circular demand", region.code(), base, demand,
                            100 * demand / stock, stock, 100 * DEMAND_SHARE_OF_STOCK)));
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
                    out.add(new Warning(Kind.RELIEF_ON_PERIOD_END, region.code(), y.origin().location(),
                            region.code() + ": netcongestie houdt op in " + relief[r] + ", precies het eind van periode "
                                    + period.label() + "; een jaar later of eerder verandert de uitkomst van die periode",
                            region.code() + ": grid congestion is relieved in " + relief[r] + ", exactly the end of period "
                                    + period.label() + "; a year later or earlier changes that period's result"));
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
                boolean clamped = v[1] > 0 && v[2] <= 1e-9;
                out.add(new Warning(Kind.STALE_SUPPLY, region.code(), where.get(year),
                        String.format(NL, "%s: aanbod van %,.0f ha rust op een telling uit %d, %d jaar voor het basisjaar %d; %s",
                                region.code(), v[0], year, baseYear - year, baseYear, clamped
                                        ? "de uitgifte sindsdien is groter, dus het aanbod staat op 0"
                                        : String.format(NL, "na aftrek van %,.0f ha uitgifte blijft %,.0f ha; gebruik een recentere telling", v[1], v[2])),
                        String.format(Locale.UK, "%s: supply of %,.0f ha rests on a count of %d, %d years before the base year %d; %s",
                                region.code(), v[0], year, baseYear - year, baseYear, clamped
                                        ? "the uitgifte since is larger, so the supply is 0"
                                        : String.format(Locale.UK, "%,.0f ha remain after %,.0f ha of uitgifte; use a more recent count", v[2], v[1]))));
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
                out.add(new Warning(Kind.TRANSFORMATION_NEAR_STOCK, e.region(), e.origin().location(),
                        String.format(NL, "%s: transformatie van %,.0f ha is %.0f%% van de voorraad (%,.0f ha), meer dan %.0f%%;"
                                + " er blijft bijna niets van dit werkmilieu over", t.getKey(), t.getValue(),
                                100 * t.getValue() / stock, stock, 100 * TRANSFORMATION_SHARE_OF_STOCK),
                        String.format(Locale.UK, "%s: transformation of %,.0f ha is %.0f%% of the stock (%,.0f ha), more than %.0f%%;"
                                + " hardly any of this werkmilieu is left", t.getKey(), t.getValue(),
                                100 * t.getValue() / stock, stock, 100 * TRANSFORMATION_SHARE_OF_STOCK)));
            }
        }
    }
}
