package nl.ruimtevraag.engine;

/**
 * Where the region kernel writes: the full per-year series ({@link Projector#project}) or the
 * compact period-end result ({@link Projector#projectPeriodEnds}). A span is a run of consecutive
 * projected years; flows are summed over the span, stocks are the level at its last year.
 */
interface RegionSink {
    /** Whether {@link #flows} reads its {@code byStrategy} argument (else the kernel leaves it unfilled). */
    boolean byStrategy();

    /**
     * The demand flows of one region and werkmilieu summed over a span.
     *
     * @param byStrategy circular demand per R-strategy group (double use excluded), if {@link #byStrategy()};
     *        read it before returning
     */
    void flows(int r, int w, int span, double expansionEmployment, double expansionTrend, double expansion,
               double transformation, double withdrawal, double replacementShare, double replacement,
               double[] byStrategy, double doubleUse, double circular, double reserve, double demand);

    /** The supply stocks of one region and werkmilieu at the end of a span. */
    void stocks(int r, int w, int span, double direct, double hard, double zacht, double unrealised, double heldGrid,
                double heldStikstof, double heldWater, double intensification, double realisable);

    /** Which method the region used, and the ratio of the two methods' horizon demand. */
    void method(int r, nl.ruimtevraag.model.DemandMethod used, double ratio);
}
