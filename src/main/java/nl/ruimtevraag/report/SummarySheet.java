package nl.ruimtevraag.report;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import nl.ruimtevraag.engine.Measure;
import nl.ruimtevraag.engine.Projection;
import nl.ruimtevraag.engine.RegionTotal;
import nl.ruimtevraag.engine.SupplyBasis;
import nl.ruimtevraag.model.Period;
import nl.ruimtevraag.model.Werkmilieu;
import nl.ruimtevraag.uncertainty.MonteCarloResult;
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
    /** vraag, realiseerbaar aanbod, saldo, extra ha; hard aanbod, extra ha t.o.v. hard aanbod */
    static final int PER_PERIOD = 6;
    /** the Monte Carlo headline: P50, the lowest and the highest percentile, the central value */
    static final int PER_PERIOD_HEADLINE = 4;

    private SummarySheet() {
    }

    /** Where a table of the summary sits: its group-header row, first region row and national row. */
    private record Table(int groupHeader, int firstRow, int nationalRow, int perPeriod) {
    }

    static void write(SheetWriter out, ReportContext ctx, ConfrontationSheet.Rows conf, DemandSheet.Rows demand,
                      String confSheet, String demandSheet, Supplier<byte[]> map) {
        Projection pr = ctx.projection();
        Language lang = ctx.language();
        List<Period> periods = pr.periods();
        int base = pr.horizon().baseYear();
        out.text(0, 0, ctx.label(Label.TITLE_SUMMARY) + ": " + ctx.scenario().name(), out.styles.title);
        out.text(1, 0, Label.NOTE_SUMMARY.format(lang, base + 1), out.styles.note);

        // with Monte Carlo over uncertain parameters the summary leads with the median and its band,
        // the central-value run beside it and in full below
        boolean headline = Headline.applies(ctx.bands());
        int centralGroupHeader = GROUP_HEADER;
        Table lead = null;
        if (headline) {
            MonteCarloResult m = ctx.bands();
            out.text(2, 0, Label.NOTE_HEADLINE.format(lang, m.draws(), m.parameters().size(), Headline.band(m)), out.styles.note);
            // the central table's rows are known before it is written: the headline links to them; the caveats sit
            // between the two, so that they print on the summary's first page with the headline
            int caveatRows = Caveats.lines(ctx).isEmpty() ? 0 : Caveats.lines(ctx).size() + 2;
            centralGroupHeader = GROUP_HEADER + pr.regionCount() + 4 + caveatRows;
            lead = headlineTable(out, ctx, centralGroupHeader + 2);
            caveats(out, ctx, lead.nationalRow() + 2, 1 + 3 * PER_PERIOD_HEADLINE);
            out.text(centralGroupHeader - 1, 0, ctx.label(Label.TITLE_CENTRAL), out.styles.subtitle);
            out.pageBreakBefore(centralGroupHeader - 1); // the central table starts a page with its title
        }
        Table central = centralTable(out, ctx, conf, confSheet, centralGroupHeader);
        Table first = headline ? lead : central;
        int lastCol = 1 + periods.size() * first.perPeriod();
        // narrow enough that the first table's periods print side by side on one page width
        out.sheet.setColumnWidth(0, 8 * 256);
        out.sheet.setColumnWidth(1, 18 * 256);
        for (int c = 2; c <= Math.max(1 + periods.size() * PER_PERIOD, 13); c++) {
            out.sheet.setColumnWidth(c, 9 * 256);
        }
        out.table(first.groupHeader() + 1, 2, first.nationalRow(), lastCol);
        out.name("samenvatting", first.groupHeader() + 1, 0, first.nationalRow(), lastCol);
        for (int p = 0; p < periods.size(); p++) {
            // the shortage columns: the median (headline) or the central extra ha, and the hard-only extra ha
            int c0 = 2 + p * first.perPeriod();
            out.markShortages(first.firstRow(), first.nationalRow(), headline ? c0 : c0 + 3);
        }
        for (int p = 0; p < periods.size(); p++) {
            int c0 = 2 + p * PER_PERIOD;
            out.markShortages(central.firstRow(), central.nationalRow(), c0 + 3);
            out.markShortages(central.firstRow(), central.nationalRow(), c0 + 5);
        }
        out.sheet.createFreezePane(2, first.groupHeader() + 2);
        out.fitRows(first.nationalRow(), first.nationalRow());
        // what a reader must know before quoting a number, right under the tables
        int row = headline ? central.nationalRow() + 1
                : caveats(out, ctx, central.nationalRow() + 2, Math.min(lastCol, 2 + 3 * first.perPeriod() - 1));
        int firstRegionRow = first.firstRow();
        int nationalRow = first.nationalRow();

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

        // the print covers the widest table (the central one, six columns a period); a page break may fall at
        // any table's period group
        java.util.TreeSet<Integer> groupStarts = new java.util.TreeSet<>();
        for (int p = 0; p < periods.size(); p++) {
            groupStarts.add(2 + p * first.perPeriod());
            groupStarts.add(2 + p * PER_PERIOD);
        }
        int[] groups = groupStarts.stream().mapToInt(Integer::intValue).toArray();
        out.print(-1, 2, Math.max(lastCol, 1 + periods.size() * PER_PERIOD), groups);

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
        // the alt text names the map and the outlines' source (the CC BY 4.0 attribution, also drawn under the legend)
        drawing.createPicture(anchor, pictureIndex).getCTPicture().getNvPicPr().getCNvPr().setDescr(mapDescription(ctx));

        List<Charts.Column> extraSeries = new ArrayList<>();
        for (int p = 0; p < periods.size(); p++) {
            int c0 = 2 + p * first.perPeriod();
            // the headline's median, else the central extra ha
            extraSeries.add(new Charts.Column(first.groupHeader(), c0, headline ? c0 : c0 + 3));
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

    /**
     * The central-value run: one row per region and the nation, per period vraag, realiseerbaar aanbod,
     * saldo and extra ha, then hard aanbod and extra ha against it (linked to the confrontation sheet).
     */
    private static Table centralTable(SheetWriter out, ReportContext ctx, ConfrontationSheet.Rows conf, String confSheet,
                                      int groupHeader) {
        Projection pr = ctx.projection();
        Language lang = ctx.language();
        List<Period> periods = pr.periods();
        int header = groupHeader + 1;
        List<String> labels = new ArrayList<>(List.of(ctx.label(Label.REGION_CODE), ctx.label(Label.REGION)));
        for (int p = 0; p < periods.size(); p++) {
            groupHeader(out, groupHeader, 2 + p * PER_PERIOD, PER_PERIOD, upTo(lang, pr.horizon().baseYear(),
                    periods.get(p)));
            labels.addAll(List.of(ctx.label(Label.VRAAG), ctx.label(Label.AANBOD), ctx.label(Label.SALDO),
                    ctx.label(Label.EXTRA_HA), ctx.label(Label.HARD_SUPPLY), ctx.label(Label.EXTRA_HA_HARD)));
        }
        out.text(groupHeader, 0, "", out.styles.groupHeader);
        out.text(groupHeader, 1, "", out.styles.groupHeader);
        out.header(header, labels);
        int row = header + 1;
        for (int r = 0; r <= pr.regionCount(); r++) {
            boolean national = r == pr.regionCount();
            var numberStyle = keys(out, ctx, row, r);
            for (int p = 0; p < periods.size(); p++) {
                RegionTotal t = national ? pr.nationalTotal(periods.get(p)) : pr.regionTotal(r, periods.get(p));
                RegionTotal h = national ? pr.nationalTotal(periods.get(p), SupplyBasis.HARD)
                        : pr.regionTotal(r, periods.get(p), SupplyBasis.HARD);
                int source = national ? conf.national()[p] : conf.regionTotal()[r][p];
                int c0 = 2 + p * PER_PERIOD;
                out.formula(row, c0, SheetWriter.ref(confSheet, source, ConfrontationSheet.VRAAG), t.vraag(), numberStyle);
                out.formula(row, c0 + 1, SheetWriter.ref(confSheet, source, ConfrontationSheet.AANBOD), t.aanbod(),
                        numberStyle);
                out.formula(row, c0 + 2, SheetWriter.ref(row, c0 + 1) + "-" + SheetWriter.ref(row, c0), t.saldoNetted(),
                        numberStyle);
                out.formula(row, c0 + 3, SheetWriter.ref(confSheet, source, ConfrontationSheet.EXTRA), t.extraHaStrict(),
                        numberStyle);
                out.formula(row, c0 + 4, SheetWriter.ref(confSheet, source, ConfrontationSheet.AANBOD_HARD), h.aanbod(),
                        numberStyle);
                out.formula(row, c0 + 5, SheetWriter.ref(confSheet, source, ConfrontationSheet.EXTRA_HARD), h.extraHaStrict(),
                        numberStyle);
            }
            row++;
        }
        return new Table(groupHeader, header + 1, row - 1, PER_PERIOD);
    }

    /**
     * The Monte Carlo headline: per region and period the median of the extra hectares (strict), the lowest
     * and highest percentile computed (P10 and P90 by default) and, beside them, the central-value run's
     * extra hectares, linked to the central table that starts at {@code centralFirstRow}.
     */
    private static Table headlineTable(SheetWriter out, ReportContext ctx, int centralFirstRow) {
        Projection pr = ctx.projection();
        Language lang = ctx.language();
        MonteCarloResult m = ctx.bands();
        List<Period> periods = pr.periods();
        int header = GROUP_HEADER + 1;
        List<String> labels = new ArrayList<>(List.of(ctx.label(Label.REGION_CODE), ctx.label(Label.REGION)));
        for (int p = 0; p < periods.size(); p++) {
            groupHeader(out, GROUP_HEADER, 2 + p * PER_PERIOD_HEADLINE, PER_PERIOD_HEADLINE, upTo(lang, pr.horizon().baseYear(), periods.get(p)));
            labels.addAll(List.of(ctx.label(Label.EXTRA_HA_MEDIAN), "P" + Headline.number(Headline.low(m)),
                    "P" + Headline.number(Headline.high(m)), ctx.label(Label.EXTRA_HA_CENTRAL)));
        }
        out.text(GROUP_HEADER, 0, "", out.styles.groupHeader);
        out.text(GROUP_HEADER, 1, "", out.styles.groupHeader);
        out.header(header, labels);
        int row = header + 1;
        int regions = pr.regionCount();
        for (int r = 0; r <= regions; r++) {
            var numberStyle = keys(out, ctx, row, r);
            for (int p = 0; p < periods.size(); p++) {
                int c0 = 2 + p * PER_PERIOD_HEADLINE;
                out.number(row, c0, Headline.median(m, r, regions, p), numberStyle);
                out.number(row, c0 + 1, Headline.percentile(m, r, regions, p, Headline.low(m)), numberStyle);
                out.number(row, c0 + 2, Headline.percentile(m, r, regions, p, Headline.high(m)), numberStyle);
                Period period = periods.get(p);
                double central = r == regions ? pr.nationalTotal(period).extraHaStrict() : pr.regionTotal(r, period).extraHaStrict();
                out.formula(row, c0 + 3, SheetWriter.ref(centralFirstRow + r, 2 + p * PER_PERIOD + 3), central, numberStyle);
            }
            row++;
        }
        return new Table(GROUP_HEADER, header + 1, row - 1, PER_PERIOD_HEADLINE);
    }

    private static void groupHeader(SheetWriter out, int row, int c0, int width, String text) {
        out.text(row, c0, text, out.styles.groupHeader);
        for (int c = 1; c < width; c++) {
            out.text(row, c0 + c, "", out.styles.groupHeader);
        }
        out.sheet.addMergedRegion(new CellRangeAddress(row, row, c0, c0 + width - 1));
    }

    /** The code and name of a region (r &lt; regions) or the nation; returns the row's number style. */
    private static org.apache.poi.xssf.usermodel.XSSFCellStyle keys(SheetWriter out, ReportContext ctx, int row, int r) {
        Projection pr = ctx.projection();
        boolean national = r == pr.regionCount();
        var textStyle = national ? out.styles.textBold : out.styles.text;
        out.text(row, 0, national ? ctx.totalCode() : pr.regionCodes().get(r), textStyle);
        out.text(row, 1, national ? ctx.totalName() : pr.regionNames().get(r),
                national ? out.styles.wrapped(textStyle) : textStyle);
        return national ? out.styles.hectaresTotal : out.styles.hectares;
    }

    /** The map's title, and the source of its outlines when they carry one. */
    static String mapDescription(ReportContext ctx) {
        List<Period> periods = ctx.projection().periods();
        String title = Label.TITLE_MAP.format(ctx.language(), periods.get(periods.size() - 1).end());
        var shapes = ctx.boundaries();
        boolean drawn = shapes != null && ctx.projection().regionCodes().stream().anyMatch(shapes.rings()::containsKey);
        return drawn && !shapes.attribution().isEmpty()
                ? title + ". " + Label.MAP_SOURCE.format(ctx.language(), shapes.attribution()) : title;
    }

    /** The map of the extra hectares in the last period (real outlines or schematic tiles), as PNG. */
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
