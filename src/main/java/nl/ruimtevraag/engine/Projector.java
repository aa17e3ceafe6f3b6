package nl.ruimtevraag.engine;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.ruimtevraag.model.DemandMethod;
import nl.ruimtevraag.model.RStrategy;
import nl.ruimtevraag.model.Sector;
import nl.ruimtevraag.model.Werkmilieu;

/**
 * The projection engine: pure and deterministic. {@code project(input)} computes every
 * {@link Measure} per region x werkmilieu x year with the formulas of {@link Formulas}. It does no
 * I/O and knows nothing of YAML, Excel or the console.
 */
public final class Projector {
    private static final int W = Werkmilieu.COUNT;
    private static final int K = Sector.COUNT;
    private static final int J = RStrategy.COUNT;

    private Projector() {
    }

    public static Projection project(ProjectionInput in) {
        int regions = in.regions();
        int years = in.years();
        int cells = regions * W * years;
        Map<Measure, double[]> out = new EnumMap<>(Measure.class);
        for (Measure m : Measure.values()) {
            out.put(m, new double[cells]);
        }
        double[][] byStrategy = new double[J][cells];
        DemandMethod[] used = new DemandMethod[regions];
        double[] ratio = new double[regions];

        for (int r = 0; r < regions; r++) {
            projectRegion(in, r, out, byStrategy, used, ratio);
        }
        return new Projection(in.scenarioName(), in.horizon(), in.regionCodes(), in.regionNames(), out,
                byStrategy, used, ratio, in);
    }

