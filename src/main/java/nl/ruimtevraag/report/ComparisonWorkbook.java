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
 * Grafiek (Chart) with a native bar chart of the extra hectares per region and scenario, and
 * sheet Scenario's (Scenarios) listing each scenario's file, SHA-256 and description. The same
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
        sheet.text(1, 0, Label.NOTE_COMPARISON.format(lang, c.scenarios().get(0).label()), styles.note);
        sheet.text(2, 0, totalNote(), styles.note);

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
        for (int i = 0; i < head.size(); i++) {
            sheet.text(HEADER, i, head.get(i), styles.header);
        }
        sheet.height(HEADER, 45);

        int periods = c.periodEnds().size();
        int row = HEADER + 1;
        for (int r = 0; r < c.rows(); r++) {
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
        sheet.sheet.createFreezePane(3, HEADER + 1);
        sheet.sheet.setAutoFilter(new CellRangeAddress(HEADER, lastRow, 0, lastCol));
        sheet.printSetup(HEADER, 3, lastCol);
        return blocks;
    }

    /** The total row as the sum of the common regions' rows of the same period (a value when too long). */
    private void sumOfRegions(SheetWriter sheet, int row, int col, int period, double cached, XSSFCellStyle style) {
        List<String> refs = new ArrayList<>();
        for (String code : c.commonRegions()) {
            int r = c.regionCodes().indexOf(code);
            refs.add(ref(HEADER + 1 + r * c.periodEnds().size() + period, col));
        }
        formula(sheet, row, col, refs.isEmpty() ? "0" : String.join("+", refs), cached, style);
    }

    private void bandCells(SheetWriter sheet, int row, int col, double[] band, XSSFCellStyle style) {
        if (band == null) {
            return;
        }
        for (int i = 0; i < band.length; i++) {
            number(sheet, row, col + i, band[i], style);
        }
    }

    private String totalNote() {
        if (c.sameRegions()) {
            return l(Label.NOTE_SAME_REGIONS);
        }
        if (c.commonRegions().isEmpty()) {
            return l(Label.NOTE_NO_COMMON_REGION);
        }
        return Label.NOTE_COMMON_REGIONS.format(lang, ComparisonTable.rowCode(c, c.totalRow(), lang),
                String.join(", ", c.commonRegions()));
    }

    // ------------------------------------------------------------------ chart sheet

    /** The last period end that every scenario reports, else the last one. */
    int chartPeriod() {
        for (int p = c.periodEnds().size() - 1; p >= 0; p--) {
            boolean all = true;
            for (int s = 0; s < c.scenarioCount(); s++) {
                for (int r = 0; r < c.regionCodes().size() && all; r++) {
                    all &= c.present(s, r, p) || !c.scenarios().get(s).regionCodes().contains(c.regionCodes().get(r));
                }
            }
            if (all) {
                return p;
            }
        }
        return c.periodEnds().size() - 1;
    }

    private void chart(SheetWriter sheet, List<Block> blocks) {
        int p = chartPeriod();
        int end = c.periodEnds().get(p);
        sheet.text(0, 0, Label.TITLE_COMPARISON_CHART.format(lang, end), styles.title);
        sheet.text(1, 0, Label.NOTE_COMPARISON_CHART.format(lang, l(Label.SHEET_COMPARISON)), styles.note);
        int header = 3;
        sheet.text(header, 0, l(Label.REGION), styles.header);
        sheet.height(header, 32);
        List<Charts.Column> series = new ArrayList<>();
        for (int s = 0; s < c.scenarioCount(); s++) {
            sheet.text(header, 1 + s, "[" + (s + 1) + "] " + c.scenarios().get(s).label(), styles.header);
            series.add(new Charts.Column(header, 1 + s));
        }
        int regions = c.regionCodes().size();
        for (int r = 0; r < regions; r++) {
            int row = header + 1 + r;
            sheet.text(row, 0, c.regionCodes().get(r), styles.text);
            int sourceRow = HEADER + 1 + r * c.periodEnds().size() + p;
            for (int s = 0; s < c.scenarioCount(); s++) {
                if (c.present(s, r, p)) {
                    formula(sheet, row, 1 + s, SheetWriter.quoted(l(Label.SHEET_COMPARISON)) + "!" + ref(sourceRow, blocks.get(s).extra()),
                            c.value(s, r, p, TotalOutput.EXTRA_HA_STRICT), styles.hectares);
                }
            }
        }
        sheet.sheet.setColumnWidth(0, 10 * 256);
        for (int s = 0; s < c.scenarioCount(); s++) {
            sheet.sheet.setColumnWidth(1 + s, 18 * 256);
        }
        if (regions > 0) {
            int right = Math.max(c.scenarioCount() + 2, 3);
            var chart = Charts.bar(sheet, new Charts.Place(right, header, right + 12, header + 24),
                    Label.COMPARISON_CHART.format(lang, end), header + 1, header + regions, 0, series, false);
            Charts.axisTitles(chart, Label.AXIS_REGION.in(lang), Label.AXIS_HECTARES.in(lang));
            sheet.text(header + 24, right, Label.CHART_SOURCE.format(lang, Label.SHEET_COMPARISON.in(lang)), styles.note);
        }
        sheet.printSetup(header, 1, Math.max(c.scenarioCount() + 2, 3) + 12);
    }

    // ------------------------------------------------------------------ scenarios sheet

    private void scenarios(SheetWriter sheet, String toolVersion, String dataSet) {
        sheet.text(0, 0, l(Label.TITLE_COMPARED), styles.title);
        int header = 2;
        List<String> head = List.of(l(Label.NUMBER), l(Label.SCENARIO), l(Label.SCENARIO_FILE), l(Label.SCENARIO_SHA),
                l(Label.DESCRIPTION), l(Label.REGIONS));
        for (int i = 0; i < head.size(); i++) {
            sheet.text(header, i, head.get(i), styles.header);
        }
        sheet.height(header, 32);
        int row = header + 1;
        for (int s = 0; s < c.scenarioCount(); s++) {
            Comparison.Entry e = c.scenarios().get(s);
            number(sheet, row, 0, s + 1, styles.integer);
            sheet.text(row, 1, e.name(), styles.text);
            sheet.text(row, 2, e.file(), styles.text);
            sheet.text(row, 3, e.sha256(), styles.text);
            sheet.text(row, 4, e.description(), styles.textWrap);
            sheet.text(row, 5, String.join(" ", e.regionCodes()), styles.textWrap);
            row++;
        }
        row++;
        sheet.text(row, 0, l(Label.DATASET), styles.subtitle);
        sheet.text(row++, 2, dataSet, styles.text);
        sheet.text(row, 0, l(Label.TOOL_VERSION), styles.subtitle);
        sheet.text(row++, 2, toolVersion, styles.text);
        sheet.text(row, 0, l(Label.CALCULATION), styles.subtitle);
        sheet.text(row++, 2, c.monteCarlo()
                ? Label.CALCULATION_MONTE_CARLO.format(lang, c.bands().draws(), c.bands().seed())
                : l(Label.CALCULATION_DETERMINISTIC), styles.text);
        sheet.sheet.setColumnWidth(0, 6 * 256);
        sheet.sheet.setColumnWidth(1, 26 * 256);
        sheet.sheet.setColumnWidth(2, 40 * 256);
        sheet.sheet.setColumnWidth(3, 66 * 256);
        sheet.sheet.setColumnWidth(4, 60 * 256);
        sheet.sheet.setColumnWidth(5, 30 * 256);
        sheet.fitRows(header + 1, header + c.scenarioCount());
        sheet.printSetup(header, 2, 5);
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
