package nl.ruimtevraag.scenario;

/** A place in a scenario file: the file's display name and a 1-based line and column. */
record Location(String file, int line, int column) {
    static final String BUILT_IN_PREFIX = "<builtin>/";

    boolean builtIn() {
        return file.startsWith(BUILT_IN_PREFIX);
    }

    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
