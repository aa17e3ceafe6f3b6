package nl.ruimtevraag.report;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import nl.ruimtevraag.engine.Measure;
import nl.ruimtevraag.engine.Projection;
import nl.ruimtevraag.engine.RegionTotal;
import nl.ruimtevraag.model.Period;
import nl.ruimtevraag.model.Werkmilieu;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;

/**
 * The headline: per region and period the cumulative demand, realisable supply, saldo and extra
 * hectares needed (linked by formula to the confrontation sheet), the demand by component
 * (linked to the demand sheet), a schematic map of the extra hectares and two charts.
 */
final class SummarySheet {
    static final int GROUP_HEADER = 3;
    static final int HEADER = 4;
    static final int PER_PERIOD = 4;

    private SummarySheet() {
    }

    static void write(SheetWriter out, ReportContext ctx, ConfrontationSheet.Rows conf, DemandSheet.Rows demand,
                      String confSheet, String demandSheet, Supplier<byte[]> map) {
        Projection pr = ctx.projection();
        Language lang = ctx.language();
        List<Period> periods = pr.periods();
        int base = pr.horizon().baseYear();
        out.text(0, 0, ctx.label(Label.TITLE_SUMMARY) + ": " + ctx.scenario().name(), out.styles.title);
        out.text(1, 0, Label.NOTE_SUMMARY.format(lang, base + 1), out.styles.note);

        // headline table: one row per region, four columns per period
        List<String> header = new ArrayList<>(List.of(ctx.label(Label.REGION_CODE), ctx.label(Label.REGION)));
        for (int p = 0; p < periods.size(); p++) {
            int c0 = 2 + p * PER_PERIOD;
            out.text(GROUP_HEADER, c0, upTo(lang, base, periods.get(p)), out.styles.groupHeader);
            for (int c = 1; c < PER_PERIOD; c++) {
                out.text(GROUP_HEADER, c0 + c, "", out.styles.groupHeader);
            }
            out.sheet.addMergedRegion(new CellRangeAddress(GROUP_HEADER, GROUP_HEADER, c0, c0 + PER_PERIOD - 1));
            header.add(ctx.label(Label.VRAAG));
            header.add(ctx.label(Label.AANBOD));
            header.add(ctx.label(Label.SALDO));
            header.add(ctx.label(Label.EXTRA_HA));
        }
        out.text(GROUP_HEADER, 0, "", out.styles.groupHeader);
        out.text(GROUP_HEADER, 1, "", out.styles.groupHeader);
        out.header(HEADER, header);
        int row = HEADER + 1;
        int firstRegionRow = row;
        for (int r = 0; r <= pr.regionCount(); r++) {
            boolean national = r == pr.regionCount();
            var textStyle = national ? out.styles.textBold : out.styles.text;
            var numberStyle = national ? out.styles.hectaresTotal : out.styles.hectares;
            out.text(row, 0, national ? ctx.totalCode() : pr.regionCodes().get(r), textStyle);
            out.text(row, 1, national ? ctx.totalName() : pr.regionNames().get(r),
                    national ? out.styles.wrapped(textStyle) : textStyle);
            for (int p = 0; p < periods.size(); p++) {
                RegionTotal t = national ? pr.nationalTotal(periods.get(p)) : pr.regionTotal(r, periods.get(p));
                int source = national ? conf.national()[p] : conf.regionTotal()[r][p];
                int c0 = 2 + p * PER_PERIOD;
                out.formula(row, c0, SheetWriter.ref(confSheet, source, ConfrontationSheet.VRAAG), t.vraag(), numberStyle);
                out.formula(row, c0 + 1, SheetWriter.ref(confSheet, source, ConfrontationSheet.AANBOD), t.aanbod(),
                        numberStyle);
                out.formula(row, c0 + 2, SheetWriter.ref(row, c0 + 1) + "-" + SheetWriter.ref(row, c0), t.saldoNetted(),
                        numberStyle);
                out.formula(row, c0 + 3, SheetWriter.ref(confSheet, source, ConfrontationSheet.EXTRA), t.extraHaStrict(),
                        numberStyle);
            }
            row++;
        }
        int nationalRow = row - 1;
        int lastCol = 1 + periods.size() * PER_PERIOD;
        out.sheet.setColumnWidth(0, 8 * 256);
        out.sheet.setColumnWidth(1, 18 * 256);
        for (int c = 2; c <= Math.max(lastCol, 13); c++) {
            out.sheet.setColumnWidth(c, 9 * 256);
        }
        out.name("samenvatting", HEADER, 0, nationalRow, lastCol);
        for (int p = 0; p < periods.size(); p++) {
            out.markShortages(firstRegionRow, nationalRow, 2 + p * PER_PERIOD + 3);
        }
        out.sheet.createFreezePane(2, HEADER + 1);
        out.sheet.setAutoFilter(new CellRangeAddress(HEADER, nationalRow, 0, lastCol));
        out.fitRows(nationalRow, nationalRow);

        // what a reader must know before quoting a number, right under the headline
        row = caveats(out, ctx, row + 1, Math.min(lastCol, 2 + 3 * PER_PERIOD - 1));

        // demand by component over all periods, linked to the demand sheet's total rows
        row += 1;
        int start = periods.get(0).start() + 1; // a period's first year is the one after its start
        int end = periods.get(periods.size() - 1).end();
        out.text(row++, 0, Label.TITLE_COMPONENTS.format(lang, start, end), out.styles.subtitle);
        int componentHeader = row;
        int[] cols = {DemandSheet.EXPANSION, DemandSheet.REPLACEMENT, DemandSheet.CIRCULAR, DemandSheet.RESERVE,
            DemandSheet.DEMAND};
        Measure[] measures = {Measure.EXPANSION, Measure.REPLACEMENT, Measure.CIRCULAR, Measure.RESERVE, Measure.DEMAND};
        List<String> componentLabels = new ArrayList<>(List.of(ctx.label(Label.REGION_CODE), ctx.label(Label.REGION)));
        for (Measure m : measures) {
            componentLabels.add(Label.measure(m, lang));
        }
        out.header(componentHeader, componentLabels);
        row++;
        int firstComponentRow = row;
        for (int r = 0; r <= pr.regionCount(); r++) {
            boolean national = r == pr.regionCount();
            var textStyle = national ? out.styles.textBold : out.styles.text;
            var numberStyle = national ? out.styles.hectaresTotal : out.styles.hectares;
            out.text(row, 0, national ? ctx.totalCode() : pr.regionCodes().get(r), textStyle);
            out.text(row, 1, national ? ctx.totalName() : pr.regionNames().get(r),
                    national ? out.styles.wrapped(textStyle) : textStyle);
            for (int i = 0; i < cols.length; i++) {
                List<String> refs = new ArrayList<>();
                double cached = 0;
                for (int p = 0; p < periods.size(); p++) {
                    refs.add(SheetWriter.ref(demandSheet, national ? demand.national()[p] : demand.regionTotal()[r][p], cols[i]));
                    cached += national ? nationalInPeriod(pr, measures[i], periods.get(p))
                            : regionInPeriod(pr, measures[i], r, periods.get(p));
                }
                out.formula(row, 2 + i, SheetWriter.plus(refs), cached, numberStyle);
            }
            row++;
        }
        int lastComponentRow = row - 2; // the regions, without the national row, feed the chart
        out.fitRows(row - 1, row - 1);

        int[] groups = new int[periods.size()];
        for (int p = 0; p < periods.size(); p++) {
            groups[p] = 2 + p * PER_PERIOD;
        }
        out.print(-1, 2, lastCol, groups);

        // map and extra-ha chart on the next page, the components chart on the one after: no page break cuts them
        int top = row + 1;
        out.pageBreakBefore(top);
        int pageCols = out.plan.firstPageCols();
        int chartRows = Math.min(22, (int) (out.plan.pageHeight() / 15) - 4);
        byte[] png = map.get();
        int pictureIndex = out.sheet.getWorkbook().addPicture(png, Workbook.PICTURE_TYPE_PNG);
        XSSFDrawing drawing = out.sheet.createDrawingPatriarch();
        XSSFClientAnchor anchor = pictureAnchor(out, drawing, top, 3, MapPicture.height(png), MapPicture.WIDTH,
                chartRows * 20);
        anchor.setAnchorType(ClientAnchor.AnchorType.MOVE_DONT_RESIZE);
        drawing.createPicture(anchor, pictureIndex);

        List<Charts.Column> extraSeries = new ArrayList<>();
        for (int p = 0; p < periods.size(); p++) {
            extraSeries.add(new Charts.Column(GROUP_HEADER, 2 + p * PER_PERIOD, 2 + p * PER_PERIOD + 3));
        }
        String source = Label.CHART_SOURCE.format(lang, ctx.label(Label.SHEET_CONFRONTATION));
        // the series names come from the merged period headers ("t/m 2030")
        var extraChart = Charts.bar(out, new Charts.Place(3, top, Math.max(pageCols, 9), top + chartRows),
                ctx.label(Label.CHART_EXTRA), firstRegionRow, nationalRow - 1, 0, extraSeries, false);
        Charts.axisTitles(extraChart, ctx.label(Label.AXIS_REGION), ctx.label(Label.AXIS_HECTARES));
        out.text(top + chartRows, 3, source, out.styles.note);
        int second = top + chartRows + 2;
        out.pageBreakBefore(second);
        List<Charts.Column> componentSeries = new ArrayList<>();
        for (int i = 0; i < cols.length - 1; i++) {
            componentSeries.add(new Charts.Column(componentHeader, 2 + i));
        }
        var componentChart = Charts.bar(out, new Charts.Place(0, second, Math.max(pageCols, 9), second + chartRows),
                Label.CHART_COMPONENTS.format(lang, start, end), firstComponentRow, lastComponentRow, 0, componentSeries, true);
        Charts.axisTitles(componentChart, ctx.label(Label.AXIS_REGION), ctx.label(Label.AXIS_HECTARES));
        out.text(second + chartRows, 0, Label.CHART_SOURCE.format(lang, ctx.label(Label.SHEET_DEMAND)), out.styles.note);
    }

