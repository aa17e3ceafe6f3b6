package nl.ruimtevraag.data;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The header of a data set file, shared by its rows: the column names in file order, where each
 * name's cell sits in a row's value array, and the 1-based column number reported for a name.
 */
final class Columns {
    final List<String> names;
    /** name to position in a row; a name given twice holds the value of its last column */
    private final Map<String, Integer> positions;

    Columns(List<String> names) {
        this.names = names;
        this.positions = new HashMap<>(names.size() * 2);
        for (int i = 0; i < names.size(); i++) {
            positions.put(names.get(i), i);
        }
    }

    int size() {
        return names.size();
    }

    /** The position of a column in a row's values, or -1 when the file has no such column. */
    int position(String name) {
        Integer i = positions.get(name);
        return i == null ? -1 : i;
    }

    /** The 1-based column number of the first column with this name, or 0 when there is none. */
    int number(String name) {
        int i = names.indexOf(name);
        return i < 0 ? 0 : i + 1;
    }
}
