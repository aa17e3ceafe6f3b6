package nl.ruimtevraag.model;

import java.util.Locale;

/**
 * One error in a scenario or data set file, with the place it was found. Errors are values: the loader
 * collects every problem it finds and reports them together, like a compiler.
 *
 * @param file the file as the user named it (built-in scenarios read {@code <builtin>/NAME.yaml})
 * @param line 1-based line, or 0 when the place is not in a file's text (a sweep's {@code --vary})
 * @param column 1-based column
 * @param message what is wrong, in Dutch and English
 * @param hint how to fix it, or {@link Text#NONE} when there is nothing useful to add
 */
public record Problem(String file, int line, int column, Text message, Text hint) {
    public Problem {
        file = file == null ? "" : file;
        hint = hint == null ? Text.NONE : hint;
        if (message == null || message.nl().isBlank() || message.en().isBlank()) {
            throw new IllegalArgumentException("a problem needs a message");
        }
    }

    public Problem(String file, int line, int column, Text message) {
        this(file, line, column, message, Text.NONE);
    }

    /** In Dutch, the default language: {@link #format(Locale)}. */
    public String format() {
        return format(DUTCH);
    }

    /**
     * {@code FILE:LINE:COLUMN: fout: MESSAGE} ({@code FILE: fout: MESSAGE} at line 0), then
     * {@code   tip: HINT} on its own line when there is a hint; in English (a locale whose language is
     * English) {@code error:} and {@code hint:}.
     */
    public String format(Locale locale) {
        boolean english = locale != null && locale.getLanguage().equals("en");
        String head = visible(line == 0 ? file : file + ":" + line + ":" + column) + (english ? ": error: " : ": fout: ")
                + visible(message.in(locale));
        return hint.isEmpty() ? head : head + (english ? "\n  hint: " : "\n  tip: ") + visible(hint.in(locale));
    }

    /** The Dutch locale: problems are worded in Dutch unless English is asked for. */
    public static final Locale DUTCH = Locale.forLanguageTag("nl-NL");

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
                        : String.format(Locale.ROOT, "\\u%04x", (int) c));
            }
        }
        return out == null ? text : out.toString();
    }

    @Override
    public String toString() {
        return format();
    }
}
