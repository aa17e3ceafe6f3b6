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
    /** per column, the position of the value its name gives (its own, or a later column's of that name) */
    private final int[] valueOf;
    /** the names, interned: the loader asks by string literal, and finds a column by identity */
    private final String[] interned;

    Columns(List<String> names) {
        this.names = names;
        this.interned = new String[names.size()];
        for (int i = 0; i < interned.length; i++) {
            interned[i] = names.get(i).intern();
        }
        this.positions = new HashMap<>(names.size() * 2);
        for (int i = 0; i < names.size(); i++) {
            positions.put(names.get(i), i);
        }
        this.valueOf = new int[names.size()];
        for (int i = 0; i < valueOf.length; i++) {
            valueOf[i] = positions.get(names.get(i));
        }
    }

    int size() {
        return names.size();
    }

    /** The position of the value that the name of column {@code i} (0-based) gives: {@code position(names.get(i))}. */
    int valueOf(int i) {
        return valueOf[i];
    }

    /**
     * The position of a column in a row's values, or -1 when the file has no such column. A literal
     * is found by identity (from the last column: a name given twice holds the value of its last
     * column), which every row of the data set asks several times; any other string by lookup.
     */
    int position(String name) {
        for (int i = interned.length - 1; i >= 0; i--) {
            if (interned[i] == name) {
                return i;
            }
        }
        Integer i = positions.get(name);
        return i == null ? -1 : i;
    }

    /** The 1-based column number of the first column with this name, or 0 when there is none. */
    int number(String name) {
        int i = names.indexOf(name);
        return i < 0 ? 0 : i + 1;
    }
}
