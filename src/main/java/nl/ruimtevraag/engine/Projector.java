package nl.ruimtevraag.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * The projection engine: pure and deterministic. {@code project(input)} computes every
 * {@link Measure} per region x werkmilieu x year with the formulas of {@link Formulas};
 * {@code projectPeriodEnds} computes only the confrontation at the period ends, for Monte Carlo.
 * Both run the same {@link RegionKernel}. It does no
 * I/O and knows nothing of YAML, Excel or the console.
 */
public final class Projector {
    private Projector() {
    }

    /**
     * The full projection: every measure per region x werkmilieu x year (for the workbook).
     *
     * @throws IllegalArgumentException for an input not resolved for every region (a block resolve)
     */
    public static Projection project(ProjectionInput in) {
        requireResolved(in, 0, in.regions());
        int years = in.years();
        int[] everyYear = new int[years];
        for (int y = 0; y < years; y++) {
            everyYear[y] = y;
        }
        SeriesSink sink = new SeriesSink(in.regions(), years);
        RegionKernel kernel = new RegionKernel(years, everyYear);
        for (int r = 0; r < in.regions(); r++) {
            kernel.run(in, r, sink);
        }
        return new Projection(in.scenarioName(), in.horizon(), in.regionCodes(), in.regionNames(), sink.series(),
                sink.byStrategy, sink.used, sink.ratio, in);
    }

    /** The compact period-end result in a new buffer. */
    public static PeriodEndResult projectPeriodEnds(ProjectionInput in) {
        PeriodEndResult out = new PeriodEndResult(in.horizon(), in.regions());
        projectPeriodEnds(in, out, new Workspace());
        return out;
    }

    /**
     * The fast path: only cumulative demand and realisable supply at the period ends, written into
     * {@code out} (sized for the input's horizon and regions), with the scratch of a per-thread workspace.
     * No allocation per region or cell.
     */
    public static void projectPeriodEnds(ProjectionInput in, PeriodEndResult out, Workspace ws) {
        projectPeriodEnds(in, out, ws, 0, in.regions());
    }

    /**
     * The fast path for the regions {@code from} (inclusive) to {@code to} (exclusive) only; the other
     * regions' cells of {@code out} are left as they were. Regions are independent, so this gives
     * those regions exactly the numbers of the whole projection.
     *
     * @throws IllegalArgumentException when {@code out} does not fit the input, the range is not one of
     *         the input's regions, or the input was not resolved for all of them
     *         ({@link ProjectionInput#resolves})
     */
    public static void projectPeriodEnds(ProjectionInput in, PeriodEndResult out, Workspace ws, int from, int to) {
        // the same Horizon object for every draw of a plan: compared by identity first, so the
        // per-draw check compiles to one comparison (a record's equals is a chain of method handles)
        if (out.regions() != in.regions() || out.horizon() != in.horizon() && !out.horizon().equals(in.horizon())) {
            throw new IllegalArgumentException("result buffer does not match the input's regions and horizon");
        }
        in.regionList().requireRange(from, to);
        requireResolved(in, from, to);
        RegionKernel kernel = ws.kernel(in.years(), out.spanEnds());
        kernel.newInput();
        for (int r = from; r < to; r++) {
            kernel.run(in, r, out);
        }
    }

    /** Refuses regions whose numbers a block resolve left stale (see {@link ProjectionInput#resolvedFrom()}). */
    private static void requireResolved(ProjectionInput in, int from, int to) {
        if (!in.resolves(from, to)) {
            throw new IllegalArgumentException("input resolved for regions " + in.resolvedFrom() + ".." + in.resolvedTo()
                    + " only, asked to project " + from + ".." + to);
        }
    }

    /** Scratch for {@link #projectPeriodEnds}; one per thread, reused for every draw. */
    public static final class Workspace {
        private RegionKernel kernel;

        RegionKernel kernel(int years, int[] spanEnd) {
            if (kernel == null || !kernel.fits(years, spanEnd)) {
                kernel = new RegionKernel(years, spanEnd);
            }
            return kernel;
        }
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
