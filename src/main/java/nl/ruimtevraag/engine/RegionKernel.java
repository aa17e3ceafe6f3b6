package nl.ruimtevraag.engine;

import nl.ruimtevraag.model.DemandMethod;
import nl.ruimtevraag.model.RStrategy;
import nl.ruimtevraag.model.Sector;
import nl.ruimtevraag.model.Werkmilieu;

/**
 * The one computation of a region's projection (method sections 1-6), over spans of years: the
 * full projection uses one span per year, the Monte Carlo path one span per reporting period. Every
 * formula is a call into {@link Formulas}; the formulas applied to a span's summed flows are linear
 * in those flows (the w split, the CE split, the replacement share, the reserve), so a span of one
 * year gives exactly the yearly value and a longer span the sum of its years up to rounding.
 * Non-linear steps (jobs, the shrink rule, withdrawal from a shrinking stock, the supply
 * constraints) run per year or at the span's end. One instance per thread: it holds scratch arrays.
 */
final class RegionKernel {
    private static final int W = Werkmilieu.COUNT;
    private static final int K = Sector.COUNT;
    private static final int J = RStrategy.COUNT;

    private final int years;
    /** last year index of each span, ascending, the last one years - 1 */
    private final int[] spanEnd;
    private final double[][] unitSpace;
    private final double[] unitTotal = new double[K];
    /** the growth and TQ rows the cached unit paths were computed from (identity) */
    private final double[][] keyGrowth = new double[K][];
    private final double[][] keyTq = new double[K][];
    private double keyShrink = Double.NaN;
    private final double[][] space;
    private final double[] sectorTotal = new double[K];
    private final double[] trendSum;
    private double multiplierTotal;
    /** the trend multiplier row the trend sums were computed from (identity) */
    private double[] keyMultiplier;
    private final double[] buildUpSum;
    private final double[] buildUpShifted;
    private final double[] strategy = new double[J];
    /** g(j,w) = a_j * n(j,w) * f_j, and their sum over j per werkmilieu, of the input being projected */
    private final double[][] strategyWeight = new double[J][W];
    private final double[] circularWeight = new double[W];
    private boolean weightsOfInput;

    RegionKernel(int years, int[] spanEnd) {
        if (spanEnd.length == 0 || spanEnd[spanEnd.length - 1] != years - 1) {
            throw new IllegalArgumentException("spans must end at the horizon");
        }
        this.years = years;
        this.spanEnd = spanEnd.clone();
        int spans = spanEnd.length;
        space = new double[spans][K];
        unitSpace = new double[K][spans];
        trendSum = new double[spans];
        buildUpSum = new double[spans];
        buildUpShifted = new double[spans];
    }

    int spans() {
        return spanEnd.length;
    }

    int spanEnd(int span) {
        return spanEnd[span];
    }

    boolean fits(int years, int[] spanEnd) {
        return this.years == years && java.util.Arrays.equals(this.spanEnd, spanEnd);
    }

    void run(ProjectionInput in, int r, RegionSink sink) {
        int spans = spanEnd.length;
        int base = in.horizon().baseYear();
        double shrink = in.shrinkReturn();
        double[][] growth = in.growth()[r];
        double[][] tq = in.tq();
        double[] multiplier = in.trendMultiplier();

        // section 1 at region level: each sector's space per span, before the werkmilieu split.
        // Space is homogeneous of degree 1 in the base-year jobs (E(t) = E0 * G(t), and the shrink
        // rule is piecewise linear through zero), so the formulas run once per growth path for one
        // base-year job, and each region scales that path by its own E0. Regions under the same growth
        // rules share one growth row (InputPlan), so most regions reuse the path of the first.
        double[] jobs0 = in.jobs0()[r];
        if (Double.doubleToRawLongBits(shrink) != Double.doubleToRawLongBits(keyShrink)) {
            newInput();
            keyShrink = shrink;
        }
        // (the loops of a region's step are in small methods of their own: a large method with many
        // short loops is compiled again and again by the JIT, once per loop it was busy in)
        sectorSpace(r, jobs0, growth, tq, shrink);
        // section 3 at region level: the CE build-up per year
        double stockTotal = 0;
        for (int w = 0; w < W; w++) {
            stockTotal += in.stock0()[r][w];
        }
        double ceShare = in.ceShare();
        double kappa = in.kappa()[r];
        double[] ceRamp = in.ceRamp();
        if (multiplier != keyMultiplier) {
            trendSums(multiplier);
        }
        if (!weightsOfInput) {
            strategyWeights(in.strategyShare(), in.strategyMix(), in.strategyFactor());
        }
        // the build-up is a level (stock x share x ramp x kappa): its increase over a span is its level at
        // the span's end less its level before the span, and the shifted increase (double use) is that of
        // the years doubleUseYears earlier; one year per span gives each year's increase exactly
        int yd = in.doubleUseYears();
        int start = 0;
        for (int s = 0; s < spans; s++) {
            int end = spanEnd[s];
            buildUpSum[s] = circularLevel(stockTotal, ceShare, ceRamp, kappa, end)
                    - circularLevel(stockTotal, ceShare, ceRamp, kappa, start - 1);
            buildUpShifted[s] = circularLevel(stockTotal, ceShare, ceRamp, kappa, end - yd)
                    - circularLevel(stockTotal, ceShare, ceRamp, kappa, start - 1 - yd);
            start = end + 1;
        }

        // the method the confrontation uses, from the horizon totals of both methods
        double employmentTotal = employmentTotal(in.mix());
        double trendTotal = trendTotal(in.trendBase()[r]);
        DemandMethod method = in.method();
        if (method == DemandMethod.MAX) {
            method = employmentTotal >= trendTotal ? DemandMethod.EMPLOYMENT : DemandMethod.TREND;
        }
        sink.method(r, method, trendTotal == 0 ? Double.NaN : employmentTotal / trendTotal);

        boolean groups = sink.byStrategy();
        for (int w = 0; w < W; w++) {
            werkmilieu(in, r, w, method, base, groups, sink);
        }
    }

