package nl.ruimtevraag.engine;

import java.util.Arrays;
import java.util.List;
import nl.ruimtevraag.model.DemandMethod;
import nl.ruimtevraag.model.Horizon;
import nl.ruimtevraag.model.Param;
import nl.ruimtevraag.model.SupplyKind;

/**
 * A scenario and a data set resolved once into structure, built by {@link InputResolver#plan}: the
 * selected regions, every draw-independent array, and for every number that comes from a
 * {@link Param} the index of that parameter in {@link #params()}. {@link InputResolver#resolve(InputPlan,
 * double[], Buffer)} turns one vector of parameter values into a {@link ProjectionInput}; a Monte Carlo
 * run plans once and resolves per draw without walking the scenario again.
 *
 * <p>Fields are package-private: only {@link InputResolver} reads them. Arrays are never changed after
 * the plan is built, so one plan serves every thread.
 */
public final class InputPlan {
    final String scenarioName;
    final Horizon horizon;
    final RegionList regionList;
    /** distinct parameters by identity: a parameter shared by many slots is one entry, so one draw */
    final List<Param> params;

    final double[][] jobs0;
    /** per growth rule: index of its rate in params */
    final int[] growthRuleParam;
    /** distinct yearly rule sequences: per pattern and year the index of the rule that holds, or -1 (rate 0) */
    final int[][] growthPatterns;
    /** [r][k]: the pattern of a region and sector; regions under the same rules share one growth row */
    final int[][] growthPatternOf;
    final int[] tqParam;
    final int tqTrendParam;
    final double[][] mix;
    final int shrinkParam;
    final double[][] trendBase;
    final int[] trendPointYears;
    final int[] trendPointParam;
    final DemandMethod method;
    final double divergenceFactor;

    /**
     * The events by region (scenario order within a region, so a row's sums keep their order): the
     * events of regions {@code from..to-1} are {@code events[eventStart[from] .. eventStart[to]-1]}
     */
    final PlannedEvent[] events;
    final int[] eventStart;
    /** the hectares and compensation parameter of every event, in {@link #events} order */
    final int[] eventParams;
    /** [r][w]: whether any event touches the row (rows to clear before events are re-applied) */
    final boolean[][] eventRows;
    final double[][] stock0;
    final int[] withdrawalParam;
    final int replacementShareParam;

    final int ceShareParam;
    final double[] stockAll;
    final int[] kappaParamAll;
    /** the same as runs, for the check whether any changed */
    final ParamRanges kappaRanges;
    final int[] selectedInAll;
    final double[] ceRamp;
    final int[] strategyShareParam;
    final double[][] strategyMix;
    final int verkleinenParam;
    final int verkleinenIndex;
    final int doubleUseShareParam;
    final int doubleUseYears;

    final int[] intensificationParam;
    final double[] intensificationRamp;

    final double[][][] baseDirect;
    final double[][][] baseHard;
    final double[][][] baseZacht;
    final double[][][] baseDirectToDate;
    final double[][][] baseHardToDate;
    final double[][][] baseZachtToDate;
    final List<PlannedAddition> additions;
    final int zachtParam;

    final int[] gridShareParam;
    final int[] reliefParam;
    final int reliefDelayParam;
    final double[] gridWeight;
    final boolean stikstofEnabled;
    final int[] stikstofShareParam;
    final int stikstofProbabilityParam;
    final int stikstofDelayParam;
    final boolean waterEnabled;
    final int[] waterShareParam;
    final int waterProbabilityParam;
    final int waterDelayParam;
    final int reserveParam;
    /** every parameter the regional vectors (withdrawal, intensification, grid, relief, stikstof, water) read */
    final ParamRanges regionalParams;
    /** every parameter the trend multiplier reads */
    final int[] trendParams;

    /** A transformation event inside the selection and horizon, with its yearly weights. */
    record PlannedEvent(int region, int werkmilieu, int hectaresParam, int compensationParam, int fromYearIndex,
                        double[] weights) {
    }

    /** A scenario supply addition inside the selection and horizon. */
    record PlannedAddition(int region, int werkmilieu, SupplyKind kind, int hectaresParam, int yearIndex) {
    }

