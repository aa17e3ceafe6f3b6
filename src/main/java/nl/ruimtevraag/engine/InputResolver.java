package nl.ruimtevraag.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
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
        return plan(scenario, data).resolve(source);
    }

    /**
     * Walks the scenario and the data set once: selects the regions, builds every array that no
     * parameter changes, and records for every other number which parameter it comes from. A plan
     * never changes: a run plans once and gives the same plan to its central projection and its Monte
     * Carlo.
     */
    public static InputPlan plan(Scenario scenario, RegionalData data) {
        Horizon h = scenario.horizon();
        int years = h.years();
        int base = h.baseYear();
        List<RegionData> regions = selectedRegions(scenario, data);
        int n = regions.size();
        List<String> codes = new ArrayList<>(n);
        List<String> names = new ArrayList<>(n);
        Map<String, Integer> codeIndex = new HashMap<>(2 * n);
        for (RegionData region : regions) {
            codeIndex.putIfAbsent(region.code(), codes.size());
            codes.add(region.code());
            names.add(region.name());
        }
        Economy eco = scenario.economy();
        Circular ce = scenario.circular();
        ParamIndex index = new ParamIndex();

        double[][] jobs0 = new double[n][K];
        int[] ruleParam = new int[eco.growth().size()];
        for (int i = 0; i < ruleParam.length; i++) {
            ruleParam[i] = index.of(eco.growth().get(i).rate());
        }
        int[][][] ruleAt = new int[n][K][years];
        Map<RuleSequence, Integer> patternIds = new HashMap<>();
        List<int[]> patterns = new ArrayList<>();
        int[][] patternOf = new int[n][K];
        double[][] trendBase = new double[n][W];
        double[][] stock0 = new double[n][W];
        int[] withdrawal = new int[n];
        int[] intensificationShare = new int[n];
        int[] gridShare = new int[n];
        int[] relief = new int[n];
        int[] stikstofShare = new int[n];
        int[] waterShare = new int[n];
        var netcongestie = scenario.constraints().netcongestie();
        for (int r = 0; r < n; r++) {
            RegionData region = regions.get(r);
            for (Sector s : Sector.values()) {
                jobs0[r][s.ordinal()] = region.jobs().get(s).value();
                java.util.Arrays.fill(ruleAt[r][s.ordinal()], -1);
            }
            for (int i = 0; i < ruleParam.length; i++) {
                GrowthRule rule = eco.growth().get(i);
                // the rule holds in the years fromYear..toYear, i.e. at year indices fromYear - base - 1 ..
                int first = (int) Math.max(0, (long) rule.fromYear() - base - 1);
                int last = (int) Math.min(years - 1L, (long) rule.toYear() - base - 1);
                for (Sector s : Sector.values()) {
                    if (first <= last && rule.appliesTo(region.code(), s)) {
                        java.util.Arrays.fill(ruleAt[r][s.ordinal()], first, last + 1, i);
                    }
                }
            }
            for (int k = 0; k < K; k++) {
                int[] seq = ruleAt[r][k];
                RuleSequence key = new RuleSequence(seq);
                Integer id = patternIds.get(key);
                if (id == null) {
                    id = patterns.size();
                    patternIds.put(key, id);
                    patterns.add(seq);
                }
                patternOf[r][k] = id;
            }
            double total = region.stockTotal();
            for (Werkmilieu w : Werkmilieu.values()) {
                double stock = region.stock().get(w).value();
                stock0[r][w.ordinal()] = stock;
                trendBase[r][w.ordinal()] = total == 0 ? 0 : region.uitgifte().value() * stock / total;
            }
            withdrawal[r] = index.of(regional(scenario.replacement().withdrawalRate(), region, WITHDRAWAL_RATE));
            intensificationShare[r] = index.of(regional(scenario.intensification().share(), region, null));
            gridShare[r] = index.of(regional(netcongestie.share(), region, GRID_SHARE));
            relief[r] = index.of(regional(netcongestie.reliefYear(), region, GRID_RELIEF));
            stikstofShare[r] = index.of(regional(scenario.constraints().stikstof().share(), region, STIKSTOF_SHARE));
            waterShare[r] = index.of(regional(scenario.constraints().water().share(), region, WATER_SHARE));
        }

        int[] tqParam = new int[K];
        double[][] mix = new double[K][W];
        for (Sector s : Sector.values()) {
            tqParam[s.ordinal()] = index.of(eco.terreinquotient().get(s));
            for (Werkmilieu w : Werkmilieu.values()) {
                mix[s.ordinal()][w.ordinal()] = eco.mix().get(s).getOrDefault(w, 0.0);
            }
        }
        int[] trendYears = new int[eco.trendMultiplier().size()];
        int[] trendParam = new int[trendYears.length];
        int t = 0;
        for (Map.Entry<Integer, Param> e : eco.trendMultiplier().entrySet()) {
            trendYears[t] = e.getKey();
            trendParam[t++] = index.of(e.getValue());
        }

        List<InputPlan.PlannedEvent> events = new ArrayList<>();
        boolean[][] eventRows = new boolean[n][W];
        for (TransformationEvent e : scenario.transformation()) {
            int r = codeIndex.getOrDefault(e.region(), -1);
            if (r < 0) {
                continue; // the loader rejects events outside the selection; a subset run skips them
            }
            events.add(new InputPlan.PlannedEvent(r, e.werkmilieu().ordinal(), index.of(e.hectares()),
                    index.of(e.compensation()), h.index(e.fromYear()), eventWeights(e)));
            eventRows[r][e.werkmilieu().ordinal()] = true;
        }

        // circular economy: kappa normalised over the whole data set, not just the selection
        List<RegionData> all = data.regions();
        double[] stockAll = new double[all.size()];
        int[] kappaAll = new int[all.size()];
        for (int i = 0; i < all.size(); i++) {
            stockAll[i] = all.get(i).stockTotal();
            kappaAll[i] = index.of(regional(ce.intensity(), all.get(i), CE_INTENSITY));
        }
        // the selected regions are the data set's own objects: found by identity, not by record equals
        Map<RegionData, Integer> positionInAll = new IdentityHashMap<>(2 * all.size());
        for (int i = 0; i < all.size(); i++) {
            positionInAll.putIfAbsent(all.get(i), i);
        }
        int[] selectedInAll = new int[n];
        for (int r = 0; r < n; r++) {
            selectedInAll[r] = positionInAll.get(regions.get(r));
        }
        int[] strategyShare = new int[J];
        double[][] strategyMix = new double[J][W];
        for (RStrategy j : RStrategy.values()) {
            strategyShare[j.ordinal()] = index.of(ce.strategyShares().get(j));
            for (Werkmilieu w : Werkmilieu.values()) {
                strategyMix[j.ordinal()][w.ordinal()] = ce.mapping().get(j).getOrDefault(w, 0.0);
            }
        }

        // supply: the data set's plans, less those the scenario replaces; the additions per draw
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
        List<InputPlan.PlannedAddition> additions = new ArrayList<>();
        for (SupplyAddition a : scenario.supply().additions()) {
            int r = codeIndex.getOrDefault(a.region(), -1);
            int y = Math.max(0, h.index(a.availableYear()));
            if (r >= 0 && y < years) {
                additions.add(new InputPlan.PlannedAddition(r, a.werkmilieu().ordinal(), a.kind(),
                        index.of(a.hectares()), y));
            }
        }
        double[] gridWeight = new double[W];
        for (Werkmilieu w : Werkmilieu.values()) {
            gridWeight[w.ordinal()] = netcongestie.weights().getOrDefault(w, 0.0);
        }
        var stikstof = scenario.constraints().stikstof();
        var water = scenario.constraints().water();
        var intensification = scenario.intensification();

        return new InputPlan(scenario.name(), h, codes, names, index.params,
                jobs0, ruleParam, patterns.toArray(new int[0][]), patternOf, tqParam, index.of(eco.tqTrend()), mix, index.of(eco.shrinkReturn()),
                trendBase, trendYears, trendParam, eco.method(), eco.divergenceFactor(),
                events, eventRows, stock0, withdrawal, index.of(scenario.replacement().shareOfExpansion()),
                index.of(ce.extraShare()), stockAll, kappaAll, selectedInAll,
                ramp(ce.ramp(), h, ce.midpointYear(), ce.steepness()), strategyShare, strategyMix,
                index.of(ce.verkleinenFactor()), RStrategy.VERKLEINEN.ordinal(), index.of(ce.doubleUseShare()),
                ce.doubleUseYears(), intensificationShare,
                ramp(intensification.ramp(), h, intensification.midpointYear(), intensification.steepness()),
                direct, hard, zacht, additions, index.of(scenario.supply().zachtRealisation()),
                gridShare, relief, index.of(netcongestie.reliefDelay()), gridWeight,
                stikstof.enabled(), stikstofShare, index.of(stikstof.permitProbability()),
                index.of(stikstof.delayYears()), water.enabled(), waterShare, index.of(water.permitProbability()),
                index.of(water.delayYears()), index.of(scenario.planningReserve()));
    }

    /**
     * The numbers of one projection: the plan with every parameter at its value in {@code v}
     * (ordered as {@link InputPlan#params()}). Arrays that no parameter changes are the plan's;
     * the others are the buffer's, refilled only when a parameter they depend on changed.
     */
    static ProjectionInput resolve(InputPlan p, double[] v, InputPlan.Buffer buf) {
        return resolve(p, v, buf, 0, p.regionList.size());
    }

    /**
     * As {@link #resolve(InputPlan, double[], InputPlan.Buffer)}, with the transformation events of
     * the regions {@code from..to-1} only: the transformed and transformation-demand rows of other
     * regions hold whatever an earlier resolve left there. For a projection of those regions alone
     * (a Monte Carlo block of regions), which then gets exactly the numbers of a whole resolve.
     */
    static ProjectionInput resolve(InputPlan p, double[] v, InputPlan.Buffer buf, int from, int to) {
        if (v.length != p.params.size()) {
            throw new IllegalArgumentException("expected " + p.params.size() + " parameter values, got " + v.length);
        }
        p.regionList.requireRange(from, to);
        if (buf.plan == null) {
            buf.plan = p;
        } else if (buf.plan != p) {
            // its arrays are sized and its remembered values indexed for that plan
            throw new IllegalArgumentException("buffer belongs to another plan; use one buffer per plan");
        }
        buf.from = from;
        buf.to = to;
        try {
            for (Step step : STEPS) {
                step.refill(p, v, buf);
            }
        } catch (RuntimeException | Error e) {
            // some groups hold the new values, others the old: refill every group next time
            buf.lastValues = null;
            buf.eventsTo = -1;
            throw e;
        }
        buf.remember(v);
        boolean added = !p.additions.isEmpty();

        return new ProjectionInput(p.scenarioName, p.horizon, p.regionList,
                p.jobs0, buf.growth, buf.tq, p.mix, v[p.shrinkParam],
                p.trendBase, buf.trendMultiplier, p.method, p.divergenceFactor,
                buf.transformed, buf.transformationDemand, p.stock0, buf.withdrawal, v[p.replacementShareParam],
                v[p.ceShareParam], buf.kappa, p.ceRamp, buf.strategyShare, p.strategyMix, buf.strategyFactor,
                v[p.doubleUseShareParam], p.doubleUseYears,
                buf.intensificationShare, p.intensificationRamp,
                added ? buf.direct : p.baseDirect, added ? buf.hard : p.baseHard, added ? buf.zacht : p.baseZacht,
                v[p.zachtParam], added ? buf.directToDate : p.baseDirectToDate,
                added ? buf.hardToDate : p.baseHardToDate, added ? buf.zachtToDate : p.baseZachtToDate, p.eventRows,
                buf.gridShare, buf.relief, p.gridWeight,
                buf.stikstofShare, v[p.stikstofProbabilityParam], (int) Math.round(v[p.stikstofDelayParam]),
                p.waterEnabled, buf.waterShare, v[p.waterProbabilityParam], (int) Math.round(v[p.waterDelayParam]),
                v[p.reserveParam], from, to);
    }

    /**
     * The groups of numbers {@link #resolve(InputPlan, double[], InputPlan.Buffer)} refills, in order;
     * the groups that check their parameters skip the refill when none changed since the buffer's last
     * resolve. Each group is a small method of its own, called through {@link Step}: a call with many
     * receivers is not inlined, so the JIT compiles every group's loops on its own and resolve stays
     * small. Called directly, the groups were inlined into resolve, whose compilation then took the C2
     * compiler thread 0.28 s of its 1.2 s during a 10,000-draw Monte Carlo (docs/performance.md); one
     * method of them all took a second.
     */
    private static final Step[] STEPS = {
        InputResolver::growth,
        (p, v, buf) -> {
            if (buf.withdrawal == null) {
                allocate(p, buf);
            }
        },
        (p, v, buf) -> {
            if (buf.changed(v, p.regionalParams)) {
                regional(p, v, buf);
            }
        },
        InputResolver::terreinquotient,
        (p, v, buf) -> {
            if (buf.changed(v, p.trendParams)) {
                trendMultiplier(p, v, buf);
            }
        },
        InputResolver::events,
        InputResolver::circular,
        (p, v, buf) -> {
            if (!p.additions.isEmpty()) {
                supplyAdditions(p, v, buf);
            }
        },
    };

    /** One group of {@link #STEPS}. */
    @FunctionalInterface
    private interface Step {
        void refill(InputPlan p, double[] v, InputPlan.Buffer buf);
    }

    /** Growth: one row per distinct rule sequence, shared by the regions and sectors it holds for. */
    private static void growth(InputPlan p, double[] v, InputPlan.Buffer buf) {
        int years = p.horizon.years();
        int n = p.regionList.size();
        if (buf.growth == null) {
            buf.growthRows = new double[p.growthPatterns.length][years];
            buf.growth = new double[n][K][];
            for (int r = 0; r < n; r++) {
                for (int k = 0; k < K; k++) {
                    buf.growth[r][k] = buf.growthRows[p.growthPatternOf[r][k]];
                }
            }
        }
        if (buf.changed(v, p.growthRuleParam)) {
            for (int i = 0; i < p.growthPatterns.length; i++) {
                int[] rules = p.growthPatterns[i];
                double[] g = buf.growthRows[i];
                for (int y = 0; y < years; y++) {
                    int rule = rules[y];
                    g[y] = rule < 0 ? 0 : v[p.growthRuleParam[rule]];
                }
            }
        }
    }

    /** The buffer's arrays, on its first resolve. */
    private static void allocate(InputPlan p, InputPlan.Buffer buf) {
        int years = p.horizon.years();
        int n = p.regionList.size();
        buf.withdrawal = new double[n];
        buf.intensificationShare = new double[n];
        buf.gridShare = new double[n];
        buf.relief = new int[n];
        buf.stikstofShare = new double[n];
        buf.waterShare = new double[n];
        buf.tq = new double[K][years];
        buf.trendMultiplier = new double[years];
        buf.kappaAll = new double[p.kappaParamAll.length];
        buf.kappa = new double[n];
        buf.strategyShare = new double[J];
        buf.strategyFactor = new double[J];
    }

    /** The regional parameters of every selected region. */
    private static void regional(InputPlan p, double[] v, InputPlan.Buffer buf) {
        int n = p.regionList.size();
        double[] withdrawal = buf.withdrawal;
        double[] intensificationShare = buf.intensificationShare;
        double[] gridShare = buf.gridShare;
        int[] relief = buf.relief;
        double[] stikstofShare = buf.stikstofShare;
        double[] waterShare = buf.waterShare;
        int reliefDelay = (int) Math.round(v[p.reliefDelayParam]);
        for (int r = 0; r < n; r++) {
            withdrawal[r] = v[p.withdrawalParam[r]];
            intensificationShare[r] = v[p.intensificationParam[r]];
            gridShare[r] = v[p.gridShareParam[r]];
            relief[r] = (int) Math.round(v[p.reliefParam[r]]) + reliefDelay;
            stikstofShare[r] = p.stikstofEnabled ? v[p.stikstofShareParam[r]] : 0;
            waterShare[r] = v[p.waterShareParam[r]];
        }
    }

    /** Terreinquotient per sector and year, with its trend. */
    private static void terreinquotient(InputPlan p, double[] v, InputPlan.Buffer buf) {
        int years = p.horizon.years();
        double tqTrend = v[p.tqTrendParam];
        if (buf.tqTrendFactor == null || Double.doubleToRawLongBits(tqTrend) != Double.doubleToRawLongBits(buf.tqTrend)) {
            buf.tqTrendFactor = new double[years];
            for (int y = 0; y < years; y++) {
                buf.tqTrendFactor[y] = Formulas.terreinquotientTrend(tqTrend, y + 1);
            }
            buf.tqTrend = tqTrend;
        }
        double[][] tq = buf.tq;
        for (int k = 0; k < K; k++) {
            double tq0 = v[p.tqParam[k]];
            for (int y = 0; y < years; y++) {
                tq[k][y] = Formulas.terreinquotient(tq0, buf.tqTrendFactor[y]);
            }
        }
    }

    /** The trend method's multiplier f(t) per year, between the scenario's year points. */
    private static void trendMultiplier(InputPlan p, double[] v, InputPlan.Buffer buf) {
        Horizon h = p.horizon;
        int years = h.years();
        double[] trendMultiplier = buf.trendMultiplier;
        for (int y = 0; y < years; y++) {
            trendMultiplier[y] = interpolate(p.trendPointYears, p.trendPointParam, h.baseYear() + 1 + y, v);
        }
    }

    /**
     * Transformation events of the buffer's region range, when their parameters or the range changed
     * since the rows were last filled.
     */
    private static void events(InputPlan p, double[] v, InputPlan.Buffer buf) {
        int years = p.horizon.years();
        int n = p.regionList.size();
        int from = buf.from;
        int to = buf.to;
        int first = p.eventStart[from];
        int end = p.eventStart[to];
        if (buf.transformed == null || from != buf.eventsFrom || to != buf.eventsTo
                || buf.changed(v, p.eventParams, 2 * first, 2 * end)) {
            if (buf.transformed == null) {
                buf.transformed = new double[n][W][years];
                buf.transformationDemand = new double[n][W][years];
            }
            for (int r = from; r < to; r++) {
                for (int w = 0; w < W; w++) {
                    if (p.eventRows[r][w]) {
                        java.util.Arrays.fill(buf.transformed[r][w], 0);
                        java.util.Arrays.fill(buf.transformationDemand[r][w], 0);
                    }
                }
            }
            buf.eventsFrom = from;
            buf.eventsTo = to;
            for (int k = first; k < end; k++) {
                InputPlan.PlannedEvent e = p.events[k];
                double hectares = v[e.hectaresParam()];
                double compensation = v[e.compensationParam()];
                double[] transformed = buf.transformed[e.region()][e.werkmilieu()];
                double[] demand = buf.transformationDemand[e.region()][e.werkmilieu()];
                double[] weights = e.weights();
                for (int i = 0; i < weights.length; i++) {
                    int y = e.fromYearIndex() + i;
                    if (y < 0 || y >= years) {
                        continue;
                    }
                    double tr = hectares * weights[i];
                    transformed[y] += tr;
                    demand[y] += Formulas.transformationDemand(tr, compensation);
                }
            }
        }
    }

    /** Circular economy: normalised intensities (when their parameters changed) and the strategy shares. */
    private static void circular(InputPlan p, double[] v, InputPlan.Buffer buf) {
        int n = p.regionList.size();
        double[] kappa = buf.kappa;
        if (buf.changed(v, p.kappaRanges)) {
            double[] kappaAll = buf.kappaAll;
            for (int i = 0; i < kappaAll.length; i++) {
                kappaAll[i] = v[p.kappaParamAll[i]];
            }
            double[] normalised = Formulas.normaliseIntensity(p.stockAll, kappaAll);
            for (int r = 0; r < n; r++) {
                kappa[r] = normalised[p.selectedInAll[r]];
            }
        }
        double[] strategyShare = buf.strategyShare;
        double[] strategyFactor = buf.strategyFactor;
        for (int j = 0; j < J; j++) {
            strategyShare[j] = v[p.strategyShareParam[j]];
            strategyFactor[j] = j == p.verkleinenIndex ? v[p.verkleinenParam] : 1;
        }
    }

    /** The scenario's supply additions on top of the plan's base arrays, in the buffer's copies. */
    private static void supplyAdditions(InputPlan p, double[] v, InputPlan.Buffer buf) {
        if (buf.direct == null) {
            buf.direct = InputPlan.Buffer.copy(p.baseDirect);
            buf.hard = InputPlan.Buffer.copy(p.baseHard);
            buf.zacht = InputPlan.Buffer.copy(p.baseZacht);
            buf.directToDate = InputPlan.Buffer.copy(p.baseDirectToDate);
            buf.hardToDate = InputPlan.Buffer.copy(p.baseHardToDate);
            buf.zachtToDate = InputPlan.Buffer.copy(p.baseZachtToDate);
        } else {
            for (InputPlan.PlannedAddition a : p.additions) {
                restore(buf, p, a.region(), a.werkmilieu());
            }
        }
        for (InputPlan.PlannedAddition a : p.additions) {
            double[][][] target = switch (a.kind()) {
                case DIRECT -> buf.direct;
                case HARD -> buf.hard;
                case ZACHT -> buf.zacht;
            };
            target[a.region()][a.werkmilieu()][a.yearIndex()] += v[a.hectaresParam()];
        }
        for (InputPlan.PlannedAddition a : p.additions) {
            int r = a.region();
            int w = a.werkmilieu();
            runningSum(buf.direct[r][w], buf.directToDate[r][w]);
            runningSum(buf.hard[r][w], buf.hardToDate[r][w]);
            runningSum(buf.zacht[r][w], buf.zachtToDate[r][w]);
        }
    }

    /** The running sums of each [r][w] row: supply available by the end of each year. */
    static double[][][] toDate(double[][][] perYear) {
        double[][][] out = new double[perYear.length][][];
        for (int r = 0; r < perYear.length; r++) {
            out[r] = new double[perYear[r].length][];
            for (int w = 0; w < perYear[r].length; w++) {
                out[r][w] = new double[perYear[r][w].length];
                runningSum(perYear[r][w], out[r][w]);
            }
        }
        return out;
    }

    private static void runningSum(double[] perYear, double[] toDate) {
        double sum = 0;
        for (int y = 0; y < perYear.length; y++) {
            sum += perYear[y];
            toDate[y] = sum;
        }
    }

    private static void restore(InputPlan.Buffer buf, InputPlan p, int r, int w) {
        System.arraycopy(p.baseDirect[r][w], 0, buf.direct[r][w], 0, buf.direct[r][w].length);
        System.arraycopy(p.baseHard[r][w], 0, buf.hard[r][w], 0, buf.hard[r][w].length);
        System.arraycopy(p.baseZacht[r][w], 0, buf.zacht[r][w], 0, buf.zacht[r][w].length);
    }

    /** A region and sector's rule per projected year, compared by content: one growth row per distinct sequence. */
    private static final class RuleSequence {
        private final int[] rules;
        private final int hash;

        RuleSequence(int[] rules) {
            this.rules = rules;
            this.hash = java.util.Arrays.hashCode(rules);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof RuleSequence other && java.util.Arrays.equals(rules, other.rules);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    /** Distinct parameters by identity, in the order first met. */
    private static final class ParamIndex {
        final List<Param> params = new ArrayList<>();
        private final java.util.IdentityHashMap<Param, Integer> ids = new java.util.IdentityHashMap<>();

        int of(Param p) {
            Integer id = ids.get(p);
            if (id == null) {
                id = params.size();
                ids.put(p, id);
                params.add(p);
            }
            return id;
        }
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

    /** Linear interpolation between year points (ascending), flat beyond the first and last point. */
    static double interpolate(int[] years, int[] params, int year, double[] v) {
        int hi = 0;
        while (hi < years.length && years[hi] < year) {
            hi++;
        }
        if (hi < years.length && years[hi] == year) {
            return v[params[hi]];
        }
        if (hi == 0) {
            return v[params[0]];
        }
        if (hi == years.length) {
            return v[params[years.length - 1]];
        }
        int lo = hi - 1;
        double a = v[params[lo]];
        double b = v[params[hi]];
        double f = (double) (year - years[lo]) / (years[hi] - years[lo]);
        return a + (b - a) * f;
    }
}
