package nl.ruimtevraag.scenario;

/**
 * A place in a scenario file: the file's display name and a 1-based line and column; or, with line
 * and column 0, a place that is not in a file's text (a sweep's {@code --vary PATH=VALUE}).
 */
record Location(String file, int line, int column) {
    static final String BUILT_IN_PREFIX = "<builtin>/";

    boolean builtIn() {
        return file.startsWith(BUILT_IN_PREFIX);
    }

    @Override
    public String toString() {
        return line == 0 ? file : file + ":" + line + ":" + column;
    }
}
