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

    /**
     * The three sums a span's uitbreidingsvraag is kept in: PLAIN Σ U(t); ON_DEMAND Σ U(t)·h(t), the CE demand on
     * top of it (section 3); SHIFTED Σ U(t − y_d)·h(t − y_d), the same y_d years earlier (double use).
     */
    private static final int PLAIN = 0;
    private static final int ON_DEMAND = 1;
    private static final int SHIFTED = 2;
    private static final int LAYERS = 3;

    private final int years;
    /** last year index of each span, ascending, the last one years - 1 */
    private final int[] spanEnd;
    private final double[] byStrategy = new double[J];

    // of the input being projected (start)
    private ProjectionInput in;
    /** [p][layer][span] and [p]: a sector's space of one base-year job on growth pattern p, per span and over the horizon */
    private double[][][] unitSpace;
    private double[] unitTotal;
    private final double[] unitYear;
    /** [layer][span]: f(t) summed per span, and over the horizon */
    private final double[][] trendSum;
    private double multiplierTotal;
    /**
     * Whether the CE demand per hectare of uitbreidingsvraag h(t) is 0 in every year (the extra-space framing):
     * then the ON_DEMAND and SHIFTED layers are zeros and the per-region work for them is skipped (the same
     * numbers: FastPathTest and DemandInvariantTest run both framings).
     */
    private boolean noDemandShare;

    // of the region being projected (run)
    /** [layer][span][k] */
    private final double[][][] space;
    private final double[] sectorTotal = new double[K];
    /** [span]: the region's CE demand on top of its uitbreidingsvraag, and the same y_d years earlier */
    private final double[] onDemand;
    private final double[] onDemandShifted;
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
        space = new double[LAYERS][spans][K];
        trendSum = new double[LAYERS][spans];
        unitYear = new double[years];
        onDemand = new double[spans];
        onDemandShifted = new double[spans];
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
     * multiplier's sums, which every region of the input shares (the R-strategy weights g(r,j,w) come
     * per region with the input).
     */
    void start(ProjectionInput in) {
        this.in = in;
        ProjectionInput.Expansion e = in.expansion();
        double[] h = in.circular().onDemand();
        int yd = in.circular().doubleUseYears();
        int patterns = e.growth().length;
        unitSpace = new double[patterns][LAYERS][spanEnd.length];
        unitTotal = new double[patterns];
        for (int p = 0; p < patterns; p++) {
            unitPath(p, e.growth()[p], e.tqFactor(), e.shrinkReturn());
            unitTotal[p] = layerSums(unitYear, h, yd, unitSpace[p]);
        }
        multiplierTotal = layerSums(e.trendMultiplier(), h, yd, trendSum);
        boolean zero = true;
        for (double x : h) {
            zero &= x == 0;
        }
        noDemandShare = zero;
    }

    /**
     * Sector space per span, and over the horizon, of one base-year job at a terreinquotient of 1 on growth
     * pattern p: its land is G(t)·F(t) (jobs times the trend factor), and each year's space is the change of
     * that land by the shrink rule.
     */
    private void unitPath(int p, double[] growth, double[] tqFactor, double shrink) {
        double jobs = 1;
        double land = Formulas.land(1, 1);
        for (int y = 0; y < years; y++) {
            jobs = Formulas.jobs(jobs, growth[y]);
            double next = Formulas.land(jobs, tqFactor[y]);
            unitYear[y] = Formulas.sectorSpace(next - land, shrink);
            land = next;
        }
    }

    /**
     * A yearly series x(t) summed per span in the three layers (plain; its growth max(x,0) times h(t); and that
     * shifted by y_d years, zero before the first year), into {@code into}[layer][span]; returns its plain sum
     * over the horizon. The CE share applies to the growth of land, not to land a shrinking sector releases
     * ({@link Formulas#circularOnDemand}), so a higher share never lowers demand.
     */
    private double layerSums(double[] x, double[] h, int yd, double[][] into) {
        double total = 0;
        int y = 0;
        for (int s = 0; s < spanEnd.length; s++) {
            double plain = 0;
            double onH = 0;
            double shifted = 0;
            for (; y <= spanEnd[s]; y++) {
                plain += x[y];
                onH += Math.max(x[y], 0) * h[y];
                if (y - yd >= 0) {
                    shifted += Math.max(x[y - yd], 0) * h[y - yd];
                }
            }
            into[PLAIN][s] = plain;
            into[ON_DEMAND][s] = onH;
            into[SHIFTED][s] = shifted;
            total += plain;
        }
        return total;
    }

    /** Projects region r of the input given to {@link #start} into the sink. */
    void run(int r, RegionSink sink) {
        ProjectionInput.Expansion e = in.expansion();
        sectorSpace(e, r);
        buildUp(r);
        circularOnDemand(e, r);
        divergence(e, r, sink);
        for (int w = 0; w < W; w++) {
            werkmilieu(r, w, e.method(), sink);
        }
        supply(r, sink);
    }

    /** Section 1 at region level: each sector's space per span and over the horizon. */
    private void sectorSpace(ProjectionInput.Expansion e, int r) {
        double[] jobs0 = e.jobs0()[r];
        double[] tq = e.tq()[r];
        for (int k = 0; k < K; k++) {
            if (jobs0[k] < 0) {
                throw new IllegalArgumentException("jobs must not be negative: region " + r + " sector " + k);
            }
            int p = e.patternOf()[r][k];
            sectorTotal[k] = Formulas.sectorSpaceOfJobs(jobs0[k], tq[k], unitTotal[p]);
            for (int layer = 0; layer < (noDemandShare ? 1 : LAYERS); layer++) {
                for (int s = 0; s < spanEnd.length; s++) {
                    space[layer][s][k] = Formulas.sectorSpaceOfJobs(jobs0[k], tq[k], unitSpace[p][layer][s]);
                }
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

    /**
     * Section 3, the CE demand on top of the uitbreidingsvraag at region level: Σ_w Σ_t U(r,w,t)·h(t) per span
     * (the uitbreidingsvraag by the scenario's method, in the ON_DEMAND layer), and the same y_d years earlier.
     */
    private void circularOnDemand(ProjectionInput.Expansion e, int r) {
        if (noDemandShare) {
            java.util.Arrays.fill(onDemand, 0);
            java.util.Arrays.fill(onDemandShifted, 0);
            return;
        }
        for (int s = 0; s < spanEnd.length; s++) {
            double sum = 0;
            double shifted = 0;
            for (int w = 0; w < W; w++) {
                sum += expansion(e, r, w, ON_DEMAND, s);
                shifted += expansion(e, r, w, SHIFTED, s);
            }
            onDemand[s] = sum;
            onDemandShifted[s] = shifted;
        }
    }

    /** The uitbreidingsvraag of a werkmilieu in one layer and span, by the scenario's method. */
    private double expansion(ProjectionInput.Expansion e, int r, int w, int layer, int s) {
        double employment = Formulas.employmentDemand(space[layer][s], e.mix(), w);
        double trend = Formulas.trendDemand(1, e.trendBase()[r][w], trendSum[layer][s]);
        return switch (e.method()) {
            case EMPLOYMENT -> employment;
            case TREND -> trend;
            case MEAN -> Formulas.meanDemand(employment, trend);
        };
    }

    /** Tells the sink the ratio of the two methods' horizon demand (the divergence flag), when it reads it. */
    private void divergence(ProjectionInput.Expansion e, int r, RegionSink sink) {
        if (!sink.details()) {
            return;
        }
        double employmentTotal = 0;
        double trendTotal = 0;
        for (int w = 0; w < W; w++) {
            for (int k = 0; k < K; k++) {
                employmentTotal += Formulas.werkmilieuShare(sectorTotal[k], e.mix()[k][w]);
            }
            trendTotal += Formulas.trendDemand(1, e.trendBase()[r][w], multiplierTotal);
        }
        sink.divergence(r, trendTotal == 0 ? Double.NaN : employmentTotal / trendTotal);
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
        double[][] strategyWeight = c.strategyWeight()[r];
        double circularWeight = c.circularWeight()[r][w];
        double reserve = in.planningReserve();
        boolean groups = sink.details();
        double demandSoFar = 0;
        int y = 0;
        for (int s = 0; s < spanEnd.length; s++) {
            // section 1: the span's uitbreidingsvraag by both methods
            double employment = Formulas.employmentDemand(space[PLAIN][s], mix, w);
            double trend = Formulas.trendDemand(1, trendBase, trendSum[PLAIN][s]);
            double expansion = switch (method) {
                case EMPLOYMENT -> employment;
                case TREND -> trend;
                case MEAN -> Formulas.meanDemand(employment, trend);
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
            // section 3: the region's CE demand (extra space built up, or its share of demand) split by R-strategy,
            // less the CE already in this werkmilieu's calibrated uitbreidingsvraag
            double regionCircular = buildUpSum[s] + onDemand[s];
            double circularAll = Formulas.circularDemand(regionCircular, circularWeight);
            if (groups) {
                for (int j = 0; j < J; j++) {
                    byStrategy[j] = Formulas.circularDemand(regionCircular, strategyWeight[j][w]);
                }
            }
            double circular = circularAll - Formulas.embeddedCircular(expansion, c.embeddedShare());
            double cShifted = Formulas.circularDemand(buildUpShifted[s] + onDemandShifted[s], circularWeight);
            double doubleUse = Formulas.doubleUse(doubleUseShare, circularAll, cShifted);

            // section 6: demand with reserve
            double replacement = vt + vo + vs;
            double demand = Formulas.demand(expansion, replacement, circular + doubleUse, reserve);
            demandSoFar += demand;
            demandToDate[w][s] = demandSoFar;
            sink.flows(r, w, s, new RegionSink.Flows(employment, trend, expansion, vt, vo, vs, replacement, byStrategy,
                    doubleUse, circular + doubleUse, demand - (expansion + replacement + circular + doubleUse), demand));
        }
    }

    /** Hard plans available by the end of year index {@code end} after the stikstof (and, if given, water) permits. */
    private static double hardPermitted(double[] hardToDate, int end, ProjectionInput.Permit n, ProjectionInput.Permit wa) {
        return wa == null ? Formulas.permittedZacht(hardToDate, end, n.hardShare(), n.probability(), n.delay(), 0, 0, 0)
                : Formulas.permittedZacht(hardToDate, end, n.hardShare(), n.probability(), n.delay(), wa.hardShare(),
                        wa.probability(), wa.delay());
    }

    /** Section 4: the space gained by the end of span s, on the stock, the need to date or in hectares. */
    private double intensification(ProjectionInput.Intensification intensify, int w, int s, double stock, double stockTotal,
                                   double figure) {
        double ramp = intensify.ramp()[spanEnd[s]];
        return switch (intensify.basis()) {
            case STOCK -> Formulas.intensification(stock, figure, ramp);
            case NEED -> Formulas.intensificationOfNeed(demandToDate[w][s], figure, ramp);
            case HECTARES -> Formulas.intensificationHectares(figure, stock, stockTotal, ramp);
        };
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
        double nHardShare = n.hardShare();
        double waterHardShare = wa.hardShare();
        // the congested share that holds back direct plots too
        double gridDirectShare = gridShare * grid.directShare();
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
                double directFactor = Formulas.gridFactor(gridDirectShare, gridWeight, firstYear + end, reliefYear);
                double afterStikstof = Formulas.permittedZacht(zachtToDate, end, nShare, nProbability, nDelay, 0, 0, 0);
                // without a water share the water terms are exact zeros: the same number as afterStikstof
                double afterBoth = waterShare == 0 ? afterStikstof : Formulas.permittedZacht(zachtToDate, end,
                        nShare, nProbability, nDelay, waterShare, wa.probability(), wa.delay());
                // hard plans that need a permit as well (stikstof: intern salderen), the same permit formula
                double hardAfterStikstof = nHardShare == 0 ? hard : hardPermitted(hardToDate, end, n, null);
                double hardAfterBoth = waterHardShare == 0 ? hardAfterStikstof : hardPermitted(hardToDate, end, n, wa);
                double unrealised = zacht * (1 - pz);
                double heldGrid = direct * (1 - directFactor) + (hard + zacht * pz) * (1 - factor);
                double heldStikstof = pz * factor * (zacht - afterStikstof) + factor * (hard - hardAfterStikstof);
                double heldWater = pz * factor * (afterStikstof - afterBoth) + factor * (hardAfterStikstof - hardAfterBoth);
                double intensification = intensification(intensify, w, s, stock, stockTotal, intensificationFigure);
                sink.stocks(r, w, s, new RegionSink.Stocks(direct, hard, zacht, unrealised, heldGrid, heldStikstof,
                        heldWater, intensification, direct + hard + zacht - unrealised - heldGrid - heldStikstof
                        - heldWater + intensification));
            }
        }
    }
}
