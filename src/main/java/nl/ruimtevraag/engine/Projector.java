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

    /** The full projection: every measure per region x werkmilieu x year (for the workbook). */
    public static Projection project(ProjectionInput in) {
        int years = in.years();
        int[] everyYear = new int[years];
        for (int y = 0; y < years; y++) {
            everyYear[y] = y;
        }
        SeriesSink sink = new SeriesSink(in.regions(), years);
        run(in, new RegionKernel(years, everyYear), sink);
        return new Projection(in.scenarioName(), in.horizon(), in.regionCodes(), in.regionNames(), sink.series(),
                sink.byStrategy, sink.ratio, in);
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
     * The kernel sums each period's flows before the linear formulas instead of after.
     */
    public static void projectPeriodEnds(ProjectionInput in, PeriodEndResult out, Workspace ws) {
        if (out.regions() != in.regions() || !out.horizon().equals(in.horizon())) {
            throw new IllegalArgumentException("result buffer does not match the input's regions and horizon");
        }
        run(in, ws.kernel(in.years(), out.spanEnds()), out);
    }

    private static void run(ProjectionInput in, RegionKernel kernel, RegionSink sink) {
        kernel.start(in);
        for (int r = 0; r < in.regions(); r++) {
            kernel.run(r, sink);
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
        double factor = p.input().expansion().divergenceFactor();
        for (int r = 0; r < p.regionCount(); r++) {
            double q = p.methodRatio(r);
            if (!Double.isNaN(q) && (q > factor || q < 1 / factor)) {
                flagged.add(p.regionCodes().get(r));
            }
        }
        return flagged;
    }
}
