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
        out.text(1, 0, Label.NOTE_SUMMARY.format(lang, base), out.styles.note);

        // headline table: one row per region, four columns per period
        List<String> header = new ArrayList<>(List.of(ctx.label(Label.REGION_CODE), ctx.label(Label.REGION)));
        for (int p = 0; p < periods.size(); p++) {
            int c0 = 2 + p * PER_PERIOD;
            out.text(GROUP_HEADER, c0, upTo(lang, periods.get(p)), out.styles.groupHeader);
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
            out.text(row, 0, national ? "NL" : pr.regionCodes().get(r), textStyle);
            out.text(row, 1, national ? ctx.label(Label.NATIONAL) : pr.regionNames().get(r), textStyle);
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
        out.sheet.setColumnWidth(0, 11 * 256);
        out.sheet.setColumnWidth(1, 30 * 256);
        for (int c = 2; c <= Math.max(lastCol, 13); c++) {
            out.sheet.setColumnWidth(c, 13 * 256);
        }
        out.table(HEADER, 2, nationalRow, lastCol);
        // the summary prints on one page, tables, map and charts together
        out.sheet.setRepeatingRows(null);
        out.sheet.getPrintSetup().setFitHeight((short) 1);
        out.name("samenvatting", HEADER, 0, nationalRow, lastCol);

        // demand by component over all periods, linked to the demand sheet's total rows
        row += 1;
        int start = periods.get(0).start();
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
            out.text(row, 0, national ? "NL" : pr.regionCodes().get(r), textStyle);
            out.text(row, 1, national ? ctx.label(Label.NATIONAL) : pr.regionNames().get(r), textStyle);
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

        // map and charts below the tables
        int top = row + 1;
        int lastPeriod = periods.size() - 1;
        byte[] png = map.get();
        int pictureIndex = out.sheet.getWorkbook().addPicture(png, Workbook.PICTURE_TYPE_PNG);
        XSSFDrawing drawing = out.sheet.createDrawingPatriarch();
        XSSFClientAnchor anchor = pictureAnchor(out, drawing, top, 3, MapPicture.height(png), MapPicture.WIDTH);
        anchor.setAnchorType(ClientAnchor.AnchorType.MOVE_DONT_RESIZE);
        // the alt text names the map and the outlines' source (the CC BY 4.0 attribution, also drawn under the legend)
        drawing.createPicture(anchor, pictureIndex).getCTPicture().getNvPicPr().getCNvPr().setDescr(mapDescription(ctx));

        List<Charts.Column> extraSeries = new ArrayList<>();
        for (int p = 0; p < periods.size(); p++) {
            extraSeries.add(new Charts.Column(GROUP_HEADER, 2 + p * PER_PERIOD, 2 + p * PER_PERIOD + 3));
        }
        // the series names come from the merged period headers ("t/m 2030")
        Charts.bar(out, new Charts.Place(3, top, 12, top + 19), ctx.label(Label.CHART_EXTRA), firstRegionRow,
                nationalRow - 1, 0, extraSeries, false);
        List<Charts.Column> componentSeries = new ArrayList<>();
        for (int i = 0; i < cols.length - 1; i++) {
            componentSeries.add(new Charts.Column(componentHeader, 2 + i));
        }
        Charts.bar(out, new Charts.Place(3, top + 20, 12, top + 39), Label.CHART_COMPONENTS.format(lang, start, end),
                firstComponentRow, lastComponentRow, 0, componentSeries, true);
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
                                                  int imageHeight, int imageWidth) {
        int widthPx = 0;
        for (int c = 0; c < columns; c++) {
            widthPx += columnPixels(out, c);
        }
        widthPx -= 6;
        int heightPx = (int) Math.round(widthPx * (double) imageHeight / imageWidth);
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

    static String upTo(Language lang, Period p) {
        return (lang == Language.EN ? "up to " : "t/m ") + p.end() + " (" + p.label() + ")";
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
