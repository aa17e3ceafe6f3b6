package nl.ruimtevraag.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
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
        List<LongTable.Row> rows = LongTable.rows(ctx.projection(), ctx.bands());
        List<String> bandColumns = LongTable.bandColumns(ctx.bands());
        AtomicFiles.write(target, out -> {
            Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            w.write(String.join(",", LongTable.COLUMNS));
            for (String c : bandColumns) {
                w.write(',');
                w.write(c);
            }
            w.write('\n');
            for (LongTable.Row r : rows) {
                w.write(field(r.scenario()));
                w.write(',');
                w.write(field(r.region()));
                w.write(',');
                w.write(field(r.werkmilieu()));
                w.write(',');
                w.write(field(r.period()));
                w.write(',');
                w.write(field(r.measure()));
                w.write(',');
                w.write(LongTable.number(r.value()));
                for (int i = 0; i < bandColumns.size(); i++) {
                    w.write(',');
                    w.write(i < r.bands().length ? LongTable.number(r.bands()[i]) : "");
                }
                w.write('\n');
            }
            w.flush();
        });
    }

    /** Quoted when it holds a comma, a quote or a line break; quotes doubled. */
    static String field(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
