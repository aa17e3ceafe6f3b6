package nl.ruimtevraag.uncertainty;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import nl.ruimtevraag.engine.Formulas;
import nl.ruimtevraag.engine.InputPlan;
import nl.ruimtevraag.engine.InputResolver;
import nl.ruimtevraag.engine.ParamSource;
import nl.ruimtevraag.engine.PeriodEndResult;
import nl.ruimtevraag.engine.Projector;
import nl.ruimtevraag.engine.RegionTotal;
import nl.ruimtevraag.model.RegionData;
import nl.ruimtevraag.model.RegionalData;
import nl.ruimtevraag.model.Scenario;

/**
 * Computes a {@link Comparison}: every scenario on the same data set, deterministic (every parameter
 * central), and under Monte Carlo with one seed for all. The sampler keys each parameter's stream by
 * its path, so with one seed two scenarios get the same draw for every parameter they share (common
 * random numbers); the differences are taken draw by draw and their percentiles selected from those
 * per-draw differences, so a difference band shows the scenario change rather than sampling noise.
 * The draws are those of {@code run --draws}: the same per-draw loop ({@link MonteCarloRunner#eachDraw}),
 * keeping each region's strict extra hectares per draw in double.
 */
public final class ScenarioComparison {
    /** The percentiles of the Monte Carlo bands (P10, P50, P90). */
    public static final List<Double> PERCENTILES = MonteCarloSettings.DEFAULT_PERCENTILES;

    private ScenarioComparison() {
    }

    /**
     * @param files the scenario arguments as given (shown in the workbook)
     * @param pair zero-based {i, j} or null
     * @param draws 0 for a deterministic comparison
     * @param threads threads for the draws; the result does not depend on it
     */
    public static Comparison compute(List<Scenario> scenarios, List<String> files, RegionalData data, int[] pair, int draws,
                                     long seed, int threads) {
        int n = scenarios.size();
        List<List<String>> selected = new ArrayList<>();
        for (Scenario s : scenarios) {
            List<String> codes = new ArrayList<>();
            for (RegionData r : InputResolver.selectedRegions(s, data)) {
                codes.add(r.code());
            }
            selected.add(codes);
        }
        List<String> union = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<String> common = new ArrayList<>();
        for (RegionData r : data.regions()) {
            boolean any = false;
            boolean all = true;
            for (List<String> codes : selected) {
                boolean has = codes.contains(r.code());
                any |= has;
                all &= has;
            }
            if (any) {
                union.add(r.code());
                names.add(r.name());
            }
            if (all) {
                common.add(r.code());
            }
        }
        TreeSet<Integer> endSet = new TreeSet<>();
        List<InputPlan> plans = new ArrayList<>();
        for (Scenario s : scenarios) {
            InputPlan plan = InputResolver.plan(s, data);
            plans.add(plan);
            PeriodEndResult shape = new PeriodEndResult(plan.horizon(), plan.regions());
            for (int p = 0; p < shape.periods(); p++) {
                endSet.add(shape.endYear(p));
            }
        }
        List<Integer> ends = new ArrayList<>(endSet);
        int rows = union.size() + 1;
        int total = union.size();

        // per scenario: its region index -> row, its period index -> column
        int[][] rowOf = new int[n][];
        int[][] colOf = new int[n][];
        double[][][][] values = new double[n][rows][ends.size()][TotalOutput.values().length];
        for (int s = 0; s < n; s++) {
            for (double[][] row : values[s]) {
                for (double[] cell : row) {
                    Arrays.fill(cell, Double.NaN);
                }
            }
            InputPlan plan = plans.get(s);
            PeriodEndResult central = new PeriodEndResult(plan.horizon(), plan.regions());
            Projector.projectPeriodEnds(plan.resolve(ParamSource.central()), central, new Projector.Workspace());
            rowOf[s] = new int[plan.regions()];
            for (int r = 0; r < plan.regions(); r++) {
                rowOf[s][r] = union.indexOf(plan.regionCodes().get(r));
            }
            colOf[s] = new int[central.periods()];
            for (int p = 0; p < central.periods(); p++) {
                colOf[s][p] = ends.indexOf(central.endYear(p));
            }
            for (int p = 0; p < central.periods(); p++) {
                List<RegionTotal> commonTotals = new ArrayList<>();
                for (int r = 0; r < plan.regions(); r++) {
                    RegionTotal t = central.regionTotal(r, p);
                    values[s][rowOf[s][r]][colOf[s][p]] = TotalOutput.all(t);
                    if (common.contains(plan.regionCodes().get(r))) {
                        commonTotals.add(t);
                    }
                }
                if (!common.isEmpty()) {
                    values[s][total][colOf[s][p]] = TotalOutput.all(
                            Formulas.sumOfRegions(commonTotals.toArray(new RegionTotal[0])));
                }
            }
        }
        List<Comparison.Entry> entries = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (Scenario s : scenarios) {
            seen.merge(s.name(), 1, Integer::sum);
        }
        Map<String, Integer> count = new HashMap<>();
        for (int s = 0; s < n; s++) {
            Scenario sc = scenarios.get(s);
            int k = count.merge(sc.name(), 1, Integer::sum);
            String label = seen.get(sc.name()) > 1 ? sc.name() + " (" + k + ")" : sc.name();
            entries.add(new Comparison.Entry(label, sc.name(), files.get(s), sc.sha256(), sc.description(), selected.get(s)));
        }

        Comparison.Bands bands = null;
        if (draws > 0) {
            bands = bands(scenarios, plans, new Layout(rowOf, colOf, common, rows, ends.size()), pair, draws, seed, threads);
        }
        return new Comparison(entries, union, names, common, common.size() == data.regions().size(), ends, values, pair, bands);
    }

