package nl.ruimtevraag.cli;

/** The process exit codes of every command (docs/cli.md). */
public final class ExitCodes {
    /** Success. */
    public static final int OK = 0;
    /** Any failure that is not the input's fault: a file that cannot be written, an internal error. */
    public static final int FAILURE = 1;
    /** Invalid input or usage; the message names file, line and column. */
    public static final int INVALID = 2;

    private ExitCodes() {
    }
}
