package nl.ruimtevraag.model;

/**
 * A user-facing error with its location: {@code FILE:LINE:COLUMN: error: MESSAGE}, then a hint.
 * Line and column are 1-based; 0 when unknown.
 */
public record Problem(String file, int line, int column, String message, String hint) {
    public Problem {
        file = file == null ? "" : file;
        hint = hint == null ? "" : hint;
    }

    public String format() {
        StringBuilder b = new StringBuilder();
        b.append(file).append(':').append(line).append(':').append(column).append(": error: ").append(message);
        if (!hint.isEmpty()) {
            b.append(System.lineSeparator()).append("  hint: ").append(hint);
        }
        return b.toString();
    }
}