    /**
     * Where each scenario's values go in the comparison table: its region index to a row, its
     * period index to a column (per scenario); the regions all scenarios have; the table's size.
     */
    private record Layout(int[][] rowOf, int[][] colOf, List<String> common, int rows, int periods) {
    }

    /**
     * Runs every scenario's draws and keeps the strict extra hectares per row, period end and draw;
     * then the percentiles of each scenario's values and of the per-draw differences.
     */
    private static Comparison.Bands bands(List<Scenario> scenarios, List<InputPlan> plans, Layout layout, int[] pair,
                                          int draws, long seed, int threads) {
        int n = scenarios.size();
        int rows = layout.rows();
        int periods = layout.periods();
        // [scenario][row][period] -> per-draw values, null where the scenario has no value
        double[][][][] perDraw = new double[n][rows][periods][];
        for (int s = 0; s < n; s++) {
            perDraw[s] = draws(scenarios.get(s), plans.get(s), layout.rowOf()[s], layout.colOf()[s], layout.common(), rows,
                    periods, draws, seed, threads);
        }
        int[] ranks = OrderStatistics.ranks(PERCENTILES, draws);
        int q = PERCENTILES.size();
        double[][][][] extra = new double[n][rows][periods][];
        double[][][][] diff = new double[n][rows][periods][];
        double[][][] pairDiff = pair == null ? null : new double[rows][periods][];
        double[] scratch = new double[draws];
        for (int s = 0; s < n; s++) {
            for (int r = 0; r < rows; r++) {
                for (int p = 0; p < periods; p++) {
                    extra[s][r][p] = percentiles(perDraw[s][r][p], ranks, q);
                    diff[s][r][p] = s == 0 ? null : differencePercentiles(perDraw[s][r][p], perDraw[0][r][p], ranks, q, scratch);
                }
            }
        }
        if (pair != null) {
            for (int r = 0; r < rows; r++) {
                for (int p = 0; p < periods; p++) {
                    pairDiff[r][p] = differencePercentiles(perDraw[pair[1]][r][p], perDraw[pair[0]][r][p], ranks, q, scratch);
                }
            }
        }
        return new Comparison.Bands(draws, seed, PERCENTILES, extra, diff, pairDiff);
    }

    /** Percentiles of the per-draw values; null when the scenario has none there. */
    private static double[] percentiles(double[] a, int[] ranks, int q) {
        if (a == null) {
            return null;
        }
        double[] out = new double[q];
        OrderStatistics.select(a, a.length, ranks, out);
        return out;
    }

    /** Percentiles of the per-draw differences a - b (draw i of a minus draw i of b); null when either is missing. */
    private static double[] differencePercentiles(double[] a, double[] b, int[] ranks, int q, double[] scratch) {
        if (a == null || b == null) {
            return null;
        }
        for (int i = 0; i < a.length; i++) {
            scratch[i] = a[i] - b[i];
        }
        return percentiles(scratch, ranks, q);
    }

    /** One scenario's strict extra hectares per row, period end and draw. */
    private static double[][][] draws(Scenario scenario, InputPlan plan, int[] rowOf, int[] colOf, List<String> common,
                                      int rows, int periods, int n, long seed, int threads) {
        ParameterDraws parameterDraws = new ParameterDraws(scenario, plan, seed);
        double[][][] out = new double[rows][periods][];
        int total = rows - 1;
        boolean[] inCommon = new boolean[plan.regions()];
        for (int r = 0; r < plan.regions(); r++) {
            inCommon[r] = common.contains(plan.regionCodes().get(r));
            for (int c : colOf) {
                out[rowOf[r]][c] = new double[n];
            }
        }
        if (!common.isEmpty()) {
            for (int c : colOf) {
                out[total][c] = new double[n];
            }
        }
        MonteCarloRunner.eachDraw(plan, n, threads, (values, i) -> parameterDraws.fill(i, values), () -> (i, result) -> {
            for (int p = 0; p < colOf.length; p++) {
                double sum = 0;
                for (int r = 0; r < plan.regions(); r++) {
                    double x = result.regionTotal(r, p).extraHaStrict();
                    out[rowOf[r]][colOf[p]][i] = x;
                    if (inCommon[r]) {
                        sum += x;
                    }
                }
                if (out[total][colOf[p]] != null) {
                    out[total][colOf[p]][i] = sum;
                }
            }
        }, ProgressListener.NONE);
        return out;
    }
}
