package nl.ruimtevraag.scenario;

import nl.ruimtevraag.model.Problem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Collects problems while a scenario is read; reports them sorted by file, line and column. */
final class Problems {
    private final List<Problem> list = new ArrayList<>();
    /** files in the order they should be reported: the user's file first, then its bases */
    private final List<String> fileOrder = new ArrayList<>();

    void fileOrder(List<String> files) {
        fileOrder.clear();
        fileOrder.addAll(files);
    }

    void add(Location at, String message) {
        add(at, message, "");
    }

    void add(Location at, String message, String hint) {
        list.add(new Problem(at.file(), at.line(), at.column(), message, hint));
    }

    void add(Problem p) {
        list.add(p);
    }

    boolean isEmpty() {
        return list.isEmpty();
    }

    int size() {
        return list.size();
    }

    /** Sorted (stable) and without exact repeats. */
    List<Problem> sorted() {
        List<Problem> copy = new ArrayList<>(list);
        copy.sort(Comparator.comparingInt((Problem p) -> rank(p.file())).thenComparing(Problem::file)
                .thenComparingInt(Problem::line).thenComparingInt(Problem::column));
        Set<Problem> unique = new LinkedHashSet<>(copy);
        return List.copyOf(unique);
    }

    private int rank(String file) {
        int i = fileOrder.indexOf(file);
        return i < 0 ? fileOrder.size() : i;
    }
}