    /** Each sector's space per span and over the horizon for the region's base-year jobs. */
    private void sectorSpace(int r, double[] jobs0, double[][] growth, double[][] tq, double shrink) {
        for (int k = 0; k < K; k++) {
            if (jobs0[k] < 0) {
                throw new IllegalArgumentException("jobs must not be negative: region " + r + " sector " + k);
            }
            if (growth[k] != keyGrowth[k] || tq[k] != keyTq[k]) {
                unitPath(k, growth[k], tq[k], shrink);
                keyGrowth[k] = growth[k];
                keyTq[k] = tq[k];
            }
            sectorTotal[k] = jobs0[k] * unitTotal[k];
            for (int s = 0; s < spanEnd.length; s++) {
                space[s][k] = jobs0[k] * unitSpace[k][s];
            }
        }
    }

    /** The employment method's demand over the horizon, all werkmilieus. */
    private double employmentTotal(double[][] mix) {
        double total = 0;
        for (int w = 0; w < W; w++) {
            for (int k = 0; k < K; k++) {
                total += Formulas.werkmilieuShare(sectorTotal[k], mix[k][w]);
            }
        }
        return total;
    }

    /** The trend method's demand over the horizon, all werkmilieus. */
    private double trendTotal(double[] trendBase) {
        double total = 0;
        for (int w = 0; w < W; w++) {
            total += Formulas.trendDemand(1, trendBase[w], multiplierTotal);
        }
        return total;
    }

    /** The CE build-up level at the end of year index y; zero at and before the base year (y < 0). */
    private static double circularLevel(double stockTotal, double ceShare, double[] ceRamp, double kappa, int y) {
        return y < 0 ? 0 : Formulas.circularBuildUp(stockTotal, ceShare, ceRamp[y], kappa);
    }

    /**
     * Forgets the cached growth paths, trend sums and strategy weights: call when a new input is
     * projected (its arrays may be refilled).
     */
    void newInput() {
        java.util.Arrays.fill(keyGrowth, null);
        java.util.Arrays.fill(keyTq, null);
        keyMultiplier = null;
        weightsOfInput = false;
    }

    /** g(j,w) of every group and werkmilieu, and their sum per werkmilieu: the same for every region of an input. */
    private void strategyWeights(double[] strategyShare, double[][] strategyMix, double[] strategyFactor) {
        for (int w = 0; w < W; w++) {
            double sum = 0;
            for (int j = 0; j < J; j++) {
                double g = Formulas.strategyWeight(strategyShare[j], strategyMix[j][w], strategyFactor[j]);
                strategyWeight[j][w] = g;
                sum += g;
            }
            circularWeight[w] = sum;
        }
        weightsOfInput = true;
    }

    /** f(t) summed per span and over the horizon: the same for every region of an input. */
    private void trendSums(double[] multiplier) {
        int y = 0;
        for (int s = 0; s < spanEnd.length; s++) {
            double trend = 0;
            for (; y <= spanEnd[s]; y++) {
                trend += multiplier[y];
            }
            trendSum[s] = trend;
        }
        double total = 0;
        for (int yy = 0; yy < years; yy++) {
            total += multiplier[yy];
        }
        multiplierTotal = total;
        keyMultiplier = multiplier;
    }

    /** Sector space per span, and over the horizon, of one base-year job under a growth row. */
    private void unitPath(int k, double[] growth, double[] tq, double shrink) {
        double jobs = 1;
        double total = 0;
        int y = 0;
        for (int s = 0; s < spanEnd.length; s++) {
            double sum = 0;
            for (; y <= spanEnd[s]; y++) {
                double next = Formulas.jobs(jobs, growth[y]);
                double kSpace = Formulas.sectorSpace(next - jobs, tq[y], shrink);
                jobs = next;
                sum += kSpace;
                total += kSpace;
            }
            unitSpace[k][s] = sum;
        }
        unitTotal[k] = total;
    }

