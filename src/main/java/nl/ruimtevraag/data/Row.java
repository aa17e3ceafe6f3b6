package nl.ruimtevraag.data;

import java.util.List;
import java.util.Map;
import nl.ruimtevraag.model.Problem;
import nl.ruimtevraag.model.Quality;

/** One data row with its file and line, and checked accessors that report bad cells. */
final class Row {
    final String file;
    final int line;
    private final List<String> header;
    private final Map<String, String> values;

    Row(String file, int line, List<String> header, Map<String, String> values) {
        this.file = file;
        this.line = line;
        this.header = header;
        this.values = values;
    }

    String location() {
        return file + ":" + line;
    }

    int column(String name) {
        int i = header.indexOf(name);
        return i < 0 ? 0 : i + 1;
    }

    /** The cell as read, untrimmed; "" when absent. */
    String raw(String name) {
        String v = values.get(name);
        return v == null ? "" : v;
    }

    String text(String name) {
        String v = values.get(name);
        return v == null ? "" : v.trim();
    }

    Problem problem(String column, String message, String hint) {
        return new Problem(file, line, column(column), message, hint);
    }

    /** A finite number in [min, max], or NaN after adding a problem. */
    double number(String column, double min, double max, List<Problem> problems) {
        String raw = text(column);
        if (raw.isEmpty()) {
            problems.add(problem(column, "empty value in column '" + column + "'", "expected a number"));
            return Double.NaN;
        }
        double v;
        try {
            v = Double.parseDouble(raw);
        } catch (NumberFormatException e) {
            problems.add(problem(column, "'" + raw + "' is not a number in column '" + column + "'",
                    "use a decimal point and no thousands separator, e.g. 1234.5"));
            return Double.NaN;
        }
        if (!Double.isFinite(v) || raw.matches("(?i).*(nan|inf).*")) {
            problems.add(problem(column, "'" + raw + "' is not a finite number", "give a plain number"));
            return Double.NaN;
        }
        if (v < min || v > max) {
            problems.add(problem(column, column + " " + raw + " is outside " + plain(min) + ".." + plain(max),
                    hintFor(column)));
            return Double.NaN;
        }
        return v;
    }

    /** A whole year in [min, max], or -1 after adding a problem. */
    int year(String column, int min, int max, List<Problem> problems) {
        String raw = text(column);
        if (!raw.matches("\\d{4}")) {
            problems.add(problem(column, "'" + raw + "' is not a year in column '" + column + "'",
                    "expected a four-digit year between " + min + " and " + max));
            return -1;
        }
        int y = Integer.parseInt(raw);
        if (y < min || y > max) {
            problems.add(problem(column, "year " + y + " is outside " + min + ".." + max, "check the year"));
            return -1;
        }
        return y;
    }

    Quality quality(List<Problem> problems) {
        String raw = text("quality");
        for (Quality q : Quality.values()) {
            if (q.code().equals(raw)) {
                return q;
            }
        }
        problems.add(problem("quality", "unknown quality '" + raw + "'",
                "expected one of reported, derived, estimated"));
        return Quality.ESTIMATED;
    }

    private static String hintFor(String column) {
        return switch (column) {
            case "hectares", "ha_per_year" -> "hectares are netto hectares, at least 0 and at most 10,000,000";
            case "jobs" -> "jobs on business estates, at least 0";
            default -> "check the value and its unit";
        };
    }

    private static String plain(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