    InputPlan(String scenarioName, Horizon horizon, List<String> codes, List<String> names, List<Param> params,
              double[][] jobs0, int[] growthRuleParam, int[][] growthPatterns, int[][] growthPatternOf,
              int[] tqParam, int tqTrendParam,
              double[][] mix, int shrinkParam, double[][] trendBase, int[] trendPointYears, int[] trendPointParam,
              DemandMethod method, double divergenceFactor, List<PlannedEvent> events, boolean[][] eventRows,
              double[][] stock0, int[] withdrawalParam, int replacementShareParam, int ceShareParam,
              double[] stockAll, int[] kappaParamAll, int[] selectedInAll, double[] ceRamp,
              int[] strategyShareParam, double[][] strategyMix, int verkleinenParam, int verkleinenIndex,
              int doubleUseShareParam, int doubleUseYears, int[] intensificationParam,
              double[] intensificationRamp, double[][][] baseDirect, double[][][] baseHard,
              double[][][] baseZacht, List<PlannedAddition> additions, int zachtParam, int[] gridShareParam,
              int[] reliefParam, int reliefDelayParam, double[] gridWeight, boolean stikstofEnabled,
              int[] stikstofShareParam, int stikstofProbabilityParam, int stikstofDelayParam,
              boolean waterEnabled, int[] waterShareParam, int waterProbabilityParam, int waterDelayParam,
              int reserveParam) {
        this.scenarioName = scenarioName;
        this.horizon = horizon;
        this.regionList = new RegionList(codes, names);
        this.params = List.copyOf(params);
        this.jobs0 = jobs0;
        this.growthRuleParam = growthRuleParam;
        this.growthPatterns = growthPatterns;
        this.growthPatternOf = growthPatternOf;
        this.tqParam = tqParam;
        this.tqTrendParam = tqTrendParam;
        this.mix = mix;
        this.shrinkParam = shrinkParam;
        this.trendBase = trendBase;
        this.trendPointYears = trendPointYears;
        this.trendPointParam = trendPointParam;
        this.method = method;
        this.divergenceFactor = divergenceFactor;
        this.events = events.stream().sorted(java.util.Comparator.comparingInt(PlannedEvent::region)) // stable
                .toArray(PlannedEvent[]::new);
        this.eventStart = new int[regionList.size() + 1];
        for (PlannedEvent e : this.events) {
            eventStart[e.region() + 1]++;
        }
        for (int r = 0; r < regionList.size(); r++) {
            eventStart[r + 1] += eventStart[r];
        }
        this.eventParams = new int[2 * this.events.length];
        for (int e = 0; e < this.events.length; e++) {
            eventParams[2 * e] = this.events[e].hectaresParam();
            eventParams[2 * e + 1] = this.events[e].compensationParam();
        }
        this.eventRows = eventRows;
        this.stock0 = stock0;
        this.withdrawalParam = withdrawalParam;
        this.replacementShareParam = replacementShareParam;
        this.ceShareParam = ceShareParam;
        this.stockAll = stockAll;
        this.kappaParamAll = kappaParamAll;
        this.selectedInAll = selectedInAll;
        this.ceRamp = ceRamp;
        this.strategyShareParam = strategyShareParam;
        this.strategyMix = strategyMix;
        this.verkleinenParam = verkleinenParam;
        this.verkleinenIndex = verkleinenIndex;
        this.doubleUseShareParam = doubleUseShareParam;
        this.doubleUseYears = doubleUseYears;
        this.intensificationParam = intensificationParam;
        this.intensificationRamp = intensificationRamp;
        this.baseDirect = baseDirect;
        this.baseHard = baseHard;
        this.baseZacht = baseZacht;
        this.baseDirectToDate = InputResolver.toDate(baseDirect);
        this.baseHardToDate = InputResolver.toDate(baseHard);
        this.baseZachtToDate = InputResolver.toDate(baseZacht);
        this.additions = List.copyOf(additions);
        this.zachtParam = zachtParam;
        this.gridShareParam = gridShareParam;
        this.reliefParam = reliefParam;
        this.reliefDelayParam = reliefDelayParam;
        this.gridWeight = gridWeight;
        this.stikstofEnabled = stikstofEnabled;
        this.stikstofShareParam = stikstofShareParam;
        this.stikstofProbabilityParam = stikstofProbabilityParam;
        this.stikstofDelayParam = stikstofDelayParam;
        this.waterEnabled = waterEnabled;
        this.waterShareParam = waterShareParam;
        this.waterProbabilityParam = waterProbabilityParam;
        this.waterDelayParam = waterDelayParam;
        this.reserveParam = reserveParam;
        this.regionalParams = ParamRanges.of(concat(withdrawalParam, intensificationParam, gridShareParam, reliefParam,
                stikstofShareParam, waterShareParam, new int[] {reliefDelayParam}));
        this.kappaRanges = ParamRanges.of(kappaParamAll);
        this.trendParams = trendPointParam.clone();
    }

    private static int[] concat(int[]... parts) {
        return java.util.Arrays.stream(parts).flatMapToInt(java.util.Arrays::stream).toArray();
    }

    public String scenarioName() {
        return scenarioName;
    }

