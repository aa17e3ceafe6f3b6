package nl.ruimtevraag.scenario;

import nl.ruimtevraag.model.Problem;
import nl.ruimtevraag.model.Text;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Collects problems while a scenario is read; reports them sorted by file, line and column. Keeps
 * the first {@link #MAX_KEPT}: a file that is not a scenario at all (thousands of unknown keys)
 * gets a readable report, and the checks can skip expensive hints once nobody will read them.
 */
final class Problems {
    /** problems kept and reported; the rest are counted */
    static final int MAX_KEPT = 100;

    private final List<Problem> list = new ArrayList<>();
    private int dropped;
    private Problem firstDropped;
    /** files in the order they should be reported: the user's file first, then its bases */
    private final List<String> fileOrder = new ArrayList<>();

    void fileOrder(List<String> files) {
        fileOrder.clear();
        fileOrder.addAll(files);
    }

    void add(Location at, Text message) {
        add(at, message, Text.NONE);
    }

    void add(Location at, Text message, Text hint) {
        add(new Problem(at.file(), at.line(), at.column(), message, hint));
    }

    void add(Problem p) {
        if (list.size() < MAX_KEPT) {
            list.add(p);
        } else {
            if (firstDropped == null) {
                firstDropped = p;
            }
            dropped++;
        }
    }

    boolean isEmpty() {
        return list.isEmpty();
    }

    /** Every problem added, including those not kept. */
    int size() {
        return list.size() + dropped;
    }

    /** True when further problems would not be reported: a caller may skip computing their hints. */
    boolean full() {
        return list.size() >= MAX_KEPT;
    }

    /** Sorted (stable) and without exact repeats. */
    List<Problem> sorted() {
        List<Problem> copy = new ArrayList<>(list);
        copy.sort(Comparator.comparingInt((Problem p) -> rank(p.file())).thenComparing(Problem::file)
                .thenComparingInt(Problem::line).thenComparingInt(Problem::column));
        Set<Problem> unique = new LinkedHashSet<>(copy);
        if (dropped > 0) {
            unique.add(new Problem(firstDropped.file(), firstDropped.line(), firstDropped.column(),
                    Text.of("nog {0} " + (dropped == 1 ? "probleem" : "problemen") + " niet getoond (alleen de eerste {1} worden gemeld)",
                            "{0} more problem" + (dropped == 1 ? "" : "s") + " not shown (only the first {1} are reported)", dropped, MAX_KEPT),
                    Text.of("is dit wel een scenariobestand? los de problemen hierboven op en valideer opnieuw",
                            "is this a scenario file? fix the problems above and validate again")));
        }
        return List.copyOf(unique);
    }

    private int rank(String file) {
        int i = fileOrder.indexOf(file);
        return i < 0 ? fileOrder.size() : i;
    }
}
