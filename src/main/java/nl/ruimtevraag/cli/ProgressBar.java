package nl.ruimtevraag.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.ruimtevraag.report.Label;
import nl.ruimtevraag.report.Language;
import nl.ruimtevraag.uncertainty.ProgressListener;

/**
 * A progress bar on standard error for runs longer than about a second, only when standard error
 * is a terminal and not with --quiet. Java 17 cannot ask about standard error ({@code System.console()}
 * looks at standard input and output, so {@code run ... 2>run.log} on a terminal would write the
 * bar's frames into the log, and {@code run ... | tee} would show none). On Linux the link
 * {@code /proc/self/fd/2} names what standard error is: a terminal device ({@code /dev/pts/N},
 * {@code /dev/ttyN}), a file, or {@code pipe:[N]}. Where that cannot be read (macOS, Windows) there
 * is no bar.
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
        return new ProgressBar(err, !quiet && isTerminal(Path.of("/proc/self/fd/2")), language, DELAY_NANOS);
    }

    /** True when the link (a {@code /proc/self/fd/N}) points at a terminal device; false when it cannot be read. */
    static boolean isTerminal(Path fileDescriptor) {
        try {
            String device = Files.readSymbolicLink(fileDescriptor).toString();
            return device.startsWith("/dev/pts/") || device.startsWith("/dev/tty") || device.equals("/dev/console");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return false;
        }
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