    public Horizon horizon() {
        return horizon;
    }

    public List<String> regionCodes() {
        return regionList.codes();
    }

    public int regions() {
        return regionList.size();
    }

    /**
     * The distinct parameters (by identity) the numbers depend on, data-set figures included (as
     * points). A value vector for {@link #resolve(double[], Buffer)} follows this order.
     */
    public List<Param> params() {
        return params;
    }

    /** Every parameter at the value a source gives it. */
    public double[] values(ParamSource source) {
        double[] v = new double[params.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = source.value(params.get(i));
        }
        return v;
    }

    /** A fresh, independent input: the arrays are this input's own (or the plan's, never changed). */
    public ProjectionInput resolve(ParamSource source) {
        return InputResolver.resolve(this, values(source), new Buffer());
    }

    /**
     * The input for one value vector, written into a reusable buffer: the returned input's
     * draw-dependent arrays belong to the buffer and are overwritten by the next call with the same
     * buffer. For one thread's Monte Carlo loop; never hand such an input to another thread.
     */
    public ProjectionInput resolve(double[] values, Buffer buffer) {
        return InputResolver.resolve(this, values, buffer);
    }

    /**
     * As {@link #resolve(double[], Buffer)} for a projection of the regions {@code from..to-1} only
     * ({@link Projector#projectPeriodEnds(ProjectionInput, PeriodEndResult, Projector.Workspace, int, int)}
     * with the same range): the transformation events of other regions are left out, so the
     * input's transformation rows of those regions are not valid; the input records its range
     * ({@link ProjectionInput#resolvedFrom()}) and the projector refuses others. A Monte Carlo run in blocks of
     * regions resolves each draw once per block; this keeps that from redoing every region's events.
     */
    public ProjectionInput resolve(double[] values, Buffer buffer, int from, int to) {
        return InputResolver.resolve(this, values, buffer, from, to);
    }

    /**
     * Arrays that a resolve fills, reused from draw to draw by one thread, with the values they were
     * last filled from (so an unchanged group of parameters is not recomputed). A buffer serves one
     * plan: resolving another plan into it is refused. A resolve that fails leaves it to be refilled
     * whole by the next one.
     */
    public static final class Buffer {
        /** the plan whose resolves fill this buffer (the first one that used it) */
        InputPlan plan;
        double[] lastValues;
        double[] withdrawal;
        double[] intensificationShare;
        double[] gridShare;
        int[] relief;
        double[] stikstofShare;
        double[] waterShare;
        double[][] tq;
        /** (1 + trend)^(y + 1) per year, for the trend value it was computed from */
        double[] tqTrendFactor;
        double tqTrend;
        double[] trendMultiplier;
        double[] kappaAll;
        double[] kappa;
        double[] strategyShare;
        double[] strategyFactor;
        double[][] growthRows;
        double[][][] growth;
        double[][][] transformed;
        double[][][] transformationDemand;
        double[][][] direct;
        double[][][] hard;
        double[][][] zacht;
        double[][][] directToDate;
        double[][][] hardToDate;
        double[][][] zachtToDate;
        /** the regions the resolve in progress is for */
        int from;
        int to;
        /** the regions whose transformation rows were last filled (none yet: 0..-1) */
        int eventsFrom;
        int eventsTo = -1;

        /** Whether any parameter of the set has a new value since the last fill. */
        boolean changed(double[] values, ParamRanges set) {
            return lastValues == null || set.differ(values, lastValues);
        }

        /** Whether any of the given parameter indices has a new value since the last fill. */
        boolean changed(double[] values, int[] indices) {
            return changed(values, indices, 0, indices.length);
        }

        /** The same for {@code indices[lo..hi-1]}. */
        boolean changed(double[] values, int[] indices, int lo, int hi) {
            if (lastValues == null) {
                return true;
            }
            for (int k = lo; k < hi; k++) {
                int i = indices[k];
                if (Double.doubleToRawLongBits(values[i]) != Double.doubleToRawLongBits(lastValues[i])) {
                    return true;
                }
            }
            return false;
        }

        void remember(double[] values) {
            if (lastValues == null || lastValues.length != values.length) {
                lastValues = values.clone();
            } else {
                System.arraycopy(values, 0, lastValues, 0, values.length);
            }
        }

        static double[][][] copy(double[][][] a) {
            double[][][] c = new double[a.length][][];
            for (int i = 0; i < a.length; i++) {
                c[i] = new double[a[i].length][];
                for (int j = 0; j < a[i].length; j++) {
                    c[i][j] = Arrays.copyOf(a[i][j], a[i][j].length);
                }
            }
            return c;
        }
    }
}
