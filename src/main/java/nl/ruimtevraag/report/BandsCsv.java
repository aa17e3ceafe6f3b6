package nl.ruimtevraag.report;

import java.io.IOException;
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
            Utf8Lines lines = new Utf8Lines(stream);
            rows(m, lines);
            lines.flush();
        });
    }

    private static void rows(MonteCarloResult m, Utf8Lines lines) throws IOException {
        StringBuilder row = lines.line();
        row.append(HEADER_START);
        for (double q : m.percentiles()) {
            row.append(",p").append(fmt(q));
        }
        lines.endLine();
        String run = m.scenarioName() + ',' + m.draws() + ',' + m.seed() + ',';
        String[] outputs = codes(Output.values());
        String[] totals = codes(TotalOutput.values());
        int periods = m.periodEnds().size();
        for (int r = 0; r < m.regionCodes().size(); r++) {
            for (int p = 0; p < periods; p++) {
                for (Werkmilieu w : Werkmilieu.values()) {
                    for (Output o : Output.values()) {
                        prefix(row, run, m.regionCodes().get(r), w.code(), m.periodEnds().get(p), outputs[o.ordinal()]);
                        num(row, m.point(o, r, w.ordinal(), p));
                        num(row, m.mean(o, r, w.ordinal(), p));
                        for (double q : m.percentiles()) {
                            num(row, m.percentile(o, r, w.ordinal(), p, q));
                        }
                        lines.endLine();
                    }
                }
                for (TotalOutput o : TotalOutput.values()) {
                    prefix(row, run, m.regionCodes().get(r), "totaal", m.periodEnds().get(p), totals[o.ordinal()]);
                    num(row, m.regionPoint(o, r, p));
                    num(row, m.regionMean(o, r, p));
                    for (double q : m.percentiles()) {
                        num(row, m.regionPercentile(o, r, p, q));
                    }
                    lines.endLine();
                }
            }
        }
        for (int p = 0; p < periods; p++) {
            for (TotalOutput o : TotalOutput.values()) {
                prefix(row, run, "NL", "totaal", m.periodEnds().get(p), totals[o.ordinal()]);
                num(row, m.nationalPoint(o, p));
                num(row, m.nationalMean(o, p));
                for (double q : m.percentiles()) {
                    num(row, m.nationalPercentile(o, p, q));
                }
                lines.endLine();
            }
        }
    }

    /** The outputs' names in lower case, by ordinal. */
    private static String[] codes(Enum<?>[] outputs) {
        String[] out = new String[outputs.length];
        for (Enum<?> o : outputs) {
            out[o.ordinal()] = o.name().toLowerCase(Locale.ROOT);
        }
        return out;
    }

    /** {@code run} is "scenario,draws,seed,". */
    private static void prefix(StringBuilder row, String run, String region, String werkmilieu, int periodEnd,
                               String output) {
        row.append(run).append(region).append(',').append(werkmilieu).append(',').append(periodEnd).append(',')
                .append(output);
    }

    /** As {@code String.format(Locale.ROOT, "%.3f", v)}. */
    private static void num(StringBuilder row, double v) {
        DecimalText.appendFixed(row.append(','), v, 3);
    }

    private static String fmt(double q) {
        return q == Math.rint(q) ? Long.toString((long) q) : Double.toString(q);
    }
}
