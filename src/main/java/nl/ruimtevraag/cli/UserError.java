package nl.ruimtevraag.cli;

/**
 * A failure the user can fix, already worded for them: printed as is, no stack trace.
 * {@code exitCode} is {@link Main#INVALID} for bad input, {@link Main#FAILURE} otherwise.
 */
public final class UserError extends RuntimeException {
    private final int exitCode;

    public UserError(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }
}
