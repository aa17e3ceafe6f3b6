package nl.ruimtevraag.uncertainty;

import java.util.List;
import nl.ruimtevraag.model.Werkmilieu;

/**
 * The bands of a Monte Carlo run: for every {@link Output} at region x werkmilieu x period end,
 * every {@link TotalOutput} of each region and of the nation, the percentiles (exact order
 * statistics, see {@link OrderStatistics}), the mean over the draws, and the deterministic point
 * value. Percentiles of totals come from the per-draw totals, never from summing percentiles.
 * Immutable. Periods are indexed as the scenario's periods (their end years in {@link #periodEnds()}).
 */
public final class MonteCarloResult {
    private static final int W = Werkmilieu.COUNT;

    private final String scenarioName;
    private final int draws;
    private final long seed;
    private final List<Double> percentiles;
    private final List<UncertainParameter> parameters;
    private final List<String> regionCodes;
    private final List<Integer> periodEnds;
    private final Bands cells;
    private final Bands regions;
    private final Bands national;

    MonteCarloResult(String scenarioName, int draws, long seed, List<Double> percentiles,
                     List<UncertainParameter> parameters, List<String> regionCodes, List<Integer> periodEnds,
                     Bands cells, Bands regions, Bands national) {
        this.scenarioName = scenarioName;
        this.draws = draws;
        this.seed = seed;
        this.percentiles = List.copyOf(percentiles);
        this.parameters = List.copyOf(parameters);
        this.regionCodes = List.copyOf(regionCodes);
        this.periodEnds = List.copyOf(periodEnds);
        this.cells = cells;
        this.regions = regions;
        this.national = national;
    }

    public String scenarioName() { return scenarioName; }
    public int draws() { return draws; }
    public long seed() { return seed; }
    /** e.g. [10.0, 50.0, 90.0] */
    public List<Double> percentiles() { return percentiles; }
    /** The uncertain parameters that were drawn, with their paths and distributions. */
    public List<UncertainParameter> parameters() { return parameters; }
    public List<String> regionCodes() { return regionCodes; }
    public List<Integer> periodEnds() { return periodEnds; }

    private int periods() {
        return periodEnds.size();
    }

    private int q(double percentile) {
        for (int i = 0; i < percentiles.size(); i++) {
            if (percentiles.get(i) == percentile) {
                return i;
            }
        }
        throw new IllegalArgumentException("percentile " + percentile + " was not computed; have " + percentiles);
    }

    static int cell(Output o, int r, int w, int p, int regions, int periods) {
        return ((o.ordinal() * regions + r) * W + w) * periods + p;
    }

    static int regionCell(TotalOutput o, int r, int p, int regions, int periods) {
        return (o.ordinal() * regions + r) * periods + p;
    }

    static int nationalCell(TotalOutput o, int p, int periods) {
        return o.ordinal() * periods + p;
    }

    private int cell(Output o, int r, int w, int p) {
        return cell(o, r, w, p, regionCodes.size(), periods());
    }

    /** Percentile q (one of {@link #percentiles()}, e.g. 90.0) of an output at region x werkmilieu x period index. */
    public double percentile(Output o, int r, int w, int p, double q) {
        return cells.percentile(cell(o, r, w, p), q(q));
    }

    public double mean(Output o, int r, int w, int p) {
        return cells.mean(cell(o, r, w, p));
    }

    /** The deterministic value: every parameter at its central value. */
    public double point(Output o, int r, int w, int p) {
        return cells.point(cell(o, r, w, p));
    }

    public double regionPercentile(TotalOutput o, int r, int p, double q) {
        return regions.percentile(regionCell(o, r, p, regionCodes.size(), periods()), q(q));
    }

    public double regionMean(TotalOutput o, int r, int p) {
        return regions.mean(regionCell(o, r, p, regionCodes.size(), periods()));
    }

    public double regionPoint(TotalOutput o, int r, int p) {
        return regions.point(regionCell(o, r, p, regionCodes.size(), periods()));
    }

    public double nationalPercentile(TotalOutput o, int p, double q) {
        return national.percentile(nationalCell(o, p, periods()), q(q));
    }

    public double nationalMean(TotalOutput o, int p) {
        return national.mean(nationalCell(o, p, periods()));
    }

    public double nationalPoint(TotalOutput o, int p) {
        return national.point(nationalCell(o, p, periods()));
    }
}
