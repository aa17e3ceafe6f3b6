package nl.ruimtevraag.model;

/**
 * One error in a scenario or data set file, with the place it was found. Errors are values: the loader
 * collects every problem it finds and reports them together, like a compiler.
 *
 * @param file the file as the user named it (built-in scenarios read {@code <builtin>/NAME.yaml})
 * @param line 1-based line, or 0 when the place is not in a file's text (a sweep's {@code --vary})
 * @param column 1-based column
 * @param message what is wrong
 * @param hint how to fix it, or "" when there is nothing useful to add
 */
public record Problem(String file, int line, int column, String message, String hint) {
    public Problem {
        file = file == null ? "" : file;
        hint = hint == null ? "" : hint;
        if (message == null || message.isBlank()) {
            throw new IllegalArgumentException("a problem needs a message");
        }
    }

    public Problem(String file, int line, int column, String message) {
        this(file, line, column, message, "");
    }

    /**
     * {@code FILE:LINE:COLUMN: error: MESSAGE} ({@code FILE: error: MESSAGE} at line 0), then
     * {@code   hint: HINT} on its own line when there is a hint.
     */
    public String format() {
        String head = (line == 0 ? file : file + ":" + line + ":" + column) + ": error: " + message;
        return hint.isEmpty() ? head : head + "\n  hint: " + hint;
    }

    @Override
    public String toString() {
        return format();
    }
}