    private static void projectRegion(ProjectionInput in, int r, Map<Measure, double[]> out,
                                      double[][] byStrategy, DemandMethod[] used, double[] ratio) {
        int years = in.years();
        int base = in.horizon().baseYear();

        // section 1: both uitbreidingsvraag methods
        double[][] employment = new double[W][years];
        double[][] trend = new double[W][years];
        double[] jobs = in.jobs0()[r].clone();
        for (int y = 0; y < years; y++) {
            for (int k = 0; k < K; k++) {
                double next = Formulas.jobs(jobs[k], in.growth()[r][k][y]);
                double delta = next - jobs[k];
                jobs[k] = next;
                for (int w = 0; w < W; w++) {
                    employment[w][y] += Formulas.employmentDemand(delta, in.tq()[k][y], in.mix()[k][w], in.shrinkReturn());
                }
            }
            for (int w = 0; w < W; w++) {
                trend[w][y] = Formulas.trendDemand(1, in.trendBase()[r][w], in.trendMultiplier()[y]);
            }
        }
        double employmentTotal = sum(employment);
        double trendTotal = sum(trend);
        ratio[r] = trendTotal == 0 ? Double.NaN : employmentTotal / trendTotal;
        DemandMethod method = in.method();
        if (method == DemandMethod.MAX) {
            method = employmentTotal >= trendTotal ? DemandMethod.EMPLOYMENT : DemandMethod.TREND;
        }
        used[r] = method;

        // section 3: the region's CE build-up per year
        double stockTotal = 0;
        for (int w = 0; w < W; w++) {
            stockTotal += in.stock0()[r][w];
        }
        double[] buildUp = new double[years];
        double previous = 0;
        for (int y = 0; y < years; y++) {
            double now = Formulas.circularBuildUp(stockTotal, in.ceShare(), in.ceRamp()[y], in.kappa()[r]);
            buildUp[y] = now - previous;
            previous = now;
        }

        for (int w = 0; w < W; w++) {
            int row = (r * W + w) * years;
            double stock = in.stock0()[r][w];
            double[] circularW = new double[years];
            double[] cumZacht = new double[years];
            double direct = 0;
            double hard = 0;
            double zacht = 0;
            for (int y = 0; y < years; y++) {
                int i = row + y;
                int year = base + 1 + y;
                double u = switch (method) {
                    case EMPLOYMENT -> employment[w][y];
                    case TREND -> trend[w][y];
                    case MEAN -> Formulas.meanDemand(employment[w][y], trend[w][y]);
                    case MAX -> throw new IllegalStateException("MAX is resolved per region above");
                };
                put(out, Measure.EXPANSION_EMPLOYMENT, i, employment[w][y]);
                put(out, Measure.EXPANSION_TREND, i, trend[w][y]);
                put(out, Measure.EXPANSION, i, u);

                // section 2
                double vt = in.transformationDemand()[r][w][y];
                double vo = Formulas.withdrawalDemand(stock, in.withdrawalRate()[r]);
                stock -= in.transformed()[r][w][y];
                double vs = Formulas.replacementShare(u, in.replacementShare());
                put(out, Measure.TRANSFORMATION, i, vt);
                put(out, Measure.WITHDRAWAL, i, vo);
                put(out, Measure.REPLACEMENT_SHARE, i, vs);
                double v = vt + vo + vs;
                put(out, Measure.REPLACEMENT, i, v);

                // section 3
                double c = 0;
                for (int j = 0; j < J; j++) {
                    double cj = Formulas.circularDemand(buildUp[y], in.strategyShare()[j], in.strategyMix()[j][w],
                            in.strategyFactor()[j]);
                    byStrategy[j][i] = cj;
                    c += cj;
                }
                circularW[y] = c;
                int back = y - in.doubleUseYears();
                double d = Formulas.doubleUse(in.doubleUseShare(), c, back >= 0 ? circularW[back] : 0);
                put(out, Measure.DOUBLE_USE, i, d);
                put(out, Measure.CIRCULAR, i, c + d);

                // section 6: demand with reserve
                double total = Formulas.demand(u, v, c + d, in.planningReserve());
                put(out, Measure.DEMAND, i, total);
                put(out, Measure.RESERVE, i, total - (u + v + c + d));

                // sections 4-5: supply available by the end of the year
                direct += in.supplyDirect()[r][w][y];
                hard += in.supplyHard()[r][w][y];
                zacht += in.supplyZacht()[r][w][y];
                cumZacht[y] = zacht;
                double grid = Formulas.gridFactor(in.gridShare()[r], in.gridWeight()[w], year, in.reliefYear()[r]);
                double waterShare = in.waterEnabled() ? in.waterShare()[r] : 0;
                double afterStikstof = Formulas.permittedZacht(cumZacht, y, in.stikstofShare()[r],
                        in.stikstofProbability(), in.stikstofDelay(), 0, 0, 0);
                double afterBoth = Formulas.permittedZacht(cumZacht, y, in.stikstofShare()[r],
                        in.stikstofProbability(), in.stikstofDelay(), waterShare, in.waterProbability(), in.waterDelay());
                double pz = in.zachtRealisation();
                double unrealised = zacht * (1 - pz);
                double heldGrid = (hard + zacht * pz) * (1 - grid);
                double heldStikstof = pz * grid * (zacht - afterStikstof);
                double heldWater = pz * grid * (afterStikstof - afterBoth);
                double intensification = Formulas.intensification(in.stock0()[r][w], in.intensificationShare()[r],
                        in.intensificationRamp()[y]);
                put(out, Measure.SUPPLY_DIRECT, i, direct);
                put(out, Measure.SUPPLY_HARD, i, hard);
                put(out, Measure.SUPPLY_ZACHT, i, zacht);
                put(out, Measure.ZACHT_UNREALISED, i, unrealised);
                put(out, Measure.HELD_GRID, i, heldGrid);
                put(out, Measure.HELD_STIKSTOF, i, heldStikstof);
                put(out, Measure.HELD_WATER, i, heldWater);
                put(out, Measure.INTENSIFICATION, i, intensification);
                put(out, Measure.SUPPLY_REALISABLE, i,
                        direct + hard + zacht - unrealised - heldGrid - heldStikstof - heldWater + intensification);
            }
        }
    }

    private static void put(Map<Measure, double[]> out, Measure m, int i, double value) {
        out.get(m)[i] = value;
    }

    private static double sum(double[][] a) {
        double s = 0;
        for (double[] row : a) {
            for (double v : row) {
                s += v;
            }
        }
        return s;
    }

    /** Regions whose two demand methods differ by more than the divergence factor. */
    public static List<String> divergentRegions(Projection p) {
        List<String> flagged = new ArrayList<>();
        double factor = p.input().divergenceFactor();
        for (int r = 0; r < p.regionCount(); r++) {
            double q = p.methodRatio(r);
            if (!Double.isNaN(q) && (q > factor || q < 1 / factor)) {
                flagged.add(p.regionCodes().get(r));
            }
        }
        return flagged;
    }
}
