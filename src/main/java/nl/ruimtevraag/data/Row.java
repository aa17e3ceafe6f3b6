package nl.ruimtevraag.data;

import java.util.List;
import nl.ruimtevraag.model.Problem;
import nl.ruimtevraag.model.Quality;

/** One data row with its file and line, and checked accessors that report bad cells. */
final class Row {
    final String file;
    final int line;
    private final Columns columns;
    /** the cells by column position, as read (untrimmed); null where the row has no value */
    private final String[] values;

    Row(String file, int line, Columns columns, String[] values) {
        this.file = file;
        this.line = line;
        this.columns = columns;
        this.values = values;
    }

    String location() {
        return file + ":" + line;
    }

    int column(String name) {
        return columns.number(name);
    }

    /** The cell as read, untrimmed; "" when absent. */
    String raw(String name) {
        int i = columns.position(name);
        String v = i < 0 ? null : values[i];
        return v == null ? "" : v;
    }

    String text(String name) {
        return raw(name).trim();
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
        if (!Double.isFinite(v) || Cells.mentionsNanOrInf(raw)) {
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
        if (!Cells.isFourDigits(raw)) {
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
        Quality q = Quality.fromCode(raw).orElse(null);
        if (q != null) {
            return q;
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