    /**
     * The caveats box ({@link Caveats}): a heading and one wrapped line each over the columns
     * 0..lastCol; returns the row after it.
     */
    private static int caveats(SheetWriter out, ReportContext ctx, int row, int lastCol) {
        List<String> lines = Caveats.lines(ctx);
        if (lines.isEmpty()) {
            return row;
        }
        out.text(row, 0, ctx.label(Label.CAVEATS), out.styles.subtitle);
        row++;
        for (String line : lines) {
            out.wrappedAcross(row, 0, lastCol, "• " + line, out.styles.caveat);
            row++;
        }
        return row;
    }

    /** The schematic map of the extra hectares in the last period, as PNG. */
    static byte[] map(ReportContext ctx) {
        Projection pr = ctx.projection();
        List<Period> periods = pr.periods();
        int lastPeriod = periods.size() - 1;
        List<MapPicture.Region> mapRegions = new ArrayList<>();
        for (int r = 0; r < pr.regionCount(); r++) {
            mapRegions.add(new MapPicture.Region(pr.regionCodes().get(r), pr.regionNames().get(r),
                    pr.regionTotal(r, periods.get(lastPeriod)).extraHaStrict()));
        }
        return MapPicture.png(Label.TITLE_MAP.format(ctx.language(), periods.get(lastPeriod).end()), mapRegions,
                ctx.language(), ctx.boundaries());
    }

