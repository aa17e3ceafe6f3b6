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
 * values of every varied key as written, then per period end the national (sum of the regions)
 * demand, realisable supply, saldo, and extra hectares strict and netted from the
 * {@link SweepResult}. Written as one xlsx table
 * (autofilter, frozen header and key columns) and as a wide CSV with the same rows and columns:
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

    /** One output of the variant's national total at a period end (NaN where the variant lacks it). */
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
        base.createSheet(Label.SHEET_SWEPT_SCENARIO.in(lang));
        try (StreamingWorkbook wb = new StreamingWorkbook(base, 500, true)) {
            SheetWriter sheet = new SheetWriter(wb.getSheetAt(0), styles);
            sheet.text(0, 0, Label.TITLE_SWEEP.format(lang, scenarioName, rows()), styles.title);
            sheet.text(1, 0, Label.NOTE_SWEEP.in(lang), styles.note);
            int col = 0;
            sheet.text(HEADER, col++, Label.VARIANT.in(lang), styles.header);
            for (String p : paths) {
                sheet.text(HEADER, col++, p, styles.header);
            }
            for (int end : periodEnds) {
                for (TotalOutput m : TotalOutput.values()) {
                    sheet.text(HEADER, col++, Label.MEASURE_UP_TO.format(lang, label(m).in(lang), end), styles.header);
                }
            }
            sheet.height(HEADER, 45);
            int lastCol = col - 1;
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
            sheet.sheet.setColumnWidth(0, 9 * 256);
            for (int i = 1; i <= paths.size(); i++) {
                sheet.sheet.setColumnWidth(i, Math.min(40, Math.max(14, paths.get(i - 1).length() + 2)) * 256);
            }
            for (int i = paths.size() + 1; i <= lastCol; i++) {
                sheet.sheet.setColumnWidth(i, 14 * 256);
            }
            sheet.sheet.createFreezePane(1 + paths.size(), HEADER + 1);
            sheet.sheet.setAutoFilter(new CellRangeAddress(HEADER, HEADER + Math.max(rows(), 1), 0, lastCol));
            sheet.printSetup(HEADER, 1 + paths.size(), lastCol);

            SheetWriter about = new SheetWriter(wb.getSheetAt(1), styles);
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

            properties(base, toolVersion, lang);
            return wb.toBytes();
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
