package nl.ruimtevraag.cli;

import java.io.PrintWriter;
import nl.ruimtevraag.report.Label;
import nl.ruimtevraag.report.Language;
import nl.ruimtevraag.uncertainty.ProgressListener;

/**
 * A progress bar on standard error for runs longer than about a second, only when the JVM has a
 * console (standard input and output are a terminal: Java 17 cannot ask about standard error
 * alone, so a pipe or a log file on either side means no bar) and not with --quiet.
 */
final class ProgressBar implements ProgressListener, AutoCloseable {
    private static final long DELAY_NANOS = 1_000_000_000L;
    private static final int WIDTH = 30;

    private final PrintWriter err;
    private final boolean enabled;
    private final Language language;
    private final long delayNanos;
    private final long start = System.nanoTime();
    private boolean drawn;

    /** A bar that draws after {@code delayNanos}, if enabled. */
    ProgressBar(PrintWriter err, boolean enabled, Language language, long delayNanos) {
        this.err = err;
        this.enabled = enabled;
        this.language = language;
        this.delayNanos = delayNanos;
    }

    static ProgressBar forStandardError(PrintWriter err, boolean quiet, Language language) {
        return new ProgressBar(err, !quiet && System.console() != null, language, DELAY_NANOS);
    }

    @Override
    public void progress(long done, long total) {
        if (!enabled || total <= 0 || System.nanoTime() - start < delayNanos) {
            return;
        }
        int filled = (int) (WIDTH * done / total);
        err.print("\r[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] "
                + (100 * done / total) + "% " + done + "/" + total + " " + Label.CONSOLE_DRAWS.in(language));
        err.flush();
        drawn = true;
    }

    @Override
    public void close() {
        if (drawn) {
            err.println();
            err.flush();
        }
    }
}