    private void werkmilieu(ProjectionInput in, int r, int w, DemandMethod method, int base, boolean groups,
                            RegionSink sink) {
        double[][] mix = in.mix();
        double trendBase = in.trendBase()[r][w];
        double[] transformationDemand = in.transformationDemand()[r][w];
        double[] transformed = in.transformed()[r][w];
        double withdrawalRate = in.withdrawalRate()[r];
        double[] directToDate = in.supplyDirectToDate()[r][w];
        double[] hardToDate = in.supplyHardToDate()[r][w];
        double[] zachtToDate = in.supplyZachtToDate()[r][w];
        // rows without transformation and without withdrawal add zeros year by year: skip them
        boolean yearly = in.transformationRows()[r][w] || withdrawalRate != 0;
        double stock = in.stock0()[r][w];
        int y = 0;
        for (int s = 0; s < spanEnd.length; s++) {
            // section 1: the span's uitbreidingsvraag by both methods
            double employment = employment(s, w, mix);
            double trend = Formulas.trendDemand(1, trendBase, trendSum[s]);
            double u = switch (method) {
                case EMPLOYMENT -> employment;
                case TREND -> trend;
                case MEAN -> Formulas.meanDemand(employment, trend);
                case MAX -> throw new IllegalStateException("MAX is resolved per region");
            };

            // section 2, yearly (withdrawal follows the stock)
            double vt = 0;
            double vo = 0;
            if (yearly && withdrawalRate == 0) {
                for (; y <= spanEnd[s]; y++) {
                    vt += transformationDemand[y]; // withdrawal at a zero rate adds exact zeros
                }
            } else if (yearly) {
                for (; y <= spanEnd[s]; y++) {
                    vt += transformationDemand[y];
                    vo += Formulas.withdrawalDemand(stock, withdrawalRate);
                    stock -= transformed[y];
                }
            }
            double vs = Formulas.replacementShare(u, in.replacementShare());

            // section 3
            double c = Formulas.circularDemand(buildUpSum[s], circularWeight[w]);
            if (groups) {
                byGroup(buildUpSum[s], w);
            }
            double cShifted = Formulas.circularDemand(buildUpShifted[s], circularWeight[w]);
            double d = Formulas.doubleUse(in.doubleUseShare(), c, cShifted);

            // section 6: demand with reserve
            double v = vt + vo + vs;
            double total = Formulas.demand(u, v, c + d, in.planningReserve());
            sink.flows(r, w, s, employment, trend, u, vt, vo, vs, v, strategy, d, c + d, total - (u + v + c + d), total);

            supply(in, r, w, s, base, directToDate, hardToDate, zachtToDate, sink);
        }
    }

    /** The employment method's uitbreidingsvraag of werkmilieu w in span s. */
    private double employment(int s, int w, double[][] mix) {
        double employment = 0;
        for (int k = 0; k < K; k++) {
            employment += Formulas.werkmilieuShare(space[s][k], mix[k][w]);
        }
        return employment;
    }

    /** The CE demand of each R-strategy group in werkmilieu w from a build-up (the sink's by-group figures). */
    private void byGroup(double buildUp, int w) {
        for (int j = 0; j < J; j++) {
            strategy[j] = Formulas.circularDemand(buildUp, strategyWeight[j][w]);
        }
    }

    /** Sections 4-5: the supply of one region and werkmilieu available by the end of span s (no loops). */
    private void supply(ProjectionInput in, int r, int w, int s, int base, double[] directToDate, double[] hardToDate,
                        double[] zachtToDate, RegionSink sink) {
        int end = spanEnd[s];
        double direct = directToDate[end];
        double hard = hardToDate[end];
        double zacht = zachtToDate[end];
        double grid = Formulas.gridFactor(in.gridShare()[r], in.gridWeight()[w], base + 1 + end, in.reliefYear()[r]);
        double waterShare = in.waterEnabled() ? in.waterShare()[r] : 0;
        double afterStikstof = Formulas.permittedZacht(zachtToDate, end, in.stikstofShare()[r],
                in.stikstofProbability(), in.stikstofDelay(), 0, 0, 0);
        // without a water share the water terms are exact zeros: the same number as afterStikstof
        double afterBoth = waterShare == 0 ? afterStikstof : Formulas.permittedZacht(zachtToDate, end,
                in.stikstofShare()[r], in.stikstofProbability(), in.stikstofDelay(), waterShare,
                in.waterProbability(), in.waterDelay());
        double pz = in.zachtRealisation();
        double unrealised = zacht * (1 - pz);
        double heldGrid = (hard + zacht * pz) * (1 - grid);
        double heldStikstof = pz * grid * (zacht - afterStikstof);
        double heldWater = pz * grid * (afterStikstof - afterBoth);
        double intensification = Formulas.intensification(in.stock0()[r][w], in.intensificationShare()[r],
                in.intensificationRamp()[end]);
        sink.stocks(r, w, s, direct, hard, zacht, unrealised, heldGrid, heldStikstof, heldWater, intensification,
                direct + hard + zacht - unrealised - heldGrid - heldStikstof - heldWater + intensification);
    }
}
