package nl.ruimtevraag.data;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Rows of a plain CSV text, split in one pass without a parser: no quote character, line ends
 * {@code \n} or {@code \r\n}, no blank line, a header of distinct non-empty names and every row with
 * exactly as many cells as the header, no cell longer than {@link CsvTable#MAX_CELL_CHARS} and at
 * most {@link CsvTable#MAX_ROWS} rows. That is what a data set file normally is, and for it the
 * rows, lines and trimmed values are those Jackson's parser gives ({@code PlainCsvRowsTest}). Any
 * other text is left to {@link JacksonCsvRows}, with its own rules and messages.
 */
final class PlainCsvRows implements CsvRows {
    /** More columns than any data set file has: such a header is left to the parser. */
    private static final int MAX_COLUMNS = 100;

    private final Columns columns;
    private final List<String[]> rows;
    private final int[] lines;
    private int current = -1;

    private PlainCsvRows(Columns columns, List<String[]> rows, int[] lines) {
        this.columns = columns;
        this.rows = rows;
        this.lines = lines;
    }

    /** The rows of the text, or null when it is not plain. */
    static PlainCsvRows of(String text) {
        Splitter splitter = new Splitter(text);
        List<String> names = splitter.header();
        if (names == null) {
            return null;
        }
        List<String[]> rows = new ArrayList<>();
        int[] lines = new int[64];
        while (!splitter.atEnd()) {
            String[] cells = splitter.row(names.size());
            if (cells == null || rows.size() >= CsvTable.MAX_ROWS) {
                return null;
            }
            if (rows.size() == lines.length) {
                lines = java.util.Arrays.copyOf(lines, 2 * lines.length);
            }
            lines[rows.size()] = splitter.line - 1;
            rows.add(cells);
        }
        return new PlainCsvRows(new Columns(names), rows, lines);
    }

    @Override
    public boolean next() {
        if (current + 1 >= rows.size()) {
            current = rows.size();
            return false;
        }
        current++;
        return true;
    }

    @Override
    public int line() {
        return lines[current];
    }

    @Override
    public Columns columns() {
        return columns;
    }

    @Override
    public String[] cells() {
        return rows.get(current);
    }

    @Override
    public void close() {
    }

    /** Walks the characters once, a line at a time; null wherever the text is not plain. */
    private static final class Splitter {
        private final String text;
        private final char[] chars;
        private int pos;
        /** the line the next line read starts on */
        int line = 1;

        Splitter(String text) {
            this.text = text;
            this.chars = text.toCharArray();
        }

        boolean atEnd() {
            return pos >= chars.length;
        }

        /** The header's names (trimmed), or null. */
        List<String> header() {
            String[] names = cells(MAX_COLUMNS, false);
            if (names == null) {
                return null;
            }
            Set<String> seen = new HashSet<>();
            for (String name : names) {
                if (name.isEmpty() || !seen.add(name)) {
                    return null;
                }
            }
            return List.of(names);
        }

        /** The next line's cells when it has exactly {@code count}, else null. */
        String[] row(int count) {
            String[] cells = cells(count, true);
            return cells != null && cells.length == count ? cells : null;
        }

        /**
         * The next line's cells, trimmed: at most {@code max} of them (exactly {@code max} when
         * {@code exact}), or null when the line is blank, too long a cell or not plain.
         */
        private String[] cells(int max, boolean exact) {
            String[] cells = new String[max];
            int count = 0;
            int start = pos;
            boolean blank = true;
            while (true) {
                char c = pos < chars.length ? chars[pos] : '\n';
                if (c == ',' || c == '\n' || c == '\r') {
                    int end = pos;
                    if (c == '\r') {
                        if (pos + 1 >= chars.length || chars[pos + 1] != '\n') {
                            return null;
                        }
                        pos++;
                    }
                    pos++;
                    if (count == max || end - start > CsvTable.MAX_CELL_CHARS) {
                        return null;
                    }
                    cells[count++] = trimmed(start, end);
                    if (c != ',') {
                        break;
                    }
                    blank = false;
                    start = pos;
                } else if (c == '"') {
                    return null;
                } else {
                    blank &= c <= ' ';
                    pos++;
                }
            }
            line++;
            if (blank || (exact && count != max)) {
                return null;
            }
            return count == max ? cells : java.util.Arrays.copyOf(cells, count);
        }

        private String trimmed(int start, int end) {
            while (start < end && chars[start] <= ' ') {
                start++;
            }
            while (end > start && chars[end - 1] <= ' ') {
                end--;
            }
            return text.substring(start, end);
        }
    }
}
