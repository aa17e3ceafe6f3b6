package nl.ruimtevraag.uncertainty;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
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
 * significant digits of the spread otherwise) in a {@link DrawStore}: 2 x 4 bytes per cell and draw
 * (410 MB for 342 regions x 5 werkmilieus x 3 periods x 10,000 draws). To bound memory, the regions
 * are run in consecutive blocks whose draws fit in {@link #STORE_BUDGET}: all draws of one block,
 * then its percentiles, then the next block in the same store. Regions are independent, so a block
 * gets exactly the numbers of a run over all regions; sampling, resolving and projecting a draw
 * (all regions) are repeated per block, and only the block's regions are kept. National totals
 * per draw are summed in double, region by region in order across the blocks, and selected at the end.
 */
public final class MonteCarloRunner {
    /** draws per unit of work; fixed, so the partition does not depend on the thread count */
    public static final int CHUNK = 64;
    /**
     * the most memory the stored draws of one block of regions take: 128 MB, or a quarter of the heap
     * if less. Smaller blocks repeat the sampling and resolving of every draw once more per block; a
     * larger store touches more fresh memory, and every first touch of a page is a page fault. On the
     * benchmark (342 regions x 10,000 draws: four blocks of 86 regions, a store of 103 MB, against one
     * block of 410 MB), 8 + 8 alternating runs on a 2-core AMD EPYC (Zen 5) virtual machine: median
     * 3.88 -> 3.16 s (256 MB: 3.84 -> 3.28 s), page faults 150,000 -> 64,000, system CPU 1.0-1.4 -> 0.55 s,
     * peak RSS 0.61 -> 0.27 GB; 64 MB about the same, 32 MB slower (docs/performance.md). On an earlier
     * Zen 4 machine, with apparently cheaper faults, one block was 4-5% faster than two. Checked again
     * once the events were resolved per block (session 6): 128 MB against 64 MB 3.33 against 3.64 s
     * (10 + 10), against 256 MB 3.34 against 3.52 s (6 + 6).
     */
    static final long STORE_BUDGET = Math.min(128L << 20, Runtime.getRuntime().maxMemory() / 4);
    private static final int W = Werkmilieu.COUNT;
    private static final int TOTALS = TotalOutput.values().length;

    private MonteCarloRunner() {
    }

    public static MonteCarloResult run(Scenario scenario, RegionalData data, MonteCarloSettings settings,
                                       ProgressListener progress) {
        return run(InputResolver.plan(scenario, data), scenario, settings, progress);
    }

    /** The same, for a scenario already planned on its data set (a run that also projects it centrally). */
    public static MonteCarloResult run(InputPlan plan, Scenario scenario, MonteCarloSettings settings,
                                       ProgressListener progress) {
        return run(plan, scenario, settings, progress, STORE_BUDGET);
    }

    /** As {@link #run(InputPlan, Scenario, MonteCarloSettings, ProgressListener)} with another store budget. */
    static MonteCarloResult run(InputPlan plan, Scenario scenario, MonteCarloSettings settings,
                                ProgressListener progress, long storeBudget) {
        ParameterDraws draws = new ParameterDraws(scenario, plan, settings.seed());
        int regions = plan.regions();
        int n = settings.draws();

        PeriodEndResult central = new PeriodEndResult(plan.horizon(), regions);
        Projector.projectPeriodEnds(plan.resolve(draws.central()), central, new Projector.Workspace());
        int periods = central.periods();
        int cellsPerRegion = W * periods;
        double[] centralVraag = new double[regions * cellsPerRegion];
        double[] centralAanbod = new double[regions * cellsPerRegion];
        for (int r = 0; r < regions; r++) {
            for (int w = 0; w < W; w++) {
                for (int p = 0; p < periods; p++) {
                    int c = (r * W + w) * periods + p;
                    centralVraag[c] = central.vraag(r, w, p);
                    centralAanbod[c] = central.aanbod(r, w, p);
                }
            }
        }

        int perBlock = regionsPerBlock(regions, cellsPerRegion, n, storeBudget);
        int blocks = (regions + perBlock - 1) / perBlock;
        DrawStore store = new DrawStore(perBlock * cellsPerRegion, n);
        Reduction reduction = new Reduction(settings, regions, periods, centralVraag, centralAanbod, store);
        double[][] nationalByDraw = new double[TOTALS * periods][n];

        ExecutorService pool = Executors.newFixedThreadPool(settings.threads(), r -> {
            Thread t = new Thread(r, "monte-carlo");
            t.setDaemon(true);
            return t;
        });
        // per-thread state, reused from block to block (a fresh buffer would take first-use branches
        // that the compiled code of the first block left out, and have it recompiled)
        Queue<Worker> idleWorkers = new ConcurrentLinkedQueue<>();
        Queue<Reduction.Scratch> idleScratch = new ConcurrentLinkedQueue<>();
        try {
            for (int b = 0; b < blocks; b++) {
                int from = b * perBlock;
                int to = Math.min(regions, from + perBlock);
                int before = b;
                AtomicInteger nextChunk = new AtomicInteger();
                AtomicLong done = new AtomicLong();
                AtomicBoolean failed = new AtomicBoolean();
                int chunks = (n + CHUNK - 1) / CHUNK;
                List<Future<?>> workers = new ArrayList<>();
                for (int t = 0; t < settings.threads(); t++) {
                    workers.add(pool.submit(() -> {
                        Worker worker = idleWorkers.poll();
                        if (worker == null) {
                            worker = new Worker(plan, draws, store, centralVraag, centralAanbod, nationalByDraw);
                        }
                        try {
                            for (int c = nextChunk.getAndIncrement(); c < chunks && !failed.get(); c = nextChunk.getAndIncrement()) {
                                worker.chunk(c, Math.min(n, (c + 1) * CHUNK), from, to);
                                done.addAndGet(Math.min(n, (c + 1) * CHUNK) - c * CHUNK);
                            }
                        } catch (RuntimeException | Error e) {
                            failed.set(true);
                            throw e;
                        } finally {
                            idleWorkers.add(worker);
                        }
                        return null;
                    }));
                }
                await(workers, () -> progress.progress((before * (long) n + done.get()) / blocks, n));

                AtomicInteger nextRegion = new AtomicInteger(from);
                List<Future<?>> reducers = new ArrayList<>();
                for (int t = 0; t < settings.threads(); t++) {
                    reducers.add(pool.submit(() -> {
                        Reduction.Scratch scratch = idleScratch.poll();
                        if (scratch == null) {
                            scratch = reduction.scratch();
                        }
                        try {
                            for (int r = nextRegion.getAndIncrement(); r < to; r = nextRegion.getAndIncrement()) {
                                reduction.region(r, from, scratch);
                            }
                        } finally {
                            idleScratch.add(scratch);
                        }
                        return null;
                    }));
                }
                await(reducers, () -> { });
            }
            progress.progress(n, n);
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

    /** Regions per block: as many as the budget's bytes hold (at least one), in blocks of equal size. */
    static int regionsPerBlock(int regions, int cellsPerRegion, int draws, long budget) {
        long bytesPerRegion = 2L * Float.BYTES * cellsPerRegion * Math.max(1, draws);
        int most = (int) Math.max(1, Math.min(regions, budget / bytesPerRegion));
        int blocks = (regions + most - 1) / most;
        return Math.max(1, (regions + blocks - 1) / blocks);
    }

    /** One thread's buffers for the draws, reused for every chunk and block it runs. */
    private static final class Worker {
        private final InputPlan plan;
        private final ParameterDraws draws;
        private final DrawStore store;
        private final double[] centralVraag;
        private final double[] centralAanbod;
        private final double[][] nationalByDraw;
        private final double[] values;
        private final InputPlan.Scratch scratch;
        private final Projector.Workspace workspace = new Projector.Workspace();
        private final PeriodEndResult out;
        private final double[] totals = new double[TOTALS];
        private final DrawStore.ChunkBuffer chunk;

        Worker(InputPlan plan, ParameterDraws draws, DrawStore store, double[] centralVraag, double[] centralAanbod,
               double[][] nationalByDraw) {
            this.plan = plan;
            this.draws = draws;
            this.store = store;
            this.centralVraag = centralVraag;
            this.centralAanbod = centralAanbod;
            this.nationalByDraw = nationalByDraw;
            this.values = new double[plan.params().size()];
            this.scratch = plan.scratch();
            this.out = new PeriodEndResult(plan.horizon(), plan.regions());
            this.chunk = new DrawStore.ChunkBuffer(store.cells());
        }

        /**
         * Draws {@code c * CHUNK .. end-1} for the regions {@code from..to-1}: sample, resolve, project,
         * keep the cells' differences in the chunk buffer and add the regions to the national totals;
         * then the chunk goes into the store.
         */
        void chunk(int c, int end, int from, int to) {
            // one call per draw: the loop stays small, so the JIT compiles the draw's work once as an
            // ordinary method instead of again and again as on-stack replacements of a long loop
            for (int i = c * CHUNK; i < end; i++) {
                draw(i, (i - c * CHUNK) * store.cells(), from, to);
            }
            store.put(c, chunk);
        }

        /** Draw i: sample, resolve, project, keep the cells' differences at {@code offset} in the chunk buffer, add the national totals. */
        private void draw(int i, int offset, int from, int to) {
            int periods = out.periods();
            int cellsPerRegion = W * periods;
            draws.fill(i, values);
            Projector.projectPeriodEnds(scratch.resolve(values), out, workspace);
            store(out, centralVraag, centralAanbod, from * cellsPerRegion, (to - from) * cellsPerRegion, chunk, offset);
            for (int p = 0; p < periods; p++) {
                for (int o = 0; o < TOTALS; o++) {
                    totals[o] = nationalByDraw[o * periods + p][i];
                }
                Totals.addRegions(out, p, from, to, totals);
                for (int o = 0; o < TOTALS; o++) {
                    nationalByDraw[o * periods + p][i] = totals[o];
                }
            }
        }
    }

    /** One draw's cells {@code first..first+cells-1} as float differences from the deterministic values. */
    private static void store(PeriodEndResult out, double[] centralVraag, double[] centralAanbod, int first,
                              int cells, DrawStore.ChunkBuffer chunk, int offset) {
        float[] vraag = chunk.vraag;
        float[] aanbod = chunk.aanbod;
        for (int c = 0; c < cells; c++) {
            vraag[offset + c] = (float) (out.vraagAt(first + c) - centralVraag[first + c]);
            aanbod[offset + c] = (float) (out.aanbodAt(first + c) - centralAanbod[first + c]);
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
