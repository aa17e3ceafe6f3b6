package nl.ruimtevraag.uncertainty;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.ObjIntConsumer;
import java.util.function.Supplier;

/**
 * Runs task(workspace, i) for i = 0..n-1 on several threads, handing out chunks of indices; each
 * thread has its own workspace. Results must be stored by index, so they do not depend on the
 * number of threads. A task's failure is rethrown.
 */
public final class ParallelChunks {
    private ParallelChunks() {
    }

    public static <W> void run(String name, int n, int chunk, int threads, Supplier<W> workspace, ObjIntConsumer<W> task) {
        int chunks = (n + chunk - 1) / chunk;
        int workers = Math.max(1, Math.min(threads, chunks));
        if (workers == 1) {
            W w = workspace.get();
            for (int i = 0; i < n; i++) {
                task.accept(w, i);
            }
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
        AtomicInteger next = new AtomicInteger();
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < workers; t++) {
                futures.add(pool.submit(() -> {
                    W w = workspace.get();
                    for (int c = next.getAndIncrement(); c < chunks; c = next.getAndIncrement()) {
                        for (int i = c * chunk; i < Math.min(n, (c + 1) * chunk); i++) {
                            task.accept(w, i);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
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
