package nl.ruimtevraag.model;

/**
 * Where a value was set (file, line, column; line 0 when built in code) and which public source
 * backs it (may be empty when the user set it without naming one).
 */
public record Origin(String file, int line, int column, String source) {
    public static final Origin BUILT_IN = new Origin("", 0, 0, "");

    public Origin {
        file = file == null ? "" : file;
        source = source == null ? "" : source;
    }

    public static Origin of(String source) {
        return new Origin("", 0, 0, source);
    }

    /** "file:line:column", or "" when the value was not read from a file. */
    public String location() {
        return file.isEmpty() ? "" : file + ":" + line + ":" + column;
    }
}
