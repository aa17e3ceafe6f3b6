package nl.ruimtevraag.engine;

import nl.ruimtevraag.model.RStrategy;

/**
 * Where the region kernel writes: the full per-year series ({@link Projector#project}) or the
 * compact period-end result ({@link Projector#projectPeriodEnds}). A span is a run of consecutive
 * projected years; flows are summed over the span, stocks are the level at its last year.
 */
interface RegionSink {
    /**
     * Whether the sink reads the details: {@link Flows#byStrategy} and the ratio given to {@link #method}
     * (else the kernel leaves the first unfilled and calls {@link #method} only when it chose the method).
     */
    boolean details();

    /** The demand flows of one region and werkmilieu summed over a span. */
    void flows(int r, int w, int span, Flows f);

    /** The supply stocks of one region and werkmilieu at the end of a span. */
    void stocks(int r, int w, int span, Stocks s);

    /** The ratio of the two methods' horizon demand of a region (employment / trend). */
    void divergence(int r, double ratio);

    /**
     * The demand flows of one region and werkmilieu summed over a span. A value per call: a sink that
     * reads only some of them lets the compiler drop the rest (the Monte Carlo path reads only demand).
     *
     * @param byStrategy circular demand per R-strategy group (double use excluded), if {@link #details()};
     *        the kernel's scratch, refilled for the next call
     */
    record Flows(double expansionEmployment, double expansionTrend, double expansion, double transformation,
                 double withdrawal, double replacementShare, double replacement, double[] byStrategy,
                 double doubleUse, double circular, double reserve, double demand) {
    }

    /** The supply stocks of one region and werkmilieu at the end of a span. */
    record Stocks(double direct, double hard, double zacht, double unrealised, double heldGrid, double heldStikstof,
                  double heldWater, double intensification, double realisable) {
    }
}