    /**
     * A two-cell anchor that shows the picture in the width of the first {@code columns} columns
     * with its own proportions (column widths in pixels as Excel computes them at 96 dpi, rows at
     * the default 20 pixels).
     */
    private static XSSFClientAnchor pictureAnchor(SheetWriter out, XSSFDrawing drawing, int top, int columns,
                                                  int imageHeight, int imageWidth, int maxHeightPx) {
        int widthPx = 0;
        for (int c = 0; c < columns; c++) {
            widthPx += columnPixels(out, c);
        }
        widthPx -= 6;
        int heightPx = (int) Math.round(widthPx * (double) imageHeight / imageWidth);
        if (heightPx > maxHeightPx) {
            // no taller than the chart beside it, so the page break below does not cut it
            widthPx = (int) Math.round(widthPx * (double) maxHeightPx / heightPx);
            heightPx = maxHeightPx;
        }
        int lastCol = 0;
        int x = widthPx;
        while (x > columnPixels(out, lastCol)) {
            x -= columnPixels(out, lastCol);
            lastCol++;
        }
        int rowPx = 20;
        int lastRow = top + heightPx / rowPx;
        int y = heightPx % rowPx;
        int emu = org.apache.poi.util.Units.EMU_PER_PIXEL;
        return drawing.createAnchor(0, 0, x * emu, y * emu, 0, top, lastCol, lastRow);
    }

    private static int columnPixels(SheetWriter out, int col) {
        return (int) Math.round(out.sheet.getColumnWidth(col) / 256.0 * 7 + 5);
    }

    /** A cumulative column: "t/m 2040 (2026-2040)", the years it adds up from the base year on. */
    static String upTo(Language lang, int baseYear, Period p) {
        return (lang == Language.EN ? "up to " : "t/m ") + p.end() + " (" + (baseYear + 1) + "-" + p.end() + ")";
    }

    private static double regionInPeriod(Projection pr, Measure m, int r, Period p) {
        double sum = 0;
        for (Werkmilieu w : Werkmilieu.values()) {
            sum += pr.inPeriod(m, r, w.ordinal(), p);
        }
        return sum;
    }

    private static double nationalInPeriod(Projection pr, Measure m, Period p) {
        double sum = 0;
        for (int r = 0; r < pr.regionCount(); r++) {
            sum += regionInPeriod(pr, m, r, p);
        }
        return sum;
    }
}
