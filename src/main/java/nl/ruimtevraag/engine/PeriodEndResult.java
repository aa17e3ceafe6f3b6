package nl.ruimtevraag.engine;

import java.util.List;
import nl.ruimtevraag.model.Horizon;
import nl.ruimtevraag.model.Period;
import nl.ruimtevraag.model.Werkmilieu;

/**
 * The compact result the Monte Carlo path needs: per region x werkmilieu x period end, the
 * cumulative demand from the base year ({@link Measure#DEMAND} summed) and the realisable supply
 * ({@link Measure#SUPPLY_REALISABLE} at the period end); saldo and extra hectares derive from them
 * through {@link Formulas}. A buffer: {@link Projector#projectPeriodEnds(ProjectionInput,
 * PeriodEndResult, Projector.Workspace)} overwrites it, so one thread reuses one per draw.
 */
public final class PeriodEndResult implements RegionSink {
    private static final int W = Werkmilieu.COUNT;

    private final Horizon horizon;
    private final int regions;
    private final int periods;
    private final int[] endYears;
    /** last year index of each kernel span; one span per period end plus one to the horizon if needed */
    private final int[] spanEnd;
    /** period index of each span, or -1 for the trailing span */
    private final int[] spanPeriod;
    private final double[] vraag;
    private final double[] aanbod;
    private final double[] running = new double[W];

    public PeriodEndResult(Horizon horizon, int regions) {
        this.horizon = horizon;
        this.regions = regions;
        List<Period> ps = horizon.periods();
        this.endYears = ps.isEmpty() ? new int[] {horizon.endYear()} : ps.stream().mapToInt(Period::end).toArray();
        this.periods = endYears.length;
        boolean trailing = endYears[periods - 1] != horizon.endYear();
        spanEnd = new int[periods + (trailing ? 1 : 0)];
        spanPeriod = new int[spanEnd.length];
        for (int p = 0; p < periods; p++) {
            spanEnd[p] = horizon.index(endYears[p]);
            spanPeriod[p] = p;
        }
        if (trailing) {
            spanEnd[periods] = horizon.years() - 1;
            spanPeriod[periods] = -1;
        }
        vraag = new double[regions * W * periods];
        aanbod = new double[regions * W * periods];
    }

    public Horizon horizon() { return horizon; }
    public int regions() { return regions; }
    public int periods() { return periods; }

    /** The period end years, ascending (the horizon's end when the scenario has no periods). */
    public int endYear(int p) { return endYears[p]; }

    int[] spanEnds() { return spanEnd; }

    private int at(int r, int w, int p) {
        return (r * W + w) * periods + p;
    }

    /** Cumulative demand from the base year to the end of period p, reserve included. */
    public double vraag(int r, int w, int p) { return vraag[at(r, w, p)]; }

    /** Realisable supply available by the end of period p. */
    public double aanbod(int r, int w, int p) { return aanbod[at(r, w, p)]; }

    /** {@link #vraag(int, int, int)} by cell index {@code (r * W + w) * periods + p}. */
    public double vraagAt(int cell) { return vraag[cell]; }

    /** {@link #aanbod(int, int, int)} by cell index {@code (r * W + w) * periods + p}. */
    public double aanbodAt(int cell) { return aanbod[cell]; }

    public double saldo(int r, int w, int p) { return Formulas.saldo(vraag(r, w, p), aanbod(r, w, p)); }

    public double extraHa(int r, int w, int p) { return Formulas.extraHectares(saldo(r, w, p)); }

    public Confrontation confrontation(int r, int w, int p) { return Formulas.confront(vraag(r, w, p), aanbod(r, w, p)); }

    public RegionTotal regionTotal(int r, int p) {
        Confrontation[] parts = new Confrontation[W];
        for (int w = 0; w < W; w++) {
            parts[w] = confrontation(r, w, p);
        }
        return Formulas.regionTotal(parts);
    }

    public RegionTotal nationalTotal(int p) {
        RegionTotal[] parts = new RegionTotal[regions];
        for (int r = 0; r < regions; r++) {
            parts[r] = regionTotal(r, p);
        }
        return Formulas.sumOfRegions(parts);
    }

    @Override
    public boolean details() {
        return false;
    }

    @Override
    public void flows(int r, int w, int span, Flows f) {
        double cumulative = (span == 0 ? 0 : running[w]) + f.demand();
        running[w] = cumulative;
        int p = spanPeriod[span];
        if (p >= 0) {
            vraag[at(r, w, p)] = cumulative;
        }
    }

    @Override
    public void stocks(int r, int w, int span, Stocks s) {
        int p = spanPeriod[span];
        if (p >= 0) {
            aanbod[at(r, w, p)] = s.realisable();
        }
    }

    @Override
    public void divergence(int r, double ratio) {
        // the compact result keeps only the confrontation
    }
}
