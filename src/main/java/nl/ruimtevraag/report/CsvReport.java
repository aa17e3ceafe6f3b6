package nl.ruimtevraag.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The long table as CSV (RFC 4180): UTF-8 without a byte order mark, comma separated, a decimal
 * point, a header row, LF line ends. See {@link LongTable} for the rows and measures.
 */
public final class CsvReport {
    private CsvReport() {
    }

    public static void write(ReportContext ctx, Path target) throws IOException {
        AtomicFiles.write(target, content(ctx));
    }

    /** The whole CSV, written to a stream (a file, or standard output for {@code run -o -}). */
    public static AtomicFiles.Content content(ReportContext ctx) {
        List<String> bandColumns = LongTable.bandColumns(ctx.bands());
        return out -> {
            Utf8Lines lines = new Utf8Lines(out);
            StringBuilder line = lines.line();
            line.append(String.join(",", LongTable.COLUMNS));
            for (String c : bandColumns) {
                line.append(',').append(c);
            }
            lines.endLine();
            Keys keys = new Keys();
            // row by row as the table makes them: the whole table is never held
            LongTable.forEachRow(ctx.projection(), ctx.bands(), r -> {
                line.append(keys.of(r)).append(field(r.measure())).append(',');
                DecimalText.appendShortest(line, r.value());
                for (int i = 0; i < bandColumns.size(); i++) {
                    line.append(',');
                    if (i < r.bands().length) {
                        DecimalText.appendShortest(line, r.bands()[i]);
                    }
                }
                lines.endLine();
            });
            lines.flush();
        };
    }

    /**
     * The first four fields of a row with their commas, made again only when the row's scenario,
     * region, werkmilieu or period differs from the previous row's: rows come in runs that share
     * them (the same String objects, so the comparisons are quick).
     */
    private static final class Keys {
        private LongTable.Row last;
        private String text;

        String of(LongTable.Row r) {
            if (last == null || !r.scenario().equals(last.scenario()) || !r.region().equals(last.region())
                    || !r.werkmilieu().equals(last.werkmilieu()) || !r.period().equals(last.period())) {
                text = field(r.scenario()) + ',' + field(r.region()) + ',' + field(r.werkmilieu()) + ','
                        + field(r.period()) + ',';
            }
            last = r;
            return text;
        }
    }

    /** Quoted when it holds a comma, a quote or a line break; quotes doubled. */
    static String field(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
