package nl.ruimtevraag.uncertainty;

/**
 * Told how far a run is. Called on the thread that started the run, with {@code done}
 * non-decreasing and ending at {@code total}; the uncertainty package itself never prints.
 */
@FunctionalInterface
public interface ProgressListener {
    ProgressListener NONE = (done, total) -> { };

    void progress(long done, long total);
}
