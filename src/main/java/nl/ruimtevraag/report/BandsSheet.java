package nl.ruimtevraag.report;

import java.util.ArrayList;
import java.util.List;
import nl.ruimtevraag.uncertainty.MonteCarloResult;
import nl.ruimtevraag.uncertainty.TotalOutput;

/**
 * Monte Carlo bands beside the point result ({@code run --draws N}): per region and the national
 * total, per period end, the point value and every percentile of the cumulative demand, the
 * realisable supply and the strict extra hectares; then a fan chart (the percentiles of the
 * cumulative shortage over the period ends) for the nation and for each region.
 */
final class BandsSheet {
    static final int HEADER = 4;
    private static final TotalOutput[] OUTPUTS = {TotalOutput.VRAAG, TotalOutput.AANBOD, TotalOutput.EXTRA_HA_STRICT};

    private BandsSheet() {
    }

    static void write(SheetWriter out, ReportContext ctx) {
        MonteCarloResult m = ctx.bands();
        var pr = ctx.projection();
        List<Double> qs = m.percentiles();
        out.text(0, 0, ctx.label(Label.TITLE_BANDS), out.styles.title);
        out.text(1, 0, Label.NOTE_BANDS.format(ctx.language(), m.draws(), m.seed(), m.parameters().size()), out.styles.note);
        List<String> header = new ArrayList<>(List.of(ctx.label(Label.REGION_CODE), ctx.label(Label.REGION), ctx.label(Label.UP_TO)));
        int perOutput = 1 + qs.size();
        for (TotalOutput o : OUTPUTS) {
            String name = switch (o) {
                case VRAAG -> ctx.label(Label.VRAAG);
                case AANBOD -> ctx.label(Label.AANBOD);
                default -> ctx.label(Label.EXTRA_HA);
            };
            header.add(name + " " + ctx.label(Label.POINT));
            for (double q : qs) {
                header.add(name + " P" + fmt(q));
            }
        }
        out.header(HEADER, header);
        int periods = m.periodEnds().size();
        int row = HEADER + 1;
        List<int[]> blocks = new ArrayList<>();
        for (int r = 0; r <= m.regionCodes().size(); r++) {
            boolean national = r == m.regionCodes().size();
            int first = row;
            for (int p = 0; p < periods; p++) {
                var style = national ? out.styles.textBold : out.styles.text;
                out.text(row, 0, national ? "NL" : m.regionCodes().get(r), style);
                out.text(row, 1, national ? ctx.label(Label.NATIONAL) : pr.regionNames().get(pr.regionIndex(m.regionCodes().get(r))), style);
                out.number(row, 2, m.periodEnds().get(p), out.styles.integer);
                int col = 3;
                for (TotalOutput o : OUTPUTS) {
                    out.hectares(row, col++, national ? m.nationalPoint(o, p) : m.regionPoint(o, r, p));
                    for (double q : qs) {
                        out.hectares(row, col++, national ? m.nationalPercentile(o, p, q) : m.regionPercentile(o, r, p, q));
                    }
                }
                row++;
            }
            blocks.add(new int[] {first, row - 1, r});
        }
        int lastCol = 2 + OUTPUTS.length * perOutput;
        out.widths(11, 24, 9);
        out.table(HEADER, 3, row - 1, lastCol);
        out.name("banden", HEADER, 0, row - 1, lastCol);

        // fan charts: the percentiles of the strict extra hectares, national first, then each region
        int extraFirstCol = 3 + 2 * perOutput;
        List<Charts.Column> series = new ArrayList<>();
        for (int i = 0; i < qs.size(); i++) {
            series.add(new Charts.Column(HEADER, extraFirstCol + 1 + i));
        }
        int chartRow = row + 2;
        int[] nationalBlock = blocks.get(blocks.size() - 1);
        Charts.line(out, new Charts.Place(0, chartRow, 8, chartRow + 18),
                Label.FAN_TITLE.format(ctx.language(), ctx.label(Label.NATIONAL)), nationalBlock[0], nationalBlock[1], 2, series);
        chartRow += 20;
        for (int b = 0; b < blocks.size() - 1; b++) {
            int[] block = blocks.get(b);
            int col = (b % 2) * 9;
            Charts.line(out, new Charts.Place(col, chartRow, col + 8, chartRow + 16),
                    Label.FAN_TITLE.format(ctx.language(), m.regionCodes().get(block[2])), block[0], block[1], 2, series);
            if (b % 2 == 1) {
                chartRow += 18;
            }
        }
    }

    private static String fmt(double q) {
        return q == Math.rint(q) ? Long.toString((long) q) : Double.toString(q);
    }
}
