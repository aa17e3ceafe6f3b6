package nl.ruimtevraag.report;

import java.util.List;
import nl.ruimtevraag.uncertainty.MonteCarloResult;
import nl.ruimtevraag.uncertainty.TotalOutput;

/**
 * The headline that is honest about uncertainty: when a run has Monte Carlo draws over uncertain
 * parameters and computed the median, the summaries (console and {@code Samenvatting}) lead with the
 * median of the extra hectares (strict) and the band between the lowest and highest percentile
 * computed (P10-P90 by default); the central-value run is shown beside it, named as such.
 */
public final class Headline {
    private static final double MEDIAN = 50.0;

    private Headline() {
    }

    /** Whether the run's bands give the headline: draws over at least one uncertain parameter, the median computed. */
    public static boolean applies(MonteCarloResult m) {
        return m != null && !m.parameters().isEmpty() && m.percentiles().contains(MEDIAN) && m.percentiles().size() >= 3;
    }

    static double low(MonteCarloResult m) {
        return m.percentiles().get(0);
    }

    static double high(MonteCarloResult m) {
        List<Double> q = m.percentiles();
        return q.get(q.size() - 1);
    }

    /** "P10–P90". */
    static String band(MonteCarloResult m) {
        return "P" + number(low(m)) + "–P" + number(high(m));
    }

    static String number(double q) {
        return q == Math.rint(q) ? Long.toString((long) q) : Double.toString(q);
    }

    /** Median of a region's (r &lt; regions) or the nation's (r = regions) strict extra hectares at period index p. */
    static double median(MonteCarloResult m, int r, int regions, int p) {
        return percentile(m, r, regions, p, MEDIAN);
    }

    static double percentile(MonteCarloResult m, int r, int regions, int p, double q) {
        return r == regions ? m.nationalPercentile(TotalOutput.EXTRA_HA_STRICT, p, q)
                : m.regionPercentile(TotalOutput.EXTRA_HA_STRICT, r, p, q);
    }
}
