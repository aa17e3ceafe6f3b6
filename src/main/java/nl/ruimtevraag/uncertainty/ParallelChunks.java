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
import java.util.function.LongConsumer;
import java.util.function.ObjIntConsumer;
import java.util.function.Supplier;

/**
 * Runs task(workspace, i) for i = 0..n-1 on several threads, handing out chunks of indices; each
 * thread has its own workspace. Results must be stored by index, so they do not depend on the
 * number of threads. A task's failure stops the other threads at their next chunk and is rethrown.
 */
public final class ParallelChunks {
    private ParallelChunks() {
    }

    public static <W> void run(String name, int n, int chunk, int threads, Supplier<W> workspace, ObjIntConsumer<W> task) {
        run(name, n, chunk, threads, workspace, task, done -> { });
    }

    /**
     * As {@link #run(String, int, int, int, Supplier, ObjIntConsumer)}, telling {@code progress} on the
     * calling thread how many indices are done (non-decreasing; about every tenth of a second, or
     * after every chunk on one thread).
     */
    public static <W> void run(String name, int n, int chunk, int threads, Supplier<W> workspace, ObjIntConsumer<W> task,
                               LongConsumer progress) {
        int chunks = (n + chunk - 1) / chunk;
        int workers = Math.max(1, Math.min(threads, chunks));
        if (workers == 1) {
            W w = workspace.get();
            for (int i = 0; i < n; i++) {
                task.accept(w, i);
                if ((i + 1) % chunk == 0) {
                    progress.accept(i + 1);
                }
            }
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
        AtomicInteger next = new AtomicInteger();
        AtomicLong done = new AtomicLong();
        AtomicBoolean failed = new AtomicBoolean();
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < workers; t++) {
                futures.add(pool.submit(() -> {
                    try {
                        W w = workspace.get();
                        for (int c = next.getAndIncrement(); c < chunks && !failed.get(); c = next.getAndIncrement()) {
                            int end = Math.min(n, (c + 1) * chunk);
                            for (int i = c * chunk; i < end; i++) {
                                task.accept(w, i);
                            }
                            done.addAndGet(end - c * chunk);
                        }
                    } catch (RuntimeException | Error e) {
                        failed.set(true); // the other threads stop at their next chunk
                        throw e;
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                while (true) {
                    try {
                        f.get(100, TimeUnit.MILLISECONDS);
                        break;
                    } catch (TimeoutException e) {
                        progress.accept(done.get());
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(name + " interrupted", e);
        } catch (ExecutionException e) {
            throw rethrown(e);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Throws what a task threw: an unchecked exception or error as it is, anything else wrapped. */
    public static RuntimeException rethrown(ExecutionException e) {
        if (e.getCause() instanceof RuntimeException re) {
            throw re;
        }
        if (e.getCause() instanceof Error err) {
            throw err;
        }
        throw new IllegalStateException(e.getCause());
    }
}
