package nl.ruimtevraag.data;

import nl.ruimtevraag.model.Text;
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

    Problem problem(String column, Text message, Text hint) {
        return new Problem(file, line, column(column), message, hint);
    }

    /** A finite number in [min, max], or NaN after adding a problem. */
    double number(String column, double min, double max, List<Problem> problems) {
        String raw = text(column);
        if (raw.isEmpty()) {
            problems.add(problem(column, Text.of("lege waarde in kolom '{0}'", "empty value in column '{0}'", column),
                    Text.of("verwacht een getal", "expected a number")));
            return Double.NaN;
        }
        double v;
        try {
            v = Double.parseDouble(raw);
        } catch (NumberFormatException e) {
            problems.add(problem(column, Text.of("'{0}' is geen getal in kolom '{1}'", "'{0}' is not a number in column '{1}'", raw, column),
                    Text.of("gebruik een decimale punt en geen scheidingsteken voor duizendtallen, bijv. 1234.5",
                            "use a decimal point and no thousands separator, e.g. 1234.5")));
            return Double.NaN;
        }
        if (!Double.isFinite(v) || Cells.mentionsNanOrInf(raw)) {
            problems.add(problem(column, Text.of("'{0}' is geen eindig getal", "'{0}' is not a finite number", raw),
                    Text.of("geef een gewoon getal", "give a plain number")));
            return Double.NaN;
        }
        if (v < min || v > max) {
            problems.add(problem(column, Text.of("{0} {1} ligt buiten {2}..{3}", "{0} {1} is outside {2}..{3}", column, raw, plain(min), plain(max)),
                    hintFor(column)));
            return Double.NaN;
        }
        return v;
    }

    /** A whole year in [min, max], or -1 after adding a problem. */
    int year(String column, int min, int max, List<Problem> problems) {
        String raw = text(column);
        if (!Cells.isFourDigits(raw)) {
            problems.add(problem(column, Text.of("'{0}' is geen jaar in kolom '{1}'", "'{0}' is not a year in column '{1}'", raw, column),
                    Text.of("verwacht een jaar van vier cijfers tussen {0} en {1}", "expected a four-digit year between {0} and {1}", min, max)));
            return -1;
        }
        int y = Integer.parseInt(raw);
        if (y < min || y > max) {
            problems.add(problem(column, Text.of("jaar {0} ligt buiten {1}..{2}", "year {0} is outside {1}..{2}", y, min, max),
                    Text.of("controleer het jaar", "check the year")));
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
        problems.add(problem("quality", Text.of("onbekende kwaliteit '{0}'", "unknown quality '{0}'", raw),
                Text.of("verwacht een van reported, derived, estimated", "expected one of reported, derived, estimated")));
        return Quality.ESTIMATED;
    }

    private static Text hintFor(String column) {
        return switch (column) {
            case "hectares", "ha_per_year" -> Text.of("hectares zijn netto hectares, minstens 0 en hoogstens 10.000.000",
                    "hectares are netto hectares, at least 0 and at most 10,000,000");
            case "jobs" -> Text.of("banen op bedrijventerreinen, minstens 0", "jobs on business estates, at least 0");
            default -> Text.of("controleer de waarde en haar eenheid", "check the value and its unit");
        };
    }

    private static String plain(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
