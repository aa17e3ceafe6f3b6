package nl.ruimtevraag.cli;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import nl.ruimtevraag.scenario.ScenarioLoader;
import nl.ruimtevraag.uncertainty.ParallelChunks;

/**
 * A scenario (file or built-in name) read and parsed on a thread of its own while the data set
 * loads: parsing needs no region codes, and with a large data set the two take about as long.
 * {@link #get()} gives the result, or throws on the caller's thread what parsing threw.
 */
final class BackgroundScenario {
    private final FutureTask<ScenarioLoader.Parsed> task;

    private BackgroundScenario(String fileOrName) {
        task = new FutureTask<>(() -> Inputs.parse(fileOrName));
    }

    /** Starts parsing {@code fileOrName} (null: the built-in basis), as {@link Inputs#parse} does. */
    static BackgroundScenario start(String fileOrName) {
        BackgroundScenario scenario = new BackgroundScenario(fileOrName);
        Thread thread = new Thread(scenario.task, "scenario-parse");
        thread.setDaemon(true);
        thread.start();
        return scenario;
    }

    /** Waits for the parsed scenario (an interrupt is kept for the caller, not lost). */
    ScenarioLoader.Parsed get() {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return task.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } catch (ExecutionException e) {
            throw ParallelChunks.rethrown(e);
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
