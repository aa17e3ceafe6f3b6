package nl.ruimtevraag.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nl.ruimtevraag.model.TransformationEvent;
import nl.ruimtevraag.model.Werkmilieu;

/**
 * Section 2, vervangingsvraag: transformation events, withdrawal and the share of the uitbreidingsvraag.
 * An event's compensation demand lands in its compensation region and werkmilieu (its own unless the
 * scenario names others) whenever that region is selected, whether or not the event's own region is.
 */
final class ReplacementPlan implements Section<ProjectionInput.Replacement> {
    private static final int W = Werkmilieu.COUNT;

    private final int regions;
    private final int years;
    /** the events whose compensation lands inside the selection, in scenario order (a row's sums keep their order) */
    private final List<Event> events = new ArrayList<>();
    private final boolean[][] eventRows;
    private final int[] withdrawalParam;
    private final int shareParam;

    /** A transformation event by the row its compensation lands in, with its yearly weights from its first year index. */
    private record Event(int region, int werkmilieu, int hectaresParam, int compensationParam, int fromYearIndex,
                         double[] weights) {
    }

    ReplacementPlan(Planning p) {
        regions = p.regions();
        years = p.horizon.years();
        eventRows = new boolean[regions][W];
        for (TransformationEvent e : p.scenario.transformation()) {
            int r = p.region(e.compensationRegion());
            if (r < 0) {
                continue; // its compensation lands outside the selection (a subset run)
            }
            int w = e.compensationWerkmilieu().ordinal();
            events.add(new Event(r, w, p.of(e.hectares()), p.of(e.compensation()), p.horizon.index(e.fromYear()), weights(e)));
            eventRows[r][w] = true;
        }
        withdrawalParam = p.regional(p.scenario.replacement().withdrawalRate(), Planning.WITHDRAWAL_RATE);
        shareParam = p.of(p.scenario.replacement().shareOfExpansion());
    }

    @Override
    public ProjectionInput.Replacement resolve(double[] v, ProjectionInput.Replacement reuse) {
        double[][][] demand = reuse != null ? reuse.transformationDemand() : new double[regions][W][years];
        double[] withdrawal = reuse != null ? reuse.withdrawalRate() : new double[regions];
        for (int r = 0; r < regions; r++) {
            withdrawal[r] = v[withdrawalParam[r]];
            for (int w = 0; w < W; w++) {
                if (reuse != null && eventRows[r][w]) {
                    Arrays.fill(demand[r][w], 0);
                }
            }
        }
        for (Event e : events) {
            double hectares = v[e.hectaresParam()];
            double compensation = v[e.compensationParam()];
            double[] weights = e.weights();
            for (int i = 0; i < weights.length; i++) {
                int y = e.fromYearIndex() + i;
                if (y >= 0 && y < years) {
                    demand[e.region()][e.werkmilieu()][y] += Formulas.transformationDemand(hectares * weights[i], compensation);
                }
            }
        }
        return new ProjectionInput.Replacement(demand, eventRows, withdrawal, v[shareParam]);
    }

    /** The share of an event's hectares in each of its years: its profile normalised, or equal shares. */
    static double[] weights(TransformationEvent e) {
        int span = e.toYear() - e.fromYear() + 1;
        double[] weights = new double[span];
        if (e.profile().isEmpty()) {
            Arrays.fill(weights, 1.0 / span);
            return weights;
        }
        double total = 0;
        for (double x : e.profile()) {
            total += x;
        }
        for (int i = 0; i < span; i++) {
            weights[i] = total == 0 ? 0 : e.profile().get(i) / total;
        }
        return weights;
    }
}
