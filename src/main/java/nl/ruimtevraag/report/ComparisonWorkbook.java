package nl.ruimtevraag.report;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import nl.ruimtevraag.uncertainty.Comparison;
import nl.ruimtevraag.uncertainty.TotalOutput;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The comparison workbook, in Dutch or English ({@link Label}): sheet Vergelijking (Comparison) with the scenarios side by side
 * per region and period end (vraag, aanbod, saldo, extra ha per scenario; the differences against
 * the first scenario and the requested pair as live formulas with cached values; under Monte Carlo
 * the P10/P50/P90 of the strict extra hectares and of the per-draw differences as values), sheet
 * Grafiek (Chart) with a native bar chart of the extra hectares per region and scenario for every
 * period end, each under its table, and sheet Scenario's (Scenarios) listing each scenario's
 * description (wrapped), regions, file and SHA-256. The tables and charts show only the regions
 * every scenario projects ({@link ComparisonTable#shownRegions}); a note names the others. The same
 * inputs give a byte-identical file. It carries the generator property, so a later run may
 * overwrite it ({@link OwnFiles}).
 */
public final class ComparisonWorkbook {
    /** Row index of the column headers on the comparison sheet (the group titles are one row above). */
    public static final int HEADER = 4;

    /** Where a scenario's columns are on the comparison sheet. */
    private record Block(int vraag, int aanbod, int saldo, int extra, int bands, int dVraag, int dAanbod, int dExtra,
                         int dBands, int last) {
    }

    private final Comparison c;
    private final XSSFWorkbook wb;
    private final Styles styles;
    private final Language lang;

    private ComparisonWorkbook(Comparison c, XSSFWorkbook wb, Language lang) {
        this.c = c;
        this.wb = wb;
        this.styles = new Styles(wb, null);
        this.lang = lang;
    }

    public static void write(Comparison c, String toolVersion, String dataSet, Language lang, Path target) throws IOException {
        AtomicFiles.write(target, toBytes(c, toolVersion, dataSet, lang));
    }

    public static byte[] toBytes(Comparison c, String toolVersion, String dataSet, Language lang) throws IOException {
        XSSFWorkbook base = new XSSFWorkbook();
        ComparisonWorkbook w = new ComparisonWorkbook(c, base, lang);
        List<String> names = new java.util.ArrayList<>();
        for (Comparison.Entry e : c.scenarios()) {
            names.add(e.label());
        }
        w.styles.page = new PrintLayout.PageText(Label.TITLE_COMPARED.in(lang), String.join(", ", names),
                RunDate.text(RunDate.today(), lang), "ruimtevraag " + toolVersion, lang);
        for (Label sheet : List.of(Label.SHEET_COMPARISON, Label.SHEET_CHART, Label.SHEET_SCENARIOS)) {
            base.createSheet(sheet.in(lang));
        }
        try (StreamingWorkbook wb = new StreamingWorkbook(base, -1, true)) {
            List<Block> blocks = w.comparison(new SheetWriter(wb.getSheetAt(0), w.styles));
            w.chart(new SheetWriter(wb.getSheetAt(1), w.styles), blocks);
            w.scenarios(new SheetWriter(wb.getSheetAt(2), w.styles), toolVersion, dataSet);
            base.setActiveSheet(0);
            w.properties(toolVersion);
            return wb.toBytes();
        }
    }

    // ------------------------------------------------------------------ comparison sheet

    private List<Block> comparison(SheetWriter sheet) {
        int n = c.scenarioCount();
        boolean mc = c.monteCarlo();
        int q = mc ? c.bands().percentiles().size() : 0;
        sheet.text(0, 0, Label.TITLE_COMPARISON.format(lang, names()), styles.title);

        List<String> head = new ArrayList<>(List.of(l(Label.REGION_CODE), l(Label.REGION), l(Label.UP_TO)));
        List<Block> blocks = new ArrayList<>();
        int col = 3;
        for (int s = 0; s < n; s++) {
            int start = col;
            head.addAll(List.of(l(Label.VRAAG), l(Label.AANBOD), l(Label.SALDO), l(Label.EXTRA_HA)));
            int vraag = col;
            col += 4;
            int bands = -1;
            if (mc) {
                bands = col;
                for (double p : c.bands().percentiles()) {
                    head.add(Label.EXTRA_HA_PERCENTILE.format(lang, percentile(p)));
                }
                col += q;
            }
            int dVraag = -1;
            int dBands = -1;
            if (s > 0) {
                dVraag = col;
                head.addAll(List.of(l(Label.DELTA_VRAAG), l(Label.DELTA_AANBOD), l(Label.DELTA_EXTRA_HA)));
                col += 3;
                if (mc) {
                    dBands = col;
                    for (double p : c.bands().percentiles()) {
                        head.add(Label.DELTA_EXTRA_HA_PERCENTILE.format(lang, percentile(p)));
                    }
                    col += q;
                }
            }
            blocks.add(new Block(vraag, vraag + 1, vraag + 2, vraag + 3, bands, dVraag, dVraag + 1, dVraag + 2, dBands, col - 1));
            group(sheet, start, col - 1, "[" + (s + 1) + "] " + c.scenarios().get(s).label()
                    + (s > 0 ? l(Label.DELTA_TO_FIRST) : ""));
        }
        int[] pair = c.pair();
        int pairCol = -1;
        if (pair != null) {
            pairCol = col;
            head.add(Label.DELTA_PAIR.format(lang, pair[1] + 1, pair[0] + 1));
            col++;
            if (mc) {
                for (double p : c.bands().percentiles()) {
                    head.add(Label.DELTA_PAIR_PERCENTILE.format(lang, pair[1] + 1, pair[0] + 1, percentile(p)));
                }
                col += q;
            }
            group(sheet, pairCol, col - 1, Label.PAIR_GROUP.format(lang, pair[1] + 1, c.scenarios().get(pair[1]).label(),
                    pair[0] + 1, c.scenarios().get(pair[0]).label()));
        }
        int lastCol = col - 1;
        sheet.header(HEADER, head);

        int periods = c.periodEnds().size();
        int row = HEADER + 1;
        for (int r : ComparisonTable.shownRows(c)) {
            boolean total = r == c.totalRow();
            for (int p = 0; p < periods; p++) {
                sheet.text(row, 0, ComparisonTable.rowCode(c, r, lang), total ? styles.textBold : styles.text);
                sheet.text(row, 1, ComparisonTable.rowName(c, r, lang), total ? styles.textBold : styles.text);
                number(sheet, row, 2, c.periodEnds().get(p), styles.integer);
                XSSFCellStyle ha = total ? styles.hectaresTotal : styles.hectares;
                for (int s = 0; s < n; s++) {
                    Block b = blocks.get(s);
                    if (!c.present(s, r, p)) {
                        continue;
                    }
                    if (total) {
                        sumOfRegions(sheet, row, b.vraag(), p, c.value(s, r, p, TotalOutput.VRAAG), ha);
                        sumOfRegions(sheet, row, b.aanbod(), p, c.value(s, r, p, TotalOutput.AANBOD), ha);
                        sumOfRegions(sheet, row, b.extra(), p, c.value(s, r, p, TotalOutput.EXTRA_HA_STRICT), ha);
                    } else {
                        number(sheet, row, b.vraag(), c.value(s, r, p, TotalOutput.VRAAG), ha);
                        number(sheet, row, b.aanbod(), c.value(s, r, p, TotalOutput.AANBOD), ha);
                        number(sheet, row, b.extra(), c.value(s, r, p, TotalOutput.EXTRA_HA_STRICT), ha);
                    }
                    formula(sheet, row, b.saldo(), ref(row, b.aanbod()) + "-" + ref(row, b.vraag()),
                            c.value(s, r, p, TotalOutput.SALDO_NETTED), ha);
                    if (mc) {
                        bandCells(sheet, row, b.bands(), c.bands().extraStrict()[s][r][p], ha);
                    }
                    if (s > 0 && c.present(0, r, p)) {
                        Block first = blocks.get(0);
                        formula(sheet, row, b.dVraag(), ref(row, b.vraag()) + "-" + ref(row, first.vraag()),
                                c.difference(s, r, p, TotalOutput.VRAAG), ha);
                        formula(sheet, row, b.dAanbod(), ref(row, b.aanbod()) + "-" + ref(row, first.aanbod()),
                                c.difference(s, r, p, TotalOutput.AANBOD), ha);
                        formula(sheet, row, b.dExtra(), ref(row, b.extra()) + "-" + ref(row, first.extra()),
                                c.difference(s, r, p, TotalOutput.EXTRA_HA_STRICT), ha);
                        if (mc) {
                            bandCells(sheet, row, b.dBands(), c.bands().differenceToFirst()[s][r][p], ha);
                        }
                    }
                }
                if (pair != null && c.present(pair[0], r, p) && c.present(pair[1], r, p)) {
                    Block i = blocks.get(pair[0]);
                    Block j = blocks.get(pair[1]);
                    formula(sheet, row, pairCol, ref(row, j.extra()) + "-" + ref(row, i.extra()),
                            c.value(pair[1], r, p, TotalOutput.EXTRA_HA_STRICT) - c.value(pair[0], r, p, TotalOutput.EXTRA_HA_STRICT), ha);
                    if (mc) {
                        bandCells(sheet, row, pairCol + 1, c.bands().pairDifference()[r][p], ha);
                    }
                }
                row++;
            }
        }
        int lastRow = row - 1;
        sheet.sheet.setColumnWidth(0, 11 * 256);
        sheet.sheet.setColumnWidth(1, 24 * 256);
        sheet.sheet.setColumnWidth(2, 9 * 256);
        for (int i = 3; i <= lastCol; i++) {
            sheet.sheet.setColumnWidth(i, 13 * 256);
        }
        sheet.fitHeaders();
        sheet.sheet.createFreezePane(3, HEADER + 1);
        sheet.sheet.setAutoFilter(new CellRangeAddress(HEADER, lastRow, 0, lastCol));
        int[] starts = new int[blocks.size() + 1];
        for (int s = 0; s < blocks.size(); s++) {
            starts[s] = s == 0 ? 3 : blocks.get(s - 1).last() + 1;
        }
        starts[blocks.size()] = blocks.get(blocks.size() - 1).last() + 1; // the pair's columns
        PrintLayout.Plan plan = PrintLayout.apply(sheet.sheet, styles.page, HEADER, 3, lastCol, starts);
        note(sheet, 1, Label.NOTE_COMPARISON.format(lang, c.scenarios().get(0).label()), plan, lastCol);
        note(sheet, 2, regionNote(), plan, lastCol);
        return blocks;
    }

    /** The total row as the sum of the common regions' rows of the same period (a value when too long). */
    private void sumOfRegions(SheetWriter sheet, int row, int col, int period, double cached, XSSFCellStyle style) {
        List<String> refs = new ArrayList<>();
        for (String code : c.commonRegions()) {
            refs.add(ref(HEADER + 1 + shownIndex(code) * c.periodEnds().size() + period, col));
        }
        formula(sheet, row, col, refs.isEmpty() ? "0" : String.join("+", refs), cached, style);
    }

    /** The position of a region among the shown rows. */
    private int shownIndex(String code) {
        return ComparisonTable.shownRegions(c).indexOf(c.regionCodes().indexOf(code));
    }

    private void bandCells(SheetWriter sheet, int row, int col, double[] band, XSSFCellStyle style) {
        if (band == null) {
            return;
        }
        for (int i = 0; i < band.length; i++) {
            number(sheet, row, col + i, band[i], style);
        }
    }

    /** The note on which regions the tables show: all the same, the shared ones (and which were left out, and why), or none shared. */
    private String regionNote() {
        if (c.sameRegions()) {
            return l(Label.NOTE_SAME_REGIONS);
        }
        if (c.commonRegions().isEmpty()) {
            return l(Label.NOTE_NO_COMMON_REGION);
        }
        return Label.NOTE_SHARED_REGIONS.format(lang, String.join(", ", c.commonRegions())) + " "
                + Label.NOTE_LEFT_OUT.format(lang, ComparisonTable.leftOut(c, lang));
    }

    /**
     * A note above a table, wrapped across the columns of the first printed page (at most up to
     * {@code lastCol}, at most 120 characters wide), its row as high as the wrapped text needs: a
     * note running past them would be cut at the page edge. Returns the row's height in points.
     */
    private double note(SheetWriter sheet, int row, String text, PrintLayout.Plan plan, int lastCol) {
        double width = 0;
        int last = 0;
        while (last < Math.min(lastCol + 1, plan.firstPageCols()) && width + sheet.sheet.getColumnWidth(last) / 256.0 <= 120) {
            width += sheet.sheet.getColumnWidth(last) / 256.0;
            last++;
        }
        sheet.text(row, 0, "", styles.note); // the row must exist before its height is set
        sheet.wrappedAcross(row, 0, Math.max(0, last - 1), text, styles.wrapped(styles.note));
        return Math.max(15, SheetWriter.wrappedLines(text, width - 2, SheetWriter.BODY_CHAR) * 13 + 4);
    }

    // ------------------------------------------------------------------ chart sheet

    /**
     * The chart sheet: per period end a block of the strict extra hectares per shown region (rows) and
     * scenario (columns, formulas to the comparison sheet) with the total under it, and right below the
     * block its clustered bar chart (the regions along the axis, a bar per scenario that has a period
     * ending then) with axis titles and a source line. Each block starts a printed page and its chart
     * fills the rest of that page, so no page break cuts it and a table prints with its chart.
     */
    private void chart(SheetWriter sheet, List<Block> blocks) {
        int n = c.scenarioCount();
        List<Integer> regions = ComparisonTable.shownRegions(c);
        List<Integer> rows = ComparisonTable.shownRows(c);
        int periods = c.periodEnds().size();
        List<String> head = new ArrayList<>(List.of(l(Label.REGION)));
        int widest = 12;
        for (int s = 0; s < n; s++) {
            String label = "[" + (s + 1) + "] " + c.scenarios().get(s).label();
            head.add(label);
            for (String word : label.split("\\s+")) {
                widest = Math.max(widest, (int) Math.ceil(word.length() * 0.95) + 1);
            }
        }
        int colChars = Math.min(30, widest);
        int headerLines = 1;
        for (String label : head) {
            headerLines = Math.max(headerLines, SheetWriter.wrappedLines(label, colChars - 2, 0.95));
        }
        String totalName = ComparisonTable.rowName(c, c.totalRow(), lang);
        sheet.sheet.setColumnWidth(0, Math.min(40, Math.max(10, totalName.length() + 2)) * 256);
        for (int col = 1; col <= n; col++) {
            sheet.sheet.setColumnWidth(col, colChars * 256);
        }
        PrintLayout.Plan plan = PrintLayout.apply(sheet.sheet, styles.page, -1, 1, n);
        int chartCols = Math.max(n + 1, Math.min(12, plan.firstPageCols()));
        sheet.text(0, 0, l(Label.TITLE_COMPARISON_CHARTS), styles.title);
        double used = 24 + note(sheet, 1, Label.NOTE_COMPARISON_CHARTS.format(lang, l(Label.SHEET_COMPARISON)), plan, chartCols - 1)
                + note(sheet, 2, regionNote(), plan, chartCols - 1) + 15;
        String source = SheetWriter.quoted(l(Label.SHEET_COMPARISON)) + "!";
        int row = 4;
        for (int p = 0; p < periods; p++) {
            if (p > 0) {
                sheet.pageBreakBefore(row);
                used = 0;
            }
            for (int col = 0; col <= n; col++) {
                sheet.text(row, col, col == 0 ? Label.GROUP_UP_TO.format(lang, c.periodEnds().get(p)) : "", styles.groupHeader);
            }
            sheet.sheet.addMergedRegion(new CellRangeAddress(row, row, 0, n));
            row++;
            int header = row++;
            sheet.header(header, head);
            int first = row;
            for (int i = 0; i < rows.size(); i++, row++) {
                int r = rows.get(i);
                boolean total = r == c.totalRow();
                sheet.text(row, 0, total ? totalName : ComparisonTable.rowCode(c, r, lang), total ? styles.textBold : styles.text);
                int sourceRow = HEADER + 1 + i * periods + p;
                for (int s = 0; s < n; s++) {
                    if (c.present(s, r, p)) {
                        formula(sheet, row, 1 + s, source + ref(sourceRow, blocks.get(s).extra()),
                                c.value(s, r, p, TotalOutput.EXTRA_HA_STRICT), total ? styles.hectaresTotal : styles.hectares);
                    }
                }
            }
            used += 15 + headerLines * 14.5 + 4 + rows.size() * 15;
            row++;
            if (regions.isEmpty()) {
                continue;
            }
            List<Charts.Column> series = new ArrayList<>();
            for (int s = 0; s < n; s++) {
                boolean any = false;
                for (int r : regions) {
                    any |= c.present(s, r, p);
                }
                if (any) {
                    series.add(new Charts.Column(header, 1 + s));
                }
            }
            // the chart fills the rest of the page, less the source line under it; a new page when under 10 rows are left
            int chartRows = Math.min(22, (int) ((plan.pageHeight() - used) / 15) - 3);
            if (chartRows < 10) {
                sheet.pageBreakBefore(row - 1); // the empty row above the chart: LibreOffice puts a chart at the very edge on both pages
                chartRows = Math.min(22, (int) (plan.pageHeight() / 15) - 3);
            }
            var chart = Charts.bar(sheet, new Charts.Place(0, row, chartCols, row + chartRows),
                    Label.COMPARISON_CHART.format(lang, c.periodEnds().get(p)), first, first + regions.size() - 1, 0,
                    series, false);
            Charts.axisTitles(chart, l(Label.AXIS_REGION), l(Label.AXIS_HECTARES));
            sheet.text(row + chartRows, 0, Label.CHART_SOURCE.format(lang, l(Label.SHEET_COMPARISON)), styles.note);
            row += chartRows + 2;
        }
        sheet.fitHeaders();
    }

    // ------------------------------------------------------------------ scenarios sheet

    /**
     * The scenarios: number, name, description and regions first (so they print together on the first
     * page, the description wrapped and each row as high as it needs), then file and SHA-256.
     */
    private void scenarios(SheetWriter sheet, String toolVersion, String dataSet) {
        sheet.text(0, 0, l(Label.TITLE_COMPARED), styles.title);
        int header = 2;
        List<String> head = List.of(l(Label.NUMBER), l(Label.SCENARIO), l(Label.DESCRIPTION), l(Label.REGIONS),
                l(Label.SCENARIO_FILE), l(Label.SCENARIO_SHA));
        for (int i = 0; i < head.size(); i++) {
            sheet.text(header, i, head.get(i), styles.header);
        }
        sheet.height(header, 32);
        int row = header + 1;
        for (int s = 0; s < c.scenarioCount(); s++) {
            Comparison.Entry e = c.scenarios().get(s);
            number(sheet, row, 0, s + 1, styles.integer);
            sheet.text(row, 1, e.name(), styles.textWrap);
            sheet.text(row, 2, e.description(), styles.textWrap);
            sheet.text(row, 3, String.join(" ", e.regionCodes()), styles.textWrap);
            sheet.text(row, 4, e.file(), styles.textWrap);
            sheet.text(row, 5, e.sha256(), styles.text);
            row++;
        }
        row++;
        int about = row;
        sheet.text(row, 0, l(Label.DATASET), styles.subtitle);
        sheet.text(row++, 2, dataSet, styles.textWrap);
        sheet.text(row, 0, l(Label.TOOL_VERSION), styles.subtitle);
        sheet.text(row++, 2, toolVersion, styles.textWrap);
        sheet.text(row, 0, l(Label.CALCULATION), styles.subtitle);
        sheet.text(row++, 2, c.monteCarlo()
                ? Label.CALCULATION_MONTE_CARLO.format(lang, c.bands().draws(), c.bands().seed())
                : l(Label.CALCULATION_DETERMINISTIC), styles.textWrap);
        sheet.sheet.setColumnWidth(0, 6 * 256);
        sheet.sheet.setColumnWidth(1, 24 * 256);
        sheet.sheet.setColumnWidth(2, 64 * 256);
        sheet.sheet.setColumnWidth(3, 22 * 256);
        sheet.sheet.setColumnWidth(4, 40 * 256);
        sheet.sheet.setColumnWidth(5, 72 * 256);
        sheet.fitRows(header + 1, header + c.scenarioCount());
        sheet.fitRows(about, row - 1);
        PrintLayout.apply(sheet.sheet, styles.page, header, 2, 5, 4);
    }

    // ------------------------------------------------------------------ cells

    private String l(Label label) {
        return label.in(lang);
    }

    private String names() {
        List<String> names = new ArrayList<>();
        for (int s = 0; s < c.scenarioCount(); s++) {
            names.add("[" + (s + 1) + "] " + c.scenarios().get(s).label());
        }
        return String.join(", ", names);
    }

    private void group(SheetWriter sheet, int first, int last, String title) {
        for (int i = first; i <= last; i++) {
            sheet.text(HEADER - 1, i, i == first ? title : "", styles.groupHeader);
        }
        if (last > first) {
            sheet.sheet.addMergedRegion(new CellRangeAddress(HEADER - 1, HEADER - 1, first, last));
        }
    }

    private static String percentile(double p) {
        return "P" + (p == Math.rint(p) ? Long.toString((long) p) : Double.toString(p));
    }

    /** A number (-0 as 0); none for a non-finite value. */
    private static void number(SheetWriter sheet, int row, int col, double value, XSSFCellStyle style) {
        if (Double.isFinite(value)) {
            sheet.number(row, col, value == 0 ? 0.0 : value, style);
        }
    }

    /** A live formula (built from cell references only) with its cached value (-0 as 0). */
    private static void formula(SheetWriter sheet, int row, int col, String formula, double cached, XSSFCellStyle style) {
        sheet.formula(row, col, formula, cached == 0 ? 0.0 : cached, style);
    }

    private static String ref(int row, int col) {
        return SheetWriter.ref(row, col);
    }

    private void properties(String toolVersion) {
        java.util.Map<String, String> custom = new java.util.LinkedHashMap<>();
        for (int s = 0; s < c.scenarioCount(); s++) {
            custom.put("ruimtevraag.scenario." + (s + 1), SheetWriter.safeText(c.scenarios().get(s).name()));
            custom.put("ruimtevraag.scenario." + (s + 1) + ".sha256", c.scenarios().get(s).sha256());
        }
        DocumentProperties.set(wb, toolVersion, StreamingWorkbook.FIXED.atOffset(ZoneOffset.UTC),
                Label.TITLE_COMPARISON.format(lang, names()), null, custom);
    }
}
