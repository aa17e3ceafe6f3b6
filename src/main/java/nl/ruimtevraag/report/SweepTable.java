package nl.ruimtevraag.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.ruimtevraag.uncertainty.SweepResult;
import nl.ruimtevraag.uncertainty.TotalOutput;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A sweep as written: one row per variant (a combination of the varied keys' values), with the
 * values of every varied key as written, then per period end the total over the scenario's regions
 * ({@link #totalName}) of demand, realisable supply, saldo, and extra hectares strict and netted from
 * the {@link SweepResult}. Written as one xlsx table
 * (autofilter, frozen header and key columns) with a chart sheet (a chart per period end of the
 * variants' strict extra hectares), and as a wide CSV with the same rows and columns:
 * {@code sweep_variant,<path>...,vraag_<end>,aanbod_<end>,saldo_<end>,extra_ha_strict_<end>,extra_ha_netted_<end>,...}.
 * The workbook is Dutch or English ({@link Label}); the CSV's column names are the same in both, for scripts.
 */
public final class SweepTable {
    /** The CSV's first column; {@link OwnFiles} recognises a sweep CSV by it. */
    public static final String CSV_FIRST = "sweep_variant";
    /** Row index of the header on the sheet. */
    public static final int HEADER = 3;

    private final String scenarioName;
    private final String scenarioFile;
    private final String sha256;
    private final List<String> varies;
    private final List<String> paths;
    private final List<Integer> periodEnds;
    private final List<List<String>> values;
    /** per row (variant) and period end the measures, NaN where a variant has no period with that end */
    private final SweepResult results;

    /**
     * @param varies the --vary options as given (for the provenance sheet)
     * @param paths the dotted keys, one column each
     * @param values per row the value of each path, as written
     * @param results per row the variant's national results
     */
    public SweepTable(String scenarioName, String scenarioFile, String sha256, List<String> varies, List<String> paths,
                      List<List<String>> values, SweepResult results) {
        this.scenarioName = scenarioName;
        this.scenarioFile = scenarioFile;
        this.sha256 = sha256;
        this.varies = List.copyOf(varies);
        this.paths = List.copyOf(paths);
        this.periodEnds = results.periodEnds();
        this.values = List.copyOf(values);
        this.results = results;
        if (results.variants() != this.values.size()) {
            throw new IllegalArgumentException("one result per row");
        }
    }

    public int rows() { return values.size(); }
    public List<String> paths() { return paths; }
    public List<Integer> periodEnds() { return periodEnds; }
    public List<String> values(int row) { return values.get(row); }

    /**
     * What every variant's total sums: "Nederland (som van de regio's)" when every variant projects the
     * whole data set, "Totaal (ZH, NH)" when all project the same few regions, else each variant's own
     * regions.
     */
    public String totalName(Language lang) {
        List<String> codes = results.regions();
        if (codes == null) {
            return Label.SWEEP_OWN_REGIONS.in(lang);
        }
        if (results.national()) {
            return Label.NATIONAL.in(lang);
        }
        String list = codes.size() <= 8 ? String.join(", ", codes)
                : String.join(", ", codes.subList(0, 7)) + ", … (" + codes.size() + ")";
        return Label.TOTAL_SUBSET.format(lang, list);
    }

    /** One output of the variant's total at a period end (NaN where the variant lacks it). */
    public double result(int row, int period, TotalOutput measure) {
        return results.value(row, period, measure);
    }

    /** The CSV header line (without line end). */
    public String csvHeader() {
        List<String> head = new ArrayList<>();
        head.add(CSV_FIRST);
        for (String p : paths) {
            head.add(csv(p));
        }
        for (int end : periodEnds) {
            for (TotalOutput m : TotalOutput.values()) {
                head.add(csvName(m) + "_" + end);
            }
        }
        return String.join(",", head);
    }

    /**
     * True when {@code header} (a first line without its line end) is a sweep CSV's header as
     * {@link #csvHeader} writes it: {@code sweep_variant}, at least one key, then one or more groups
     * of the five outputs of one period end ({@code vraag_2030,aanbod_2030,...,extra_ha_netted_2030}).
     */
    static boolean isSweepHeader(String header) {
        String[] f = header.split(",", -1);
        if (!f[0].equals(CSV_FIRST)) {
            return false;
        }
        int n = TotalOutput.values().length;
        int end = f.length;
        while (end - n >= 2 && groupYear(f, end - n) != null) { // sweep_variant and at least one key stay
            end -= n;
        }
        return end < f.length;
    }

    /** The period end of the five output columns from {@code from} on, or null when they are not such a group. */
    private static String groupYear(String[] fields, int from) {
        String year = null;
        for (TotalOutput o : TotalOutput.values()) {
            String name = fields[from + o.ordinal()];
            String prefix = csvName(o) + "_";
            String y = name.startsWith(prefix) ? name.substring(prefix.length()) : "";
            if (!y.matches("[0-9]{4}") || (year != null && !y.equals(year))) {
                return null;
            }
            year = y;
        }
        return year;
    }

    public void writeCsv(Path target) throws IOException {
        AtomicFiles.write(target, stream -> {
            Writer out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
            out.write(csvHeader());
            out.write('\n');
            StringBuilder line = new StringBuilder(256);
            for (int r = 0; r < rows(); r++) {
                line.setLength(0);
                line.append(r + 1);
                for (String v : values.get(r)) {
                    line.append(',').append(csv(v));
                }
                for (int p = 0; p < periodEnds.size(); p++) {
                    for (TotalOutput m : TotalOutput.values()) {
                        double x = results.value(r, p, m);
                        line.append(',');
                        if (!Double.isNaN(x)) {
                            line.append(String.format(Locale.ROOT, "%.3f", x == 0 ? 0.0 : x));
                        }
                    }
                }
                out.write(line.append('\n').toString());
            }
            out.flush();
        });
    }

    private static String csv(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }

    // ------------------------------------------------------------------ workbook

    public void writeXlsx(Path target, String toolVersion, String dataSet, Language lang) throws IOException {
        AtomicFiles.write(target, toXlsx(toolVersion, dataSet, lang));
    }

    /** The workbook's bytes, streamed row by row (a grid may have 100,000 rows); byte-identical for the same inputs. */
    public byte[] toXlsx(String toolVersion, String dataSet, Language lang) throws IOException {
        XSSFWorkbook base = new XSSFWorkbook();
        Styles styles = new Styles(base, null);
        styles.page = new PrintLayout.PageText(Label.TITLE_SWEEP.format(lang, scenarioName, rows()), scenarioName,
                RunDate.text(RunDate.today(), lang), "ruimtevraag " + toolVersion, lang);
        base.createSheet(Label.SHEET_SWEEP.in(lang));
        base.createSheet(Label.SHEET_SWEEP_CHART.in(lang));
        base.createSheet(Label.SHEET_SWEPT_SCENARIO.in(lang));
        try (StreamingWorkbook wb = new StreamingWorkbook(base, 500, true)) {
            SheetWriter sheet = new SheetWriter(wb.getSheetAt(0), styles);
            sheet.text(0, 0, Label.TITLE_SWEEP.format(lang, scenarioName, rows()), styles.title);
            sheet.text(1, 0, "", styles.note);
            List<String> head = new ArrayList<>();
            head.add(Label.VARIANT.in(lang));
            head.addAll(paths);
            for (int end : periodEnds) {
                for (TotalOutput m : TotalOutput.values()) {
                    head.add(Label.MEASURE_UP_TO.format(lang, label(m).in(lang), end));
                }
            }
            sheet.header(HEADER, head);
            int lastCol = head.size() - 1;
            int col;
            sheet.sheet.setColumnWidth(0, 9 * 256);
            for (int i = 1; i <= paths.size(); i++) {
                sheet.sheet.setColumnWidth(i, Math.min(40, Math.max(14, paths.get(i - 1).length() + 2)) * 256);
            }
            for (int i = paths.size() + 1; i <= lastCol; i++) {
                sheet.sheet.setColumnWidth(i, 14 * 256);
            }
            sheet.fitHeaders();
            sheet.sheet.createFreezePane(1 + paths.size(), HEADER + 1);
            sheet.sheet.setAutoFilter(new CellRangeAddress(HEADER, HEADER + Math.max(rows(), 1), 0, lastCol));
            int[] starts = new int[periodEnds.size()];
            for (int p = 0; p < periodEnds.size(); p++) {
                starts[p] = 1 + paths.size() + p * TotalOutput.values().length;
            }
            PrintLayout.Plan plan = PrintLayout.apply(sheet.sheet, styles.page, HEADER, 1 + paths.size(), lastCol, starts);
            // the note wrapped across the first page's columns, before the rows stream past it
            sheet.wrappedAcross(1, 0, Math.min(lastCol, Math.max(1, plan.firstPageCols() - 1)),
                    Label.NOTE_SWEEP_OF.format(lang, totalName(lang)), styles.wrapped(styles.note));
            for (int r = 0; r < rows(); r++) {
                int row = HEADER + 1 + r;
                sheet.number(row, 0, r + 1, styles.integer);
                col = 1;
                for (String v : values.get(r)) {
                    value(sheet, row, col++, v, styles);
                }
                for (int p = 0; p < periodEnds.size(); p++) {
                    for (TotalOutput m : TotalOutput.values()) {
                        double x = results.value(r, p, m); // NaN: an empty cell
                        sheet.number(row, col++, x == 0 ? 0.0 : x, styles.hectares);
                    }
                }
            }

            charts(new SheetWriter(wb.getSheetAt(1), styles), lang);

            SheetWriter about = new SheetWriter(wb.getSheetAt(2), styles);
            int r = 0;
            about.text(r++, 0, Label.TITLE_SWEPT.in(lang), styles.title);
            r++;
            List<String[]> pairs = new ArrayList<>();
            pairs.add(new String[] {Label.SCENARIO.in(lang), scenarioName});
            pairs.add(new String[] {Label.SCENARIO_FILE.in(lang), scenarioFile});
            pairs.add(new String[] {Label.SCENARIO_SHA.in(lang), sha256});
            for (String v : varies) {
                pairs.add(new String[] {Label.VARIED.in(lang), v});
            }
            pairs.add(new String[] {Label.VARIANT_COUNT.in(lang), Integer.toString(rows())});
            pairs.add(new String[] {Label.DATASET.in(lang), dataSet});
            pairs.add(new String[] {Label.TOOL_VERSION.in(lang), toolVersion});
            pairs.add(new String[] {Label.CALCULATION.in(lang), Label.CALCULATION_DETERMINISTIC.in(lang)});
            for (String[] pair : pairs) {
                about.text(r, 0, pair[0], styles.subtitle);
                about.text(r++, 1, pair[1], styles.text);
            }
            about.sheet.setColumnWidth(0, 34 * 256);
            about.sheet.setColumnWidth(1, 80 * 256);
            PrintLayout.apply(about.sheet, styles.page, -1, 0, 1);

            properties(base, toolVersion, lang);
            return wb.toBytes();
        }
    }

    /** The most variants the chart sheet draws: more bars than this make no readable chart. */
    public static final int MAX_CHART_VARIANTS = 40;
    /** Row index of the chart sheet's header. */
    public static final int CHART_HEADER = 3;

    /**
     * The chart sheet: per variant (its number and values, "3: 10% · mean") the strict extra hectares
     * at every period end, as formulas to the sweep sheet; below the table one horizontal bar chart
     * per period end (the first variant on top), each with axis titles and a source line, each
     * starting a printed page or sharing one with the next when both fit, so no page break cuts it.
     * A sweep of more than {@link #MAX_CHART_VARIANTS} variants gets a note instead.
     */
    private void charts(SheetWriter out, Language lang) {
        String sweepSheet = Label.SHEET_SWEEP.in(lang);
        out.text(0, 0, Label.TITLE_SWEEP_CHARTS.in(lang), out.styles.title);
        if (rows() > MAX_CHART_VARIANTS) {
            out.text(1, 0, Label.NOTE_SWEEP_NO_CHARTS.format(lang, rows(), MAX_CHART_VARIANTS, sweepSheet), out.styles.note);
            PrintLayout.apply(out.sheet, out.styles.page, -1, 0, 8);
            return;
        }
        int n = TotalOutput.values().length;
        int strict = TotalOutput.EXTRA_HA_STRICT.ordinal();
        List<String> head = new ArrayList<>(List.of(Label.VARIANT.in(lang)));
        for (int end : periodEnds) {
            head.add(Label.MEASURE_UP_TO.format(lang, Label.EXTRA_HA_STRICT.in(lang), end));
        }
        out.header(CHART_HEADER, head);
        String source = SheetWriter.quoted(sweepSheet) + "!";
        int longest = 10;
        for (int r = 0; r < rows(); r++) {
            int row = CHART_HEADER + 1 + r;
            String name = (r + 1) + ": " + String.join(" · ", values.get(r));
            longest = Math.max(longest, name.length());
            out.text(row, 0, name, out.styles.text);
            for (int p = 0; p < periodEnds.size(); p++) {
                double x = results.value(r, p, TotalOutput.EXTRA_HA_STRICT);
                if (!Double.isNaN(x)) {
                    out.formula(row, 1 + p, source + SheetWriter.ref(HEADER + 1 + r, 1 + paths.size() + p * n + strict),
                            x == 0 ? 0.0 : x, out.styles.hectares);
                }
            }
        }
        int lastRow = CHART_HEADER + rows();
        out.sheet.setColumnWidth(0, Math.min(40, longest + 2) * 256);
        for (int p = 0; p < periodEnds.size(); p++) {
            out.sheet.setColumnWidth(1 + p, 14 * 256);
        }
        out.fitHeaders();
        out.sheet.createFreezePane(1, CHART_HEADER + 1);
        PrintLayout.Plan plan = PrintLayout.apply(out.sheet, out.styles.page, -1, 1, Math.max(periodEnds.size(), 8));
        out.wrappedAcross(1, 0, Math.max(1, Math.min(periodEnds.size(), plan.firstPageCols() - 1)),
                Label.NOTE_SWEEP_CHARTS.format(lang, sweepSheet) + " " + Label.NOTE_SWEEP_OF.format(lang, totalName(lang)),
                out.styles.wrapped(out.styles.note));
        if (rows() == 0) {
            return;
        }
        // a bar per variant; two charts to a page when both fit
        int pageRows = (int) (plan.pageHeight() / 15);
        int chartRows = Math.min(pageRows - 4, Math.max(12, 6 + 2 * rows())); // room for every variant's label
        boolean two = 2 * (chartRows + 2) <= pageRows - 2;
        int chartCols = Math.max(4, Math.min(12, plan.firstPageCols()));
        int chartRow = lastRow + 2;
        for (int p = 0; p < periodEnds.size(); p++) {
            if (!two || p % 2 == 0) {
                out.pageBreakBefore(chartRow - 1); // an empty row above the chart: LibreOffice puts a chart at the very edge on both pages
            }
            var chart = Charts.bar(out, new Charts.Place(0, chartRow, chartCols, chartRow + chartRows),
                    Label.SWEEP_CHART.format(lang, periodEnds.get(p)), CHART_HEADER + 1, lastRow, 0,
                    List.of(new Charts.Column(CHART_HEADER, 1 + p)), false, true);
            Charts.tornado(chart); // the first variant on top, its label clear of the bars
            Charts.axisTitles(chart, Label.AXIS_VARIANT.in(lang), Label.AXIS_HECTARES.in(lang));
            out.text(chartRow + chartRows, 0, Label.CHART_SOURCE.format(lang, sweepSheet), out.styles.note);
            chartRow += chartRows + 2;
        }
    }

    /** A plain number or a percentage becomes a number cell (so the column sorts and filters as numbers); anything else text. */
    private static void value(SheetWriter sheet, int row, int col, String v, Styles styles) {
        if (v.matches("-?\\d{1,15}(\\.\\d{1,15})?")) {
            sheet.number(row, col, Double.parseDouble(v), v.contains(".") ? styles.number : styles.integer);
        } else if (v.matches("-?\\d{1,15}(\\.\\d{1,15})?%")) {
            sheet.number(row, col, Double.parseDouble(v.substring(0, v.length() - 1)) / 100, styles.percent);
        } else {
            sheet.text(row, col, v, styles.text);
        }
    }

    private void properties(XSSFWorkbook wb, String toolVersion, Language lang) {
        java.util.Map<String, String> custom = new java.util.LinkedHashMap<>();
        custom.put("ruimtevraag.scenario", SheetWriter.safeText(scenarioName));
        custom.put("ruimtevraag.scenario.sha256", sha256);
        DocumentProperties.set(wb, toolVersion, StreamingWorkbook.FIXED.atOffset(ZoneOffset.UTC),
                Label.DOCUMENT_SWEEP.format(lang, scenarioName), null, custom);
    }

    /** An output's name in the CSV header (the same in every language: scripts read it). */
    static String csvName(TotalOutput o) {
        return switch (o) {
            case VRAAG -> "vraag";
            case AANBOD -> "aanbod";
            case SALDO_NETTED -> "saldo";
            case EXTRA_HA_STRICT -> "extra_ha_strict";
            case EXTRA_HA_NETTED -> "extra_ha_netted";
        };
    }

    /** An output's column label on the sheet. */
    private static Label label(TotalOutput o) {
        return switch (o) {
            case VRAAG -> Label.VRAAG;
            case AANBOD -> Label.AANBOD;
            case SALDO_NETTED -> Label.SALDO;
            case EXTRA_HA_STRICT -> Label.EXTRA_HA_STRICT;
            case EXTRA_HA_NETTED -> Label.EXTRA_HA_NETTED;
        };
    }
}
