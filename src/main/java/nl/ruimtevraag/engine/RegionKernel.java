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
 * constraints) run per year or at the span's end. {@link #start} computes what every region of an
 * input shares; {@link #run} then projects one region. One instance per thread: it holds scratch arrays.
 */
final class RegionKernel {
    private static final int W = Werkmilieu.COUNT;
    private static final int K = Sector.COUNT;
    private static final int J = RStrategy.COUNT;

    private final int years;
    /** last year index of each span, ascending, the last one years - 1 */
    private final int[] spanEnd;
    private final double[] byStrategy = new double[J];

    // of the input being projected (start)
    private ProjectionInput in;
    /** [p][span] and [p]: a sector's space of one base-year job on growth pattern p, per span and over the horizon */
    private double[][] unitSpace;
    private double[] unitTotal;
    /** f(t) summed per span and over the horizon */
    private final double[] trendSum;
    private double multiplierTotal;
    /** g(j,w) = a_j * n(j,w) * f_j, and their sum over j per werkmilieu */
    private final double[][] strategyWeight = new double[J][W];
    private final double[] circularWeight = new double[W];

    // of the region being projected (run)
    private final double[][] space;
    private final double[] sectorTotal = new double[K];
    private final double[] buildUpSum;
    private final double[] buildUpShifted;
    /** [w][span] the werkmilieu's demand (vraag) to the end of each span, for intensification as a share of the need */
    private final double[][] demandToDate;

    RegionKernel(int years, int[] spanEnd) {
        if (spanEnd.length == 0 || spanEnd[spanEnd.length - 1] != years - 1) {
            throw new IllegalArgumentException("spans must end at the horizon");
        }
        this.years = years;
        this.spanEnd = spanEnd.clone();
        int spans = spanEnd.length;
        space = new double[spans][K];
        trendSum = new double[spans];
        buildUpSum = new double[spans];
        buildUpShifted = new double[spans];
        demandToDate = new double[W][spans];
    }

    boolean fits(int years, int[] spanEnd) {
        return this.years == years && java.util.Arrays.equals(this.spanEnd, spanEnd);
    }

    /**
     * Starts projecting an input: the growth paths of one base-year job per growth pattern (space is
     * homogeneous of degree 1 in the base-year jobs, {@link Formulas#sectorSpaceOfJobs}), the trend
     * multiplier's sums and the R-strategy weights, which every region of the input shares.
     */
    void start(ProjectionInput in) {
        this.in = in;
        ProjectionInput.Expansion e = in.expansion();
        int patterns = e.growth().length;
        unitSpace = new double[patterns][spanEnd.length];
        unitTotal = new double[patterns];
        for (int p = 0; p < patterns; p++) {
            unitPath(p, e.growth()[p], e.tq()[e.patternSector()[p]], e.shrinkReturn());
        }
        int y = 0;
        for (int s = 0; s < spanEnd.length; s++) {
            double trend = 0;
            for (; y <= spanEnd[s]; y++) {
                trend += e.trendMultiplier()[y];
            }
            trendSum[s] = trend;
        }
        double total = 0;
        for (y = 0; y < years; y++) {
            total += e.trendMultiplier()[y];
        }
        multiplierTotal = total;
        ProjectionInput.Circular c = in.circular();
        for (int w = 0; w < W; w++) {
            double sum = 0;
            for (int j = 0; j < J; j++) {
                double g = Formulas.strategyWeight(c.strategyShare()[j], c.strategyMix()[j][w], c.strategyFactor()[j]);
                strategyWeight[j][w] = g;
                sum += g;
            }
            circularWeight[w] = sum;
        }
    }

    /** Sector space per span, and over the horizon, of one base-year job on growth pattern p. */
    private void unitPath(int p, double[] growth, double[] tq, double shrink) {
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
            unitSpace[p][s] = sum;
        }
        unitTotal[p] = total;
    }

    /** Projects region r of the input given to {@link #start} into the sink. */
    void run(int r, RegionSink sink) {
        ProjectionInput.Expansion e = in.expansion();
        sectorSpace(e, r);
        buildUp(r);
        DemandMethod method = method(e, r, sink);
        for (int w = 0; w < W; w++) {
            werkmilieu(r, w, method, sink);
        }
        supply(r, sink);
    }

    /** Section 1 at region level: each sector's space per span and over the horizon. */
    private void sectorSpace(ProjectionInput.Expansion e, int r) {
        double[] jobs0 = e.jobs0()[r];
        for (int k = 0; k < K; k++) {
            if (jobs0[k] < 0) {
                throw new IllegalArgumentException("jobs must not be negative: region " + r + " sector " + k);
            }
            int p = e.patternOf()[r][k];
            sectorTotal[k] = Formulas.sectorSpaceOfJobs(jobs0[k], unitTotal[p]);
            for (int s = 0; s < spanEnd.length; s++) {
                space[s][k] = Formulas.sectorSpaceOfJobs(jobs0[k], unitSpace[p][s]);
            }
        }
    }

    /**
     * Section 3 at region level: the CE build-up is a level (stock x share x ramp x kappa): its increase
     * over a span is its level at the span's end less its level before the span, and the shifted
     * increase (double use) is that of the years doubleUseYears earlier; one year per span gives each
     * year's increase exactly.
     */
    private void buildUp(int r) {
        double stockTotal = 0;
        for (int w = 0; w < W; w++) {
            stockTotal += in.stock0()[r][w];
        }
        ProjectionInput.Circular c = in.circular();
        double kappa = c.kappa()[r];
        int yd = c.doubleUseYears();
        int start = 0;
        for (int s = 0; s < spanEnd.length; s++) {
            int end = spanEnd[s];
            buildUpSum[s] = circularLevel(stockTotal, c, kappa, end) - circularLevel(stockTotal, c, kappa, start - 1);
            buildUpShifted[s] = circularLevel(stockTotal, c, kappa, end - yd)
                    - circularLevel(stockTotal, c, kappa, start - 1 - yd);
            start = end + 1;
        }
    }

    /** The method the confrontation uses, from the horizon totals of both methods, told to the sink. */
    private DemandMethod method(ProjectionInput.Expansion e, int r, RegionSink sink) {
        DemandMethod method = e.method();
        if (method != DemandMethod.MAX && !sink.details()) {
            return method; // nothing to choose, and the sink does not read the ratio
        }
        double employmentTotal = 0;
        double trendTotal = 0;
        for (int w = 0; w < W; w++) {
            for (int k = 0; k < K; k++) {
                employmentTotal += Formulas.werkmilieuShare(sectorTotal[k], e.mix()[k][w]);
            }
            trendTotal += Formulas.trendDemand(1, e.trendBase()[r][w], multiplierTotal);
        }
        if (method == DemandMethod.MAX) {
            method = employmentTotal >= trendTotal ? DemandMethod.EMPLOYMENT : DemandMethod.TREND;
        }
        sink.method(r, method, trendTotal == 0 ? Double.NaN : employmentTotal / trendTotal);
        return method;
    }

    /** The CE build-up level at the end of year index y; zero at and before the base year (y < 0). */
    private static double circularLevel(double stockTotal, ProjectionInput.Circular c, double kappa, int y) {
        return y < 0 ? 0 : Formulas.circularBuildUp(stockTotal, c.share(), c.ramp()[y], kappa);
    }

    private void werkmilieu(int r, int w, DemandMethod method, RegionSink sink) {
        ProjectionInput.Expansion e = in.expansion();
        ProjectionInput.Replacement rep = in.replacement();
        ProjectionInput.Circular c = in.circular();
        double trendBase = e.trendBase()[r][w];
        double[] transformationDemand = rep.transformationDemand()[r][w];
        double withdrawalRate = rep.withdrawalRate()[r];
        // rows without transformation and without withdrawal add zeros year by year: skip them
        boolean yearly = rep.transformationRows()[r][w] || withdrawalRate != 0;
        double stock = in.stock0()[r][w];
        double[][] mix = e.mix();
        double share = rep.share();
        double doubleUseShare = c.doubleUseShare();
        double reserve = in.planningReserve();
        boolean groups = sink.details();
        double demandSoFar = 0;
        int y = 0;
        for (int s = 0; s < spanEnd.length; s++) {
            // section 1: the span's uitbreidingsvraag by both methods
            double employment = Formulas.employmentDemand(space[s], mix, w);
            double trend = Formulas.trendDemand(1, trendBase, trendSum[s]);
            double expansion = switch (method) {
                case EMPLOYMENT -> employment;
                case TREND -> trend;
                case MEAN -> Formulas.meanDemand(employment, trend);
                case MAX -> throw new IllegalStateException("MAX is resolved per region");
            };

            // section 2, yearly (withdrawal ages the base-year stock; transformation does not shrink it)
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
                }
            }
            double vs = Formulas.replacementShare(expansion, share);

            // section 3
            double circular = Formulas.circularDemand(buildUpSum[s], circularWeight[w]);
            if (groups) {
                for (int j = 0; j < J; j++) {
                    byStrategy[j] = Formulas.circularDemand(buildUpSum[s], strategyWeight[j][w]);
                }
            }
            double cShifted = Formulas.circularDemand(buildUpShifted[s], circularWeight[w]);
            double doubleUse = Formulas.doubleUse(doubleUseShare, circular, cShifted);

            // section 6: demand with reserve
            double replacement = vt + vo + vs;
            double demand = Formulas.demand(expansion, replacement, circular + doubleUse, reserve);
            demandSoFar += demand;
            demandToDate[w][s] = demandSoFar;
            sink.flows(r, w, s, new RegionSink.Flows(employment, trend, expansion, vt, vo, vs, replacement, byStrategy,
                    doubleUse, circular + doubleUse, demand - (expansion + replacement + circular + doubleUse), demand));
        }
    }

    /**
     * Sections 4-5: the supply of one region in each werkmilieu available by the end of each span (no loops
     * over years); runs after {@link #werkmilieu}, whose demand intensification as a share of the need reads.
     */
    private void supply(int r, RegionSink sink) {
        ProjectionInput.Supply sup = in.supply();
        ProjectionInput.Grid grid = in.constraints().grid();
        ProjectionInput.Permit n = in.constraints().stikstof();
        ProjectionInput.Permit wa = in.constraints().water();
        double gridShare = grid.share()[r];
        int reliefYear = grid.reliefYear()[r];
        double nShare = n.share()[r];
        double nProbability = n.probability();
        int nDelay = n.delay();
        double waterShare = wa.share()[r];
        double pz = sup.zachtRealisation();
        ProjectionInput.Intensification intensify = in.intensification();
        double intensificationFigure = intensify.figure()[r];
        double stockTotal = 0;
        for (int w = 0; w < W; w++) {
            stockTotal += in.stock0()[r][w];
        }
        int firstYear = in.horizon().baseYear() + 1;
        for (int w = 0; w < W; w++) {
            double[] directToDate = sup.direct()[r][w];
            double[] hardToDate = sup.hard()[r][w];
            double[] zachtToDate = sup.zacht()[r][w];
            double gridWeight = grid.weight()[w];
            double stock = in.stock0()[r][w];
            for (int s = 0; s < spanEnd.length; s++) {
                int end = spanEnd[s];
                double direct = directToDate[end];
                double hard = hardToDate[end];
                double zacht = zachtToDate[end];
                double factor = Formulas.gridFactor(gridShare, gridWeight, firstYear + end, reliefYear);
                double afterStikstof = Formulas.permittedZacht(zachtToDate, end, nShare, nProbability, nDelay, 0, 0, 0);
                // without a water share the water terms are exact zeros: the same number as afterStikstof
                double afterBoth = waterShare == 0 ? afterStikstof : Formulas.permittedZacht(zachtToDate, end,
                        nShare, nProbability, nDelay, waterShare, wa.probability(), wa.delay());
                double unrealised = zacht * (1 - pz);
                double heldGrid = (hard + zacht * pz) * (1 - factor);
                double heldStikstof = pz * factor * (zacht - afterStikstof);
                double heldWater = pz * factor * (afterStikstof - afterBoth);
                double ramp = intensify.ramp()[end];
                double intensification = switch (intensify.basis()) {
                    case STOCK -> Formulas.intensification(stock, intensificationFigure, ramp);
                    case NEED -> Formulas.intensificationOfNeed(demandToDate[w][s], intensificationFigure, ramp);
                    case HECTARES -> Formulas.intensificationHectares(intensificationFigure, stock, stockTotal, ramp);
                };
                sink.stocks(r, w, s, new RegionSink.Stocks(direct, hard, zacht, unrealised, heldGrid, heldStikstof,
                        heldWater, intensification, direct + hard + zacht - unrealised - heldGrid - heldStikstof
                        - heldWater + intensification));
            }
        }
    }
}
