package nl.ruimtevraag.data;

import nl.ruimtevraag.model.Text;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.ruimtevraag.model.Problem;
import nl.ruimtevraag.model.Source;

/** Checks the src cell of each figure: one or more IDs, separated by ';', of rows in sources.csv. */
final class SourceCheck {
    private final Map<String, Source> sources;
    /** src cells found to name known sources only; the rows of a data set repeat a handful of them */
    private final Set<String> known = new HashSet<>();

    SourceCheck(Map<String, Source> sources) {
        this.sources = sources;
    }

    /** Adds a problem for an empty cell and for each ID that sources.csv lacks. */
    void check(Row row, String src, List<Problem> problems) {
        if (src.isEmpty()) {
            problems.add(row.problem("src", Text.of("geen bron", "no source"),
                    Text.of("elk cijfer noemt zijn bron-ID('s), gescheiden door ';'", "every figure names its source ID(s), separated by ';'")));
            return;
        }
        if (known.contains(src)) {
            return;
        }
        boolean allKnown = true;
        for (String id : src.split(";")) {
            if (!sources.containsKey(id.trim())) {
                problems.add(row.problem("src", Text.of("bron '{0}' staat niet in sources.csv", "source '{0}' is not in sources.csv", id.trim()),
                        Text.of("voeg er een rij voor toe aan sources.csv, of verbeter de ID", "add a row for it to sources.csv, or correct the ID")));
                allKnown = false;
            }
        }
        if (allKnown) {
            known.add(src);
        }
    }
}
