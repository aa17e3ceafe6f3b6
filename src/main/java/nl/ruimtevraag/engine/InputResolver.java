package nl.ruimtevraag.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.ruimtevraag.model.Circular;
import nl.ruimtevraag.model.Economy;
import nl.ruimtevraag.model.Figure;
import nl.ruimtevraag.model.GrowthRule;
import nl.ruimtevraag.model.Horizon;
import nl.ruimtevraag.model.Param;
import nl.ruimtevraag.model.RStrategy;
import nl.ruimtevraag.model.RampShape;
import nl.ruimtevraag.model.RegionData;
import nl.ruimtevraag.model.RegionalData;
import nl.ruimtevraag.model.RegionalParam;
import nl.ruimtevraag.model.Scenario;
import nl.ruimtevraag.model.Sector;
import nl.ruimtevraag.model.SupplyAddition;
import nl.ruimtevraag.model.SupplyItem;
import nl.ruimtevraag.model.SupplyKind;
import nl.ruimtevraag.model.TransformationEvent;
import nl.ruimtevraag.model.Werkmilieu;

/**
 * Turns a scenario, a data set and a parameter source into the numbers of a
 * {@link ProjectionInput}. Pure: the same arguments give the same input.
 */
public final class InputResolver {
    /** Names of the data set's regional parameters (data layout: region_params.csv). */
    public static final String CE_INTENSITY = "ce_intensity";
    public static final String GRID_SHARE = "netcongestie_share";
    public static final String GRID_RELIEF = "netcongestie_relief_year";
    public static final String STIKSTOF_SHARE = "stikstof_share";
    public static final String WATER_SHARE = "water_share";
    public static final String WITHDRAWAL_RATE = "withdrawal_rate";

