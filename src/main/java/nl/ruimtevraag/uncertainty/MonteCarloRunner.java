package nl.ruimtevraag.uncertainty;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ObjIntConsumer;
import java.util.function.Supplier;
import nl.ruimtevraag.engine.InputPlan;
import nl.ruimtevraag.engine.InputResolver;
import nl.ruimtevraag.engine.PeriodEndResult;
import nl.ruimtevraag.engine.Projector;
import nl.ruimtevraag.model.RegionalData;
import nl.ruimtevraag.model.Scenario;
import nl.ruimtevraag.model.Werkmilieu;

/**
 * Monte Carlo over every uncertain parameter of a scenario (method section 7), and the per-draw loop
 * that {@code compare} and the tornado share with it ({@link #eachDraw}).
 *
 * <p>Draws: each draw's parameters are a pure function of (seed, draw, path) ({@link Sampler}), and
 * its results are stored at its index, so the result is the same for any number of threads. Per draw
 * only the parameter vector changes: the scenario is planned once ({@link InputPlan}) and the
 * engine's fast path computes the period-end confrontation into per-thread buffers.
 *
 * <p>A run keeps every draw of every cell in a {@link DrawStore} (8 bytes per cell and draw), and
 * per draw the national totals in double; then {@link Reduction} selects the percentiles region by
 * region. The command line refuses a run whose store would not fit in memory ({@link #storeBytes}).
 */
public final class MonteCarloRunner {
    /** draws per unit of work; fixed, so the partition does not depend on the thread count */
    static final int CHUNK = DrawStore.CHUNK;
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
        ParameterDraws draws = new ParameterDraws(scenario, plan, settings.seed());
        int n = settings.draws();
        PeriodEndResult central = Projector.projectPeriodEnds(plan.resolve(draws.central()));
        int periods = central.periods();
        DrawStore store = new DrawStore(central, n);
        double[][] national = new double[TOTALS * periods][n];
        eachDraw(plan, n, settings.threads(), (values, i) -> draws.fill(i, values), () -> new DrawSink() {
            private final DrawStore.Chunk chunk = store.new Chunk();
            private final double[] totals = new double[TOTALS];

            @Override
            public void draw(int i, PeriodEndResult out) {
                chunk.put(i, out);
                for (int p = 0; p < periods; p++) {
                    Totals.national(out, p, totals);
                    for (int o = 0; o < TOTALS; o++) {
                        national[o * periods + p][i] = totals[o];
                    }
                }
            }

            @Override
            public void endOfChunk(int first, int end) {
                chunk.store(first, end);
            }
        }, progress);

        Reduction reduction = new Reduction(settings, central, store);
        ParallelChunks.run("monte-carlo", central.regions(), 1, settings.threads(), reduction::scratch,
                (scratch, r) -> reduction.region(r, scratch));
        progress.progress(n, n);
        List<Integer> ends = new ArrayList<>();
        for (int p = 0; p < periods; p++) {
            ends.add(central.endYear(p));
        }
        return new MonteCarloResult(plan.scenarioName(), n, settings.seed(), settings.percentiles(),
                draws.uncertain(), plan.regionCodes(), ends, reduction.cells(), reduction.regions(),
                reduction.national(national));
    }

    /**
     * The most bytes a run may keep: half of the heap (the rest holds the data, the plan and the
     * reduction's arrays), and no more than Java arrays hold ({@link DrawStore#LARGEST}).
     */
    /** The most a per-year Monte Carlo for the fan charts may keep in memory: {@value} bytes. */
    static final long YEARLY_STORE_BUDGET = 256L << 20;

    /**
     * The same Monte Carlo (the same draws: same seed and parameters) with every projected year as a period
     * end, for fan charts per year; null when its draws would hold more than {@link #YEARLY_STORE_BUDGET}
     * (many regions and draws: then the fan charts show the period ends).
     */
    public static MonteCarloResult yearly(Scenario scenario, RegionalData data, MonteCarloSettings settings) {
        Scenario each = new Scenario(scenario.identity(), scenario.horizon().yearly(), scenario.regions(), scenario.economy(),
                scenario.circular(), scenario.transformation(), scenario.replacement(), scenario.intensification(),
                scenario.supply(), scenario.constraints(), scenario.planningReserve(), scenario.monteCarlo(), scenario.output());
        InputPlan plan = nl.ruimtevraag.engine.InputResolver.plan(each, data);
        if (storeBytes(plan, settings.draws()) > Math.min(YEARLY_STORE_BUDGET, storeLimit())) {
            return null;
        }
        return run(plan, each, settings, ProgressListener.NONE);
    }

    public static long storeLimit() {
        return Math.min(Runtime.getRuntime().maxMemory() / 2, DrawStore.LARGEST);
    }

    /** The bytes a run of this many draws keeps for a planned scenario ({@link DrawStore}). */
    public static long storeBytes(InputPlan plan, int draws) {
        long periods = new PeriodEndResult(plan.horizon(), 0).periods();
        return DrawStore.bytes((long) plan.regions() * Werkmilieu.COUNT * periods, draws);
    }

    /** What one thread does with its draws' results; each thread runs whole chunks of {@link #CHUNK} draws. */
    interface DrawSink {
        /** Draw i's result: the thread's buffer, overwritten by its next draw. */
        void draw(int i, PeriodEndResult out);

        /** After the draws {@code first..end-1} of one chunk. */
        default void endOfChunk(int first, int end) {
        }
    }

    /**
     * The per-draw loop: for i = 0..n-1, on {@code threads} threads, {@code values} fills a vector
     * ({@link InputPlan#params()} order) for draw i, which is resolved and projected to the period
     * ends and handed to the thread's sink. Draws run in chunks of {@link #CHUNK}, each chunk's draws
     * in order on one thread; results must be kept by index, so they do not depend on the threads.
     */
    static void eachDraw(InputPlan plan, int n, int threads, ObjIntConsumer<double[]> values,
                         Supplier<DrawSink> sinks, ProgressListener progress) {
        record Work(double[] values, InputPlan.Scratch scratch, Projector.Workspace workspace, PeriodEndResult out,
                    DrawSink sink) {
        }
        ParallelChunks.run("monte-carlo", (n + CHUNK - 1) / CHUNK, 1, threads,
                () -> new Work(new double[plan.params().size()], plan.scratch(), new Projector.Workspace(),
                        new PeriodEndResult(plan.horizon(), plan.regions()), sinks.get()),
                (w, chunk) -> {
                    int first = chunk * CHUNK;
                    int end = Math.min(n, first + CHUNK);
                    for (int i = first; i < end; i++) {
                        values.accept(w.values(), i);
                        Projector.projectPeriodEnds(w.scratch().resolve(w.values()), w.out(), w.workspace());
                        w.sink().draw(i, w.out());
                    }
                    w.sink().endOfChunk(first, end);
                },
                chunks -> progress.progress(Math.min(n, chunks * CHUNK), n));
    }
}
