package nl.ruimtevraag.report;

import java.util.ArrayList;
import java.util.List;
import nl.ruimtevraag.uncertainty.MonteCarloResult;
import nl.ruimtevraag.uncertainty.TotalOutput;

/**
 * Monte Carlo bands beside the point result ({@code run --draws N}): per region and the national
 * total, per period end, the point value and every percentile of the cumulative demand, the
 * realisable supply and the strict extra hectares; then a fan chart (the percentiles of the
 * cumulative shortage over every year, from the same draws with every year as a period end
 * ({@link ReportContext#yearlyBands()}; over the period ends when the run did not compute them) for the
 * nation and for each region.
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
                out.text(row, 0, national ? ctx.totalCode() : m.regionCodes().get(r), style);
                out.text(row, 1, national ? ctx.totalName() : pr.regionNames().get(pr.regionIndex(m.regionCodes().get(r))), style);
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
        // the fan's width: the highest percentile of the extra hectares minus the lowest
        int extraFirstCol = 3 + 2 * perOutput;
        int lowCol = extraFirstCol + 1;
        int highCol = extraFirstCol + qs.size();
        int widthCol = lastCol + 1;
        int middleCol = lowCol + nearestToMedian(qs);
        out.text(HEADER, widthCol, ctx.label(Label.EXTRA_HA) + " P" + fmt(qs.get(0)) + "-P" + fmt(qs.get(qs.size() - 1)),
                out.styles.header);
        for (int r = HEADER + 1; r < row; r++) {
            Double lo = out.numberAt(r, lowCol);
            Double hi = out.numberAt(r, highCol);
            out.formula(r, widthCol, SheetWriter.ref(r, highCol) + "-" + SheetWriter.ref(r, lowCol),
                    lo == null || hi == null ? 0 : hi - lo, out.styles.hectares);
        }
        lastCol = widthCol;
        out.widths(8, 20, 7);
        out.widthOfColumns(3, lastCol, 10);
        int[] groups = new int[OUTPUTS.length + 1];
        for (int o = 0; o < OUTPUTS.length; o++) {
            groups[o] = 3 + o * perOutput;
        }
        groups[OUTPUTS.length] = widthCol;
        out.table(HEADER, 3, row - 1, lastCol, groups);
        out.name("banden", HEADER, 0, row - 1, lastCol);

        // fan charts of the strict extra hectares, national first, then each region; two to a page; with the per-year
        // bands they are on their own sheet (writeYearly), over every year
        if (ctx.yearlyBands() == null) {
            fans(out, ctx, blocks, m.regionCodes(), new int[] {lowCol, widthCol, middleCol}, row + 2, ctx.label(Label.SHEET_BANDS));
        }
    }

    /**
     * Bandbreedte per jaar ({@code run --draws N} with a workbook): the strict extra hectares per projected
     * year from the same draws with every year a period end ({@link ReportContext#yearlyBands()}): per region,
     * then the total, a row per year with the central value (the projection's), every percentile and the
     * band's width; then the fan charts over every year.
     */
    static void writeYearly(SheetWriter out, ReportContext ctx) {
        MonteCarloResult y = ctx.yearlyBands();
        var pr = ctx.projection();
        List<Double> qs = y.percentiles();
        out.text(0, 0, ctx.label(Label.TITLE_BANDS_YEARLY), out.styles.title);
        out.text(1, 0, Label.NOTE_BANDS.format(ctx.language(), y.draws(), y.seed(), y.parameters().size()), out.styles.note);
        String extra = ctx.label(Label.EXTRA_HA);
        List<String> header = new ArrayList<>(List.of(ctx.label(Label.REGION_CODE), ctx.label(Label.REGION), ctx.label(Label.YEAR),
                extra + " " + ctx.label(Label.POINT)));
        for (double q : qs) {
            header.add(extra + " P" + fmt(q));
        }
        int widthCol = 4 + qs.size();
        header.add(extra + " P" + fmt(qs.get(0)) + "-P" + fmt(qs.get(qs.size() - 1)));
        out.header(HEADER, header);
        List<int[]> blocks = new ArrayList<>();
        int row = HEADER + 1;
        for (int r = 0; r <= y.regionCodes().size(); r++) {
            boolean national = r == y.regionCodes().size();
            int first = row;
            var style = national ? out.styles.textBold : out.styles.text;
            String code = national ? ctx.totalCode() : y.regionCodes().get(r);
            int index = national ? -1 : pr.regionIndex(code);
            for (int p = 0; p < y.periodEnds().size(); p++) {
                int year = y.periodEnds().get(p);
                out.text(row, 0, code, style);
                out.text(row, 1, national ? ctx.totalName() : pr.regionNames().get(index), style);
                out.number(row, 2, year, out.styles.integer);
                out.hectares(row, 3, national ? pr.nationalTotal(year, nl.ruimtevraag.engine.SupplyBasis.REALISABLE)
                        .extraHaStrict() : pr.regionTotal(index, year, nl.ruimtevraag.engine.SupplyBasis.REALISABLE).extraHaStrict());
                for (int i = 0; i < qs.size(); i++) {
                    out.hectares(row, 4 + i, national ? y.nationalPercentile(TotalOutput.EXTRA_HA_STRICT, p, qs.get(i))
                            : y.regionPercentile(TotalOutput.EXTRA_HA_STRICT, r, p, qs.get(i)));
                }
                Double lo = out.numberAt(row, 4);
                Double hi = out.numberAt(row, widthCol - 1);
                out.formula(row, widthCol, SheetWriter.ref(row, widthCol - 1) + "-" + SheetWriter.ref(row, 4),
                        lo == null || hi == null ? 0 : hi - lo, out.styles.hectares);
                row++;
            }
            blocks.add(new int[] {first, row - 1, r});
        }
        out.widths(8, 20, 7);
        out.widthOfColumns(3, widthCol, 11);
        out.table(HEADER, 3, row - 1, widthCol);
        out.name("banden_per_jaar", HEADER, 0, row - 1, widthCol);
        fans(out, ctx, blocks, y.regionCodes(), new int[] {4, widthCol, 4 + nearestToMedian(qs)}, row + 2,
                ctx.label(Label.SHEET_BANDS_YEARLY));
    }

    /**
     * Fan charts of the strict extra hectares from the blocks of a table (its rows and region index), the
     * national total first, two to a printed page: the band between the lowest and the highest percentile
     * shaded, the percentile nearest the median as a line.
     *
     * @param cols the columns of the lowest percentile, the band's width and the middle percentile
     */
    private static void fans(SheetWriter out, ReportContext ctx, List<int[]> blocks, List<String> codes, int[] cols,
                             int chartRow, String sheetName) {
        int chartCols = Math.min(12, out.plan.firstPageCols());
        int chartRows = Math.max(10, ((int) (out.plan.pageHeight() / 15) - 8) / 2);
        Charts.Column low = new Charts.Column(HEADER, cols[0]);
        Charts.Column width = new Charts.Column(HEADER, cols[1]);
        Charts.Column middle = new Charts.Column(HEADER, cols[2]);
        for (int i = 0; i < blocks.size(); i++) {
            // national first
            int[] block = blocks.get((i + blocks.size() - 1) % blocks.size());
            boolean national = i == 0;
            if (i % 2 == 0) {
                out.pageBreakBefore(chartRow);
                // one empty row under the break: LibreOffice prints a chart anchored on the break's first row
                // on the page before as well, clipped
                chartRow++;
            }
            String where = national ? ctx.totalName() : codes.get(block[2]);
            var chart = Charts.band(out, new Charts.Place(0, chartRow, chartCols, chartRow + chartRows),
                    Label.FAN_TITLE.format(ctx.language(), where), block[0], block[1], 2, low, width, middle);
            Charts.axisTitles(chart, ctx.label(Label.AXIS_YEAR), ctx.label(Label.AXIS_HECTARES));
            out.text(chartRow + chartRows, 0, Label.CHART_SOURCE.format(ctx.language(), sheetName), out.styles.note);
            chartRow += chartRows + 2;
        }
    }

    /** The index of the percentile closest to the median. */
    private static int nearestToMedian(List<Double> qs) {
        int best = 0;
        for (int i = 1; i < qs.size(); i++) {
            if (Math.abs(qs.get(i) - 50) < Math.abs(qs.get(best) - 50)) {
                best = i;
            }
        }
        return best;
    }

    private static String fmt(double q) {
        return q == Math.rint(q) ? Long.toString((long) q) : Double.toString(q);
    }
}
