package nl.ruimtevraag.report;

import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
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
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
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

    /** True when a file starting with {@code start} is a sweep CSV that ruimtevraag wrote. */
    static boolean isSweepCsv(String start) {
        return start.startsWith(CSV_FIRST + ",");
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
        SXSSFWorkbook wb = new SXSSFWorkbook(base, 500);
        try {
            CellStyle percent = styles.percent;
            Sheet sheet = wb.createSheet(Label.SHEET_SWEEP.in(lang));
            Sheet about = wb.createSheet(Label.SHEET_SWEPT_SCENARIO.in(lang));
            text(sheet.createRow(0), 0, Label.TITLE_SWEEP.format(lang, scenarioName, rows()), styles.title);
            text(sheet.createRow(1), 0, Label.NOTE_SWEEP.in(lang), styles.note);
            Row head = sheet.createRow(HEADER);
            head.setHeightInPoints(45);
            int col = 0;
            text(head, col++, Label.VARIANT.in(lang), styles.header);
            for (String p : paths) {
                text(head, col++, p, styles.header);
            }
            for (int end : periodEnds) {
                for (TotalOutput m : TotalOutput.values()) {
                    text(head, col++, Label.MEASURE_UP_TO.format(lang, label(m).in(lang), end), styles.header);
                }
            }
            int lastCol = col - 1;
            for (int r = 0; r < rows(); r++) {
                Row row = sheet.createRow(HEADER + 1 + r);
                row.createCell(0).setCellValue(r + 1);
                row.getCell(0).setCellStyle(styles.integer);
                col = 1;
                for (String v : values.get(r)) {
                    value(row.createCell(col++), v, styles, percent);
                }
                for (int p = 0; p < periodEnds.size(); p++) {
                    for (TotalOutput m : TotalOutput.values()) {
                        double x = results.value(r, p, m);
                        Cell cell = row.createCell(col++);
                        if (!Double.isNaN(x)) {
                            cell.setCellValue(x == 0 ? 0.0 : x);
                        }
                        cell.setCellStyle(styles.hectares);
                    }
                }
            }
            sheet.setColumnWidth(0, 9 * 256);
            for (int i = 1; i <= paths.size(); i++) {
                sheet.setColumnWidth(i, Math.min(40, Math.max(14, paths.get(i - 1).length() + 2)) * 256);
            }
            for (int i = paths.size() + 1; i <= lastCol; i++) {
                sheet.setColumnWidth(i, 14 * 256);
            }
            sheet.createFreezePane(1 + paths.size(), HEADER + 1);
            sheet.setAutoFilter(new CellRangeAddress(HEADER, HEADER + Math.max(rows(), 1), 0, lastCol));
            SheetWriter.printSetup(sheet, HEADER);

            int r = 0;
            text(about.createRow(r++), 0, Label.TITLE_SWEPT.in(lang), styles.title);
            r++;
            pair(about.createRow(r++), Label.SCENARIO.in(lang), scenarioName, styles);
            pair(about.createRow(r++), Label.SCENARIO_FILE.in(lang), scenarioFile, styles);
            pair(about.createRow(r++), Label.SCENARIO_SHA.in(lang), sha256, styles);
            for (String v : varies) {
                pair(about.createRow(r++), Label.VARIED.in(lang), v, styles);
            }
            pair(about.createRow(r++), Label.VARIANT_COUNT.in(lang), Integer.toString(rows()), styles);
            pair(about.createRow(r++), Label.DATASET.in(lang), dataSet, styles);
            pair(about.createRow(r++), Label.TOOL_VERSION.in(lang), toolVersion, styles);
            pair(about.createRow(r), Label.CALCULATION.in(lang), Label.CALCULATION_DETERMINISTIC.in(lang), styles);
            about.setColumnWidth(0, 34 * 256);
            about.setColumnWidth(1, 80 * 256);

            properties(wb.getXSSFWorkbook(), toolVersion, lang);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
            wb.write(bytes);
            return fixedTimes(bytes.toByteArray());
        } finally {
            wb.dispose();
            wb.close();
        }
    }

    /**
     * The zip with a fixed time on every entry, as {@link ReproducibleZip} does for the other
     * workbooks. The streaming workbook writes its sheets with data descriptors, which
     * java.util.zip's stream reader refuses, so the entries are read through the central directory.
     */
    private static byte[] fixedTimes(byte[] zip) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(zip.length + 1024);
        try (org.apache.commons.compress.archivers.zip.ZipFile in = org.apache.commons.compress.archivers.zip.ZipFile.builder()
                .setSeekableByteChannel(new org.apache.commons.compress.utils.SeekableInMemoryByteChannel(zip)).get();
             java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(bytes)) {
            out.setLevel(6);
            var entries = in.getEntriesInPhysicalOrder();
            while (entries.hasMoreElements()) {
                var entry = entries.nextElement();
                java.util.zip.ZipEntry copy = new java.util.zip.ZipEntry(entry.getName());
                copy.setTimeLocal(ReproducibleZip.FIXED);
                copy.setMethod(java.util.zip.ZipEntry.DEFLATED);
                out.putNextEntry(copy);
                try (java.io.InputStream data = in.getInputStream(entry)) {
                    data.transferTo(out);
                }
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    /** A plain number or a percentage becomes a number cell (so the column sorts and filters as numbers); anything else text. */
    private static void value(Cell cell, String v, Styles styles, CellStyle percent) {
        if (v.matches("-?\\d{1,15}(\\.\\d{1,15})?")) {
            cell.setCellValue(Double.parseDouble(v));
            cell.setCellStyle(v.contains(".") ? styles.number : styles.integer);
            return;
        }
        if (v.matches("-?\\d{1,15}(\\.\\d{1,15})?%")) {
            cell.setCellValue(Double.parseDouble(v.substring(0, v.length() - 1)) / 100);
            cell.setCellStyle(percent);
            return;
        }
        cell.setCellValue(SheetWriter.safeText(v));
        cell.setCellStyle(styles.text);
    }

    private static void text(Row row, int col, String value, CellStyle style) {
        Cell c = row.createCell(col);
        c.setCellValue(SheetWriter.safeText(value));
        c.setCellStyle(style);
    }

    private static void pair(Row row, String label, String value, Styles styles) {
        text(row, 0, label, styles.subtitle);
        text(row, 1, value, styles.text);
    }

    private void properties(XSSFWorkbook wb, String toolVersion, Language lang) {
        java.util.Map<String, String> custom = new java.util.LinkedHashMap<>();
        custom.put("ruimtevraag.scenario", SheetWriter.safeText(scenarioName));
        custom.put("ruimtevraag.scenario.sha256", sha256);
        DocumentProperties.set(wb, toolVersion, ReproducibleZip.FIXED.atOffset(ZoneOffset.UTC),
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