    private static final int W = Werkmilieu.COUNT;
    private static final int K = Sector.COUNT;
    private static final int J = RStrategy.COUNT;

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
        Figure figure = dataParameter == null ? null : region.params().get(dataParameter);
        return p.forRegion(region.code(), figure == null ? null : figure.asParam());
    }

    public static ProjectionInput resolve(Scenario scenario, RegionalData data, ParamSource source) {
        Horizon h = scenario.horizon();
        int years = h.years();
        int base = h.baseYear();
        List<RegionData> regions = selectedRegions(scenario, data);
        int n = regions.size();
        List<String> codes = new ArrayList<>(n);
        List<String> names = new ArrayList<>(n);
        for (RegionData region : regions) {
            codes.add(region.code());
            names.add(region.name());
        }
        Economy eco = scenario.economy();
        Circular ce = scenario.circular();

        double[][] jobs0 = new double[n][K];
        double[][][] growth = new double[n][K][years];
        double[][] trendBase = new double[n][W];
        double[][] stock0 = new double[n][W];
        double[] withdrawal = new double[n];
        double[] intensificationShare = new double[n];
        double[] gridShare = new double[n];
        int[] relief = new int[n];
        double[] stikstofShare = new double[n];
        double[] waterShare = new double[n];
        int reliefDelay = (int) Math.round(source.value(scenario.constraints().netcongestie().reliefDelay()));

        for (int r = 0; r < n; r++) {
            RegionData region = regions.get(r);
            for (Sector s : Sector.values()) {
                jobs0[r][s.ordinal()] = region.jobs().get(s).value();
            }
            for (GrowthRule rule : eco.growth()) {
                double rate = source.value(rule.rate());
                for (Sector s : Sector.values()) {
                    for (int y = 0; y < years; y++) {
                        if (rule.applies(region.code(), s, base + 1 + y)) {
                            growth[r][s.ordinal()][y] = rate;
                        }
                    }
                }
            }
            double total = region.stockTotal();
            for (Werkmilieu w : Werkmilieu.values()) {
                double stock = region.stock().get(w).value();
                stock0[r][w.ordinal()] = stock;
                trendBase[r][w.ordinal()] = total == 0 ? 0 : region.uitgifte().value() * stock / total;
            }
            withdrawal[r] = source.value(regional(scenario.replacement().withdrawalRate(), region, WITHDRAWAL_RATE));
            intensificationShare[r] = source.value(regional(scenario.intensification().share(), region, null));
            gridShare[r] = source.value(regional(scenario.constraints().netcongestie().share(), region, GRID_SHARE));
            relief[r] = (int) Math.round(source.value(
                    regional(scenario.constraints().netcongestie().reliefYear(), region, GRID_RELIEF))) + reliefDelay;
            stikstofShare[r] = source.value(regional(scenario.constraints().stikstof().share(), region, STIKSTOF_SHARE));
            waterShare[r] = source.value(regional(scenario.constraints().water().share(), region, WATER_SHARE));
        }
        if (!scenario.constraints().stikstof().enabled()) {
            java.util.Arrays.fill(stikstofShare, 0);
        }

        // terreinquotient per sector and year, with its trend
        double tqTrend = source.value(eco.tqTrend());
        double[][] tq = new double[K][years];
        double[][] mix = new double[K][W];
        for (Sector s : Sector.values()) {
            double tq0 = source.value(eco.terreinquotient().get(s));
            for (int y = 0; y < years; y++) {
                tq[s.ordinal()][y] = Formulas.terreinquotient(tq0, tqTrend, y + 1);
            }
            for (Werkmilieu w : Werkmilieu.values()) {
                mix[s.ordinal()][w.ordinal()] = eco.mix().get(s).getOrDefault(w, 0.0);
            }
        }
        double[] trendMultiplier = new double[years];
        for (int y = 0; y < years; y++) {
            trendMultiplier[y] = interpolate(eco.trendMultiplier(), base + 1 + y, source);
        }

        // transformation events
        double[][][] transformed = new double[n][W][years];
        double[][][] transformationDemand = new double[n][W][years];
        for (TransformationEvent e : scenario.transformation()) {
            int r = codes.indexOf(e.region());
            if (r < 0) {
                continue; // the loader rejects events outside the selection; a subset run skips them
            }
            double hectares = source.value(e.hectares());
            double compensation = source.value(e.compensation());
            double[] weights = eventWeights(e);
            for (int year = e.fromYear(); year <= e.toYear(); year++) {
                int y = h.index(year);
                if (y < 0 || y >= years) {
                    continue;
                }
                double t = hectares * weights[year - e.fromYear()];
                transformed[r][e.werkmilieu().ordinal()][y] += t;
                transformationDemand[r][e.werkmilieu().ordinal()][y] += Formulas.transformationDemand(t, compensation);
            }
        }

        // circular economy: kappa normalised over the whole data set, not just the selection
        List<RegionData> all = data.regions();
        double[] stockAll = new double[all.size()];
        double[] kappaAll = new double[all.size()];
        for (int i = 0; i < all.size(); i++) {
            stockAll[i] = all.get(i).stockTotal();
            kappaAll[i] = source.value(regional(ce.intensity(), all.get(i), CE_INTENSITY));
        }
        double[] normalised = Formulas.normaliseIntensity(stockAll, kappaAll);
        double[] kappa = new double[n];
        for (int r = 0; r < n; r++) {
            kappa[r] = normalised[all.indexOf(regions.get(r))];
        }
        double[] ceRamp = ramp(ce.ramp(), h, ce.midpointYear(), ce.steepness());
        double[] strategyShare = new double[J];
        double[][] strategyMix = new double[J][W];
        double[] strategyFactor = new double[J];
        for (RStrategy j : RStrategy.values()) {
            strategyShare[j.ordinal()] = source.value(ce.strategyShares().get(j));
            strategyFactor[j.ordinal()] = j == RStrategy.VERKLEINEN ? source.value(ce.verkleinenFactor()) : 1;
            for (Werkmilieu w : Werkmilieu.values()) {
                strategyMix[j.ordinal()][w.ordinal()] = ce.mapping().get(j).getOrDefault(w, 0.0);
            }
        }
        double[] intensificationRamp = ramp(scenario.intensification().ramp(), h,
                scenario.intensification().midpointYear(), scenario.intensification().steepness());

        // supply: the data set's plans, less those the scenario replaces, plus its additions
        double[][][] direct = new double[n][W][years];
        double[][][] hard = new double[n][W][years];
        double[][][] zacht = new double[n][W][years];
        for (int r = 0; r < n; r++) {
            RegionData region = regions.get(r);
            for (SupplyItem item : region.supply()) {
                if (!replaced(scenario, region.code(), item.werkmilieu(), item.kind())) {
                    addSupply(direct, hard, zacht, r, item.werkmilieu(), item.kind(), item.hectares().value(),
                            item.availableYear(), h);
                }
            }
        }
        for (SupplyAddition a : scenario.supply().additions()) {
            int r = codes.indexOf(a.region());
            if (r >= 0) {
                addSupply(direct, hard, zacht, r, a.werkmilieu(), a.kind(), source.value(a.hectares()),
                        a.availableYear(), h);
            }
        }
        double[] gridWeight = new double[W];
        for (Werkmilieu w : Werkmilieu.values()) {
            gridWeight[w.ordinal()] = scenario.constraints().netcongestie().weights().getOrDefault(w, 0.0);
        }
        var stikstof = scenario.constraints().stikstof();
        var water = scenario.constraints().water();

        return new ProjectionInput(scenario.name(), h, codes, names,
                jobs0, growth, tq, mix, source.value(eco.shrinkReturn()),
                trendBase, trendMultiplier, eco.method(), eco.divergenceFactor(),
                transformed, transformationDemand, stock0, withdrawal,
                source.value(scenario.replacement().shareOfExpansion()),
                source.value(ce.extraShare()), kappa, ceRamp, strategyShare, strategyMix, strategyFactor,
                source.value(ce.doubleUseShare()), ce.doubleUseYears(),
                intensificationShare, intensificationRamp,
                direct, hard, zacht, source.value(scenario.supply().zachtRealisation()),
                gridShare, relief, gridWeight,
                stikstofShare, source.value(stikstof.permitProbability()),
                (int) Math.round(source.value(stikstof.delayYears())),
                water.enabled(), waterShare, source.value(water.permitProbability()),
                (int) Math.round(source.value(water.delayYears())),
                source.value(scenario.planningReserve()));
    }

    private static boolean replaced(Scenario scenario, String code, Werkmilieu w, SupplyKind kind) {
        for (SupplyAddition a : scenario.supply().additions()) {
            if (a.replace() && a.region().equals(code) && a.werkmilieu() == w && a.kind() == kind) {
                return true;
            }
        }
        return false;
    }

    /** Plans at or before the base year count from the first projected year; plans after the horizon drop out. */
    private static void addSupply(double[][][] direct, double[][][] hard, double[][][] zacht, int r, Werkmilieu w,
                                  SupplyKind kind, double hectares, int year, Horizon h) {
        int y = Math.max(0, h.index(year));
        if (y >= h.years()) {
            return;
        }
        double[][][] target = switch (kind) {
            case DIRECT -> direct;
            case HARD -> hard;
            case ZACHT -> zacht;
        };
        target[r][w.ordinal()][y] += hectares;
    }

    static double[] eventWeights(TransformationEvent e) {
        int span = e.toYear() - e.fromYear() + 1;
        double[] weights = new double[span];
        if (e.profile().isEmpty()) {
            java.util.Arrays.fill(weights, 1.0 / span);
            return weights;
        }
        double total = 0;
        for (double v : e.profile()) {
            total += v;
        }
        for (int i = 0; i < span; i++) {
            weights[i] = total == 0 ? 0 : e.profile().get(i) / total;
        }
        return weights;
    }

    /** The ramp at the end of each projected year. */
    public static double[] ramp(RampShape shape, Horizon h, int midpointYear, double steepness) {
        double[] ramp = new double[h.years()];
        for (int y = 0; y < ramp.length; y++) {
            int year = h.baseYear() + 1 + y;
            ramp[y] = shape == RampShape.LINEAR
                    ? Formulas.rampLinear(year, h.baseYear(), h.endYear())
                    : Formulas.rampSCurve(year, h.baseYear(), h.endYear(), midpointYear, steepness);
        }
        return ramp;
    }

    /** Linear interpolation between year points, flat beyond the first and last point. */
    static double interpolate(java.util.NavigableMap<Integer, Param> points, int year, ParamSource source) {
        Map.Entry<Integer, Param> lo = points.floorEntry(year);
        Map.Entry<Integer, Param> hi = points.ceilingEntry(year);
        if (lo == null) {
            return source.value(hi.getValue());
        }
        if (hi == null || lo.getKey().equals(hi.getKey())) {
            return source.value(lo.getValue());
        }
        double a = source.value(lo.getValue());
        double b = source.value(hi.getValue());
        double f = (double) (year - lo.getKey()) / (hi.getKey() - lo.getKey());
        return a + (b - a) * f;
    }
}
