package nl.ruimtevraag.engine;

import nl.ruimtevraag.model.DemandMethod;
import nl.ruimtevraag.model.RStrategy;

/**
 * Where the region kernel writes: the full per-year series ({@link Projector#project}) or the
 * compact period-end result ({@link Projector#projectPeriodEnds}). A span is a run of consecutive
 * projected years; flows are summed over the span, stocks are the level at its last year.
 */
interface RegionSink {
    /** Whether {@link #flows} reads {@link Flows#byStrategy} (else the kernel leaves it unfilled). */
    boolean byStrategy();

    /** The demand flows of one region and werkmilieu summed over a span; read them before returning. */
    void flows(int r, int w, int span, Flows f);

    /** The supply stocks of one region and werkmilieu at the end of a span; read them before returning. */
    void stocks(int r, int w, int span, Stocks s);

    /** Which method the region used, and the ratio of the two methods' horizon demand. */
    void method(int r, DemandMethod used, double ratio);

    /** The flows of one call of {@link #flows}, refilled by the kernel for the next. */
    final class Flows {
        double expansionEmployment;
        double expansionTrend;
        double expansion;
        double transformation;
        double withdrawal;
        double replacementShare;
        double replacement;
        /** circular demand per R-strategy group (double use excluded), if {@link #byStrategy()} */
        final double[] byStrategy = new double[RStrategy.COUNT];
        double doubleUse;
        double circular;
        double reserve;
        double demand;
    }

    /** The stocks of one call of {@link #stocks}, refilled by the kernel for the next. */
    final class Stocks {
        double direct;
        double hard;
        double zacht;
        double unrealised;
        double heldGrid;
        double heldStikstof;
        double heldWater;
        double intensification;
        double realisable;
    }
}
