package nl.ruimtevraag.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.ruimtevraag.model.DemandMethod;
import nl.ruimtevraag.model.Economy;
import nl.ruimtevraag.model.GrowthRule;
import nl.ruimtevraag.model.Horizon;
import nl.ruimtevraag.model.Param;
import nl.ruimtevraag.model.RegionData;
import nl.ruimtevraag.model.Sector;
import nl.ruimtevraag.model.TqBasis;
import nl.ruimtevraag.model.Werkmilieu;

/** Section 1, uitbreidingsvraag: jobs, growth, terreinquotient, mix and the trend method. */
final class ExpansionPlan implements Section<ProjectionInput.Expansion> {
    private static final int K = Sector.COUNT;
    private static final int W = Werkmilieu.COUNT;

    private final Horizon horizon;
    private final double[][] jobs0;
    /** [r] base-year stock; null for national terreinquotienten */
    private final double[] stockTotal;
    /** per growth rule: index of its rate */
    private final int[] ruleParam;
    /** per growth pattern (a yearly rule sequence) and year: the rule that holds, or -1 (rate 0) */
    private final int[][] patterns;
    private final int[][] patternOf;
    private final int[] tqParam;
    private final int tqTrendParam;
    private final double[][] mix;
    private final int shrinkParam;
    private final double[][] trendBase;
    private final int[] trendYears;
    private final int[] trendParam;
    private final DemandMethod method;
    private final double divergenceFactor;

    ExpansionPlan(Planning p) {
        horizon = p.horizon;
        Economy eco = p.scenario.economy();
        int n = p.regions();
        int years = horizon.years();
        ruleParam = new int[eco.growth().size()];
        for (int i = 0; i < ruleParam.length; i++) {
            ruleParam[i] = p.of(eco.growth().get(i).rate());
        }
        jobs0 = new double[n][K];
        trendBase = new double[n][W];
        patternOf = new int[n][K];
        Map<List<Integer>, Integer> patternIds = new HashMap<>();
        List<int[]> patternList = new ArrayList<>();
        stockTotal = eco.tqBasis() == TqBasis.REGIONAL ? new double[n] : null;
        for (int r = 0; r < n; r++) {
            RegionData region = p.regions.get(r);
            for (Sector s : Sector.values()) {
                int k = s.ordinal();
                jobs0[r][k] = region.jobs().get(s).value();
                int[] rules = new int[years];
                Arrays.fill(rules, -1);
                for (int i = 0; i < ruleParam.length; i++) {
                    GrowthRule rule = eco.growth().get(i);
                    // the rule holds in the years fromYear..toYear, i.e. at year indices fromYear - base - 1 ..
                    int first = (int) Math.max(0, (long) rule.fromYear() - horizon.baseYear() - 1);
                    int last = (int) Math.min(years - 1L, (long) rule.toYear() - horizon.baseYear() - 1);
                    if (first <= last && rule.appliesTo(region.code(), s)) {
                        Arrays.fill(rules, first, last + 1, i);
                    }
                }
                List<Integer> key = new ArrayList<>(years);
                Arrays.stream(rules).forEach(key::add);
                Integer id = patternIds.get(key);
                if (id == null) {
                    id = patternList.size();
                    patternIds.put(key, id);
                    patternList.add(rules);
                }
                patternOf[r][k] = id;
            }
            double total = region.stockTotal();
            if (stockTotal != null) {
                stockTotal[r] = total;
            }
            for (Werkmilieu w : Werkmilieu.values()) {
                trendBase[r][w.ordinal()] = total == 0 ? 0 : region.uitgifte().value() * region.stock().get(w).value() / total;
            }
        }
        patterns = patternList.toArray(new int[0][]);
        tqParam = new int[K];
        mix = new double[K][W];
        for (Sector s : Sector.values()) {
            tqParam[s.ordinal()] = p.of(eco.terreinquotient().get(s));
            for (Werkmilieu w : Werkmilieu.values()) {
                mix[s.ordinal()][w.ordinal()] = eco.mix().get(s).getOrDefault(w, 0.0);
            }
        }
        tqTrendParam = p.of(eco.tqTrend());
        shrinkParam = p.of(eco.shrinkReturn());
        trendYears = new int[eco.trendMultiplier().size()];
        trendParam = new int[trendYears.length];
        int t = 0;
        for (Map.Entry<Integer, Param> e : eco.trendMultiplier().entrySet()) {
            trendYears[t] = e.getKey();
            trendParam[t++] = p.of(e.getValue());
        }
        method = eco.method();
        divergenceFactor = eco.divergenceFactor();
    }

    @Override
    public ProjectionInput.Expansion resolve(double[] v, ProjectionInput.Expansion reuse) {
        int years = horizon.years();
        double[][] growth = reuse != null ? reuse.growth() : new double[patterns.length][years];
        double[][] tq = reuse != null ? reuse.tq() : new double[jobs0.length][K];
        double[] tqFactor = reuse != null ? reuse.tqFactor() : new double[years];
        double[] multiplier = reuse != null ? reuse.trendMultiplier() : new double[years];
        for (int i = 0; i < patterns.length; i++) {
            for (int y = 0; y < years; y++) {
                int rule = patterns[i][y];
                growth[i][y] = rule < 0 ? 0 : v[ruleParam[rule]];
            }
        }
        double[] national = new double[K];
        for (int k = 0; k < K; k++) {
            national[k] = v[tqParam[k]];
        }
        for (int r = 0; r < jobs0.length; r++) {
            double scale = stockTotal == null ? 1 : Formulas.regionalScale(stockTotal[r], jobs0[r], national);
            for (int k = 0; k < K; k++) {
                tq[r][k] = Formulas.terreinquotient(national[k], scale, 1);
            }
        }
        double[] points = new double[trendParam.length];
        for (int i = 0; i < points.length; i++) {
            points[i] = v[trendParam[i]];
        }
        for (int y = 0; y < years; y++) {
            tqFactor[y] = Formulas.terreinquotientTrend(v[tqTrendParam], y + 1);
            multiplier[y] = Formulas.pathValue(trendYears, points, horizon.baseYear() + 1 + y);
        }
        return new ProjectionInput.Expansion(jobs0, growth, patternOf, tq, tqFactor, mix, v[shrinkParam],
                trendBase, multiplier, method, divergenceFactor);
    }
}
