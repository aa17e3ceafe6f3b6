package nl.ruimtevraag.uncertainty;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import nl.ruimtevraag.engine.InputPlan;
import nl.ruimtevraag.engine.InputResolver;
import nl.ruimtevraag.engine.PeriodEndResult;
import nl.ruimtevraag.engine.Projector;
import nl.ruimtevraag.model.RegionalData;
import nl.ruimtevraag.model.Scenario;
import nl.ruimtevraag.model.Werkmilieu;

/**
 * Monte Carlo over every uncertain parameter of a scenario (method section 7).
 *
 * <p>Draws: the draw indices are cut into fixed chunks of {@link #CHUNK}; worker threads take chunks
 * in turn, and each draw's parameters are a pure function of (seed, draw, path) ({@link Sampler}),
 * and its results are stored at its index, so the result is the same for any number of threads.
 * Per draw only the parameter vector changes: the scenario is planned once ({@link InputPlan}) and
 * the engine's fast path computes the period-end confrontation into per-thread buffers.
 *
 * <p>Storage: cumulative demand and realisable supply per region x werkmilieu x period end and draw,
 * as float differences from the deterministic value (exact zero when a draw equals it; about 7
 * significant digits of the spread otherwise) in a {@link DrawStore}, draw by draw: 2 x 4 bytes per cell
 * and draw, 410 MB for 342 regions x 5 werkmilieus x 3 periods x 10,000 draws. National totals per draw are summed in double as the
 * draws run. Percentiles of every output and of the region and national totals are then selected
 * per region, in parallel over regions.
 */
public final class MonteCarloRunner {
    /** draws per unit of work; fixed, so the partition does not depend on the thread count */
    public static final int CHUNK = 64;
    private static final int W = Werkmilieu.COUNT;
    private static final int TOTALS = TotalOutput.values().length;

    private MonteCarloRunner() {
    }

    public static MonteCarloResult run(Scenario scenario, RegionalData data, MonteCarloSettings settings,
                                       ProgressListener progress) {
        InputPlan plan = InputResolver.plan(scenario, data);
        ParameterDraws draws = new ParameterDraws(scenario, plan, settings.seed());
        int regions = plan.regions();
        int n = settings.draws();

        PeriodEndResult central = new PeriodEndResult(plan.horizon(), regions);
        Projector.projectPeriodEnds(plan.resolve(draws.central(), new InputPlan.Buffer()), central,
                new Projector.Workspace());
        int periods = central.periods();
        int cells = regions * W * periods;
        double[] centralVraag = new double[cells];
        double[] centralAanbod = new double[cells];
        for (int r = 0; r < regions; r++) {
            for (int w = 0; w < W; w++) {
                for (int p = 0; p < periods; p++) {
                    int c = (r * W + w) * periods + p;
                    centralVraag[c] = central.vraag(r, w, p);
                    centralAanbod[c] = central.aanbod(r, w, p);
                }
            }
        }

        DrawStore store = new DrawStore(cells, n);
        double[][] nationalByDraw = new double[TOTALS * periods][n];

        ExecutorService pool = Executors.newFixedThreadPool(settings.threads(), r -> {
            Thread t = new Thread(r, "monte-carlo");
            t.setDaemon(true);
            return t;
        });
        try {
            AtomicInteger nextChunk = new AtomicInteger();
            AtomicLong done = new AtomicLong();
            AtomicBoolean failed = new AtomicBoolean();
            int chunks = (n + CHUNK - 1) / CHUNK;
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < settings.threads(); t++) {
                workers.add(pool.submit(() -> {
                    double[] values = new double[plan.params().size()];
                    InputPlan.Buffer buffer = new InputPlan.Buffer();
                    Projector.Workspace workspace = new Projector.Workspace();
                    PeriodEndResult out = new PeriodEndResult(plan.horizon(), regions);
                    double[] totals = new double[TOTALS];
                    DrawStore.ChunkBuffer chunk = new DrawStore.ChunkBuffer(cells);
                    try {
                        for (int c = nextChunk.getAndIncrement(); c < chunks && !failed.get(); c = nextChunk.getAndIncrement()) {
                            int end = Math.min(n, (c + 1) * CHUNK);
                            for (int i = c * CHUNK; i < end; i++) {
                                draws.fill(i, values);
                                Projector.projectPeriodEnds(plan.resolve(values, buffer), out, workspace);
                                store(out, centralVraag, centralAanbod, chunk, (i - c * CHUNK) * cells);
                                for (int p = 0; p < periods; p++) {
                                    Totals.national(out, p, totals);
                                    for (int o = 0; o < TOTALS; o++) {
                                        nationalByDraw[o * periods + p][i] = totals[o];
                                    }
                                }
                            }
                            store.put(c, chunk);
                            done.addAndGet(end - c * CHUNK);
                        }
                    } catch (RuntimeException | Error e) {
                        failed.set(true);
                        throw e;
                    }
                    return null;
                }));
            }
            await(workers, () -> progress.progress(done.get(), n));
            progress.progress(n, n);

            Reduction reduction = new Reduction(settings, regions, periods, centralVraag, centralAanbod,
                    store);
            AtomicInteger nextRegion = new AtomicInteger();
            List<Future<?>> reducers = new ArrayList<>();
            for (int t = 0; t < settings.threads(); t++) {
                reducers.add(pool.submit(() -> {
                    Reduction.Scratch scratch = reduction.scratch();
                    for (int r = nextRegion.getAndIncrement(); r < regions; r = nextRegion.getAndIncrement()) {
                        reduction.region(r, scratch);
                    }
                    return null;
                }));
            }
            await(reducers, () -> { });
            Bands national = reduction.national(nationalByDraw, central);

            List<Integer> ends = new ArrayList<>();
            for (int p = 0; p < periods; p++) {
                ends.add(central.endYear(p));
            }
            return new MonteCarloResult(plan.scenarioName(), n, settings.seed(), settings.percentiles(),
                    draws.uncertain(), plan.regionCodes(), ends, reduction.cells(), reduction.regions(), national);
        } finally {
            pool.shutdownNow();
        }
    }

    /** One draw's cells as float differences from the deterministic values, written in cell order. */
    private static void store(PeriodEndResult out, double[] centralVraag, double[] centralAanbod,
                              DrawStore.ChunkBuffer chunk, int offset) {
        float[] vraag = chunk.vraag;
        float[] aanbod = chunk.aanbod;
        int periods = out.periods();
        int c = 0;
        for (int r = 0; r < out.regions(); r++) {
            for (int w = 0; w < W; w++) {
                for (int p = 0; p < periods; p++, c++) {
                    vraag[offset + c] = (float) (out.vraag(r, w, p) - centralVraag[c]);
                    aanbod[offset + c] = (float) (out.aanbod(r, w, p) - centralAanbod[c]);
                }
            }
        }
    }

    /** Waits for every task, telling {@code tick} about every tenth of a second; rethrows a task's failure. */
    private static void await(List<Future<?>> tasks, Runnable tick) {
        try {
            for (Future<?> f : tasks) {
                while (true) {
                    try {
                        f.get(100, TimeUnit.MILLISECONDS);
                        break;
                    } catch (TimeoutException e) {
                        tick.run();
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Monte Carlo run interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
    }
}
