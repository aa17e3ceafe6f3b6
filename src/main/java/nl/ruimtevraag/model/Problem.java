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
        String head = visible(line == 0 ? file : file + ":" + line + ":" + column) + ": error: " + visible(message);
        return hint.isEmpty() ? head : head + "\n  hint: " + visible(hint);
    }

    /**
     * Control characters from a file or key name written as visible escapes (a tab as backslash-t, an
     * escape character as backslash-u001b), so that they cannot move the cursor or recolour a
     * terminal; a message's own line breaks stay.
     */
    static String visible(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = Character.isISOControl(c) && c != '\n';
            if (control && out == null) {
                out = new StringBuilder(text.substring(0, i));
            }
            if (out != null) {
                out.append(!control ? String.valueOf(c) : c == '\t' ? "\\t" : c == '\r' ? "\\r"
                        : String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
            }
        }
        return out == null ? text : out.toString();
    }

    @Override
    public String toString() {
        return format();
    }
}
