package nl.ruimtevraag.cli;

import nl.ruimtevraag.report.Language;

/**
 * A failure the user can fix, already worded for them: printed as is, no stack trace.
 * {@code exitCode} is {@link ExitCodes#INVALID} for bad input, {@link ExitCodes#FAILURE} otherwise.
 */
public final class UserError extends RuntimeException {
    private final int exitCode;

    public UserError(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    /**
     * A message in the command's language: {@code fout: ...} and {@code tip: ...} in Dutch,
     * {@code error: ...} and {@code hint: ...} in English; an empty hint is left out.
     */
    static UserError of(Language language, int exitCode, String nl, String nlHint, String en, String enHint) {
        boolean english = language == Language.EN;
        String message = english ? en : nl;
        String hint = english ? enHint : nlHint;
        return new UserError(exitCode, (english ? "error: " : "fout: ") + message
                + (hint.isEmpty() ? "" : (english ? "\n  hint: " : "\n  tip: ") + hint));
    }

    public int exitCode() {
        return exitCode;
    }
}
