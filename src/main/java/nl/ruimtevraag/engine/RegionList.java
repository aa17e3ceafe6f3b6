package nl.ruimtevraag.engine;

import java.util.List;

/**
 * The codes and names of a projection's regions, in projection order (index r), as unmodifiable
 * lists of the same length. Made once per plan and shared by every input resolved from it, so a
 * Monte Carlo draw does not copy them.
 */
public record RegionList(List<String> codes, List<String> names) {
    public RegionList {
        codes = List.copyOf(codes);
        names = List.copyOf(names);
        if (codes.size() != names.size()) {
            throw new IllegalArgumentException("region codes and names differ in number: " + codes.size()
                    + " codes, " + names.size() + " names");
        }
    }

    public int size() {
        return codes.size();
    }
}
