package nl.ruimtevraag.report;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import nl.ruimtevraag.model.Werkmilieu;
import nl.ruimtevraag.uncertainty.MonteCarloResult;
import nl.ruimtevraag.uncertainty.Output;
import nl.ruimtevraag.uncertainty.TotalOutput;

/**
 * The Monte Carlo bands as a long CSV table: one row per region (or "totaal" / "NL") x
 * werkmilieu (or "totaal") x period end x output, with the point value, the mean and every
 * percentile. Written atomically next to the workbook.
 */
public final class BandsCsv {
    /** The fixed start of the header line (the percentile columns follow). */
    public static final String HEADER_START = "scenario,draws,seed,region,werkmilieu,period_end,output,point,mean";

    private BandsCsv() {
    }

    public static void write(MonteCarloResult m, Path file) throws IOException {
        AtomicFiles.write(file, stream -> {
            Writer out = new java.io.BufferedWriter(new java.io.OutputStreamWriter(stream, StandardCharsets.UTF_8));
            rows(m, out);
            out.flush();
        });
    }

    private static void rows(MonteCarloResult m, Writer out) throws IOException {
        StringBuilder head = new StringBuilder(HEADER_START);
        for (double q : m.percentiles()) {
            head.append(",p").append(fmt(q));
        }
        out.write(head.append('\n').toString());
        int periods = m.periodEnds().size();
        StringBuilder row = new StringBuilder(256);
        for (int r = 0; r < m.regionCodes().size(); r++) {
            for (int p = 0; p < periods; p++) {
                for (Werkmilieu w : Werkmilieu.values()) {
                    for (Output o : Output.values()) {
                        row.setLength(0);
                        prefix(row, m, m.regionCodes().get(r), w.code(), p, o.name().toLowerCase(Locale.ROOT));
                        num(row, m.point(o, r, w.ordinal(), p));
                        num(row, m.mean(o, r, w.ordinal(), p));
                        for (double q : m.percentiles()) {
                            num(row, m.percentile(o, r, w.ordinal(), p, q));
                        }
                        out.write(row.append('\n').toString());
                    }
                }
                for (TotalOutput o : TotalOutput.values()) {
                    row.setLength(0);
                    prefix(row, m, m.regionCodes().get(r), "totaal", p, o.name().toLowerCase(Locale.ROOT));
                    num(row, m.regionPoint(o, r, p));
                    num(row, m.regionMean(o, r, p));
                    for (double q : m.percentiles()) {
                        num(row, m.regionPercentile(o, r, p, q));
                    }
                    out.write(row.append('\n').toString());
                }
            }
        }
        for (int p = 0; p < periods; p++) {
            for (TotalOutput o : TotalOutput.values()) {
                row.setLength(0);
                prefix(row, m, "NL", "totaal", p, o.name().toLowerCase(Locale.ROOT));
                num(row, m.nationalPoint(o, p));
                num(row, m.nationalMean(o, p));
                for (double q : m.percentiles()) {
                    num(row, m.nationalPercentile(o, p, q));
                }
                out.write(row.append('\n').toString());
            }
        }
    }

    private static void prefix(StringBuilder row, MonteCarloResult m, String region, String werkmilieu, int p,
                               String output) {
        row.append(m.scenarioName()).append(',').append(m.draws()).append(',').append(m.seed()).append(',')
                .append(region).append(',').append(werkmilieu).append(',').append(m.periodEnds().get(p)).append(',')
                .append(output);
    }

    private static void num(StringBuilder row, double v) {
        row.append(',').append(String.format(Locale.ROOT, "%.3f", v));
    }

    private static String fmt(double q) {
        return q == Math.rint(q) ? Long.toString((long) q) : Double.toString(q);
    }
}
