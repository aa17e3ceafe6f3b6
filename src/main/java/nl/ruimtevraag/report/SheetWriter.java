package nl.ruimtevraag.report;

import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFName;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * Writes cells into one sheet. Text always becomes a string cell, whatever it starts with: a
 * scenario name like "=HYPERLINK(...)" stays text. Formulas are built only from cell references
 * and fixed function names, never from user text, and always carry their cached value so the
 * numbers show without recalculation.
 *
 * <p>The cells go into the sheet of a {@link StreamingWorkbook} (POI's SXSSF); the sheet's
 * settings (widths, panes, filter, print setup, names, drawings) into its {@link XSSFSheet}.
 */
final class SheetWriter {
    /** Excel's limit for the text of one cell. */
    private static final int MAX_TEXT = 32_767;
    /** Excel's limit for the text of one formula (a longer sum is written as its value). */
    static final int MAX_FORMULA = 8_000;

    final XSSFSheet sheet;
    final Styles styles;
    private final SXSSFSheet cells;
    /** rows written by {@link #header}, refitted to the final column widths when the print is set up */
    private final List<Integer> headerRows = new java.util.ArrayList<>();
    /** the print plan, once {@link #table} or {@link #print} has set it up */
    PrintLayout.Plan plan = new PrintLayout.Plan(1, PrintLayout.PAGE_WIDTH, PrintLayout.PAGE_HEIGHT, 10);

    SheetWriter(SXSSFSheet cells, Styles styles) {
        this.cells = cells;
        this.sheet = cells.getWorkbook().getXSSFWorkbook().getSheet(cells.getSheetName());
        this.styles = styles;
    }

    private Cell cell(int row, int col) {
        Row r = cells.getRow(row);
        if (r == null) {
            r = cells.createRow(row);
        }
        Cell c = r.getCell(col);
        return c != null ? c : r.createCell(col);
    }

    void text(int row, int col, String value, XSSFCellStyle style) {
        Cell c = cell(row, col);
        c.setCellValue(safeText(value));
        if (style != null) {
            c.setCellStyle(style);
        }
    }

    void text(int row, int col, String value) {
        text(row, col, value, styles.text);
    }

    /**
     * A clickable web address (http, https): the text with a URL hyperlink; anything else stays
     * plain text (a link is never built from text that is not an address).
     */
    void link(int row, int col, String url) {
        String u = url == null ? "" : url.strip();
        if (!u.matches("(?i)https?://\\S+") || u.length() > 2000) {
            text(row, col, url, styles.textWrap);
            return;
        }
        text(row, col, u, styles.link);
        var link = sheet.getWorkbook().getCreationHelper().createHyperlink(org.apache.poi.common.usermodel.HyperlinkType.URL);
        link.setAddress(u);
        cell(row, col).setHyperlink(link);
    }

    /** A link within the workbook: the text, clickable to the cell {@code target} ("'Bronnen'!A5"). */
    void internalLink(int row, int col, String text, String target) {
        text(row, col, text, styles.link);
        var link = sheet.getWorkbook().getCreationHelper().createHyperlink(org.apache.poi.common.usermodel.HyperlinkType.DOCUMENT);
        link.setAddress(target);
        cell(row, col).setHyperlink(link);
    }

    /** A number; a non-finite value leaves the cell empty (Excel has no NaN). */
    void number(int row, int col, double value, XSSFCellStyle style) {
        Cell c = cell(row, col);
        if (Double.isFinite(value)) {
            c.setCellValue(value);
        }
        c.setCellStyle(style);
    }

    void hectares(int row, int col, double value) {
        number(row, col, value, styles.hectares);
    }

    /** A live formula with its cached value (what the engine computed); a formula too long for Excel becomes its value. */
    void formula(int row, int col, String formula, double cached, XSSFCellStyle style) {
        Cell c = cell(row, col);
        if (formula.length() <= MAX_FORMULA) {
            c.setCellFormula(formula);
        }
        c.setCellValue(cached);
        c.setCellStyle(style);
    }

    /** Sets the height of a row that has cells. */
    void height(int row, float points) {
        Row r = cells.getRow(row);
        if (r == null) {
            throw new IllegalStateException("no row " + row);
        }
        r.setHeightInPoints(points);
    }

    /** The text of a string cell, or null. */
    String textAt(int row, int col) {
        Row r = cells.getRow(row);
        Cell c = r == null ? null : r.getCell(col);
        return c != null && c.getCellType() == CellType.STRING ? c.getStringCellValue() : null;
    }

    /** The number of a number cell or the cached value of a formula cell, or null. */
    Double numberAt(int row, int col) {
        Row r = cells.getRow(row);
        Cell c = r == null ? null : r.getCell(col);
        if (c == null) {
            return null;
        }
        CellType type = c.getCellType() == CellType.FORMULA ? c.getCachedFormulaResultType() : c.getCellType();
        return type == CellType.NUMERIC ? c.getNumericCellValue() : null;
    }

    void header(int row, List<String> labels) {
        for (int i = 0; i < labels.size(); i++) {
            boolean dutch = styles.page == null || styles.page.language() == Language.NL;
            text(row, i, dutch ? breakCompounds(labels.get(i)) : labels.get(i), styles.header);
        }
        int longest = 0;
        for (String l : labels) {
            longest = Math.max(longest, l.length());
        }
        // room for two or three wrapped lines of the longest label; refitted to the widths later
        height(row, longest > 24 ? 45 : 32);
        headerRows.add(row);
    }

    /**
     * Makes every header row wrap at word boundaries only: a column narrower than its label's
     * longest word is widened to it, and the row gets the height of its most wrapped label.
     */
    void fitHeaders() {
        for (int row : headerRows) {
            Row r = cells.getRow(row);
            int lines = 1;
            for (Cell c : r) {
                if (c.getCellType() != CellType.STRING || c.getStringCellValue().isEmpty()
                        || sheet.isColumnHidden(c.getColumnIndex()) || merged(row, c.getColumnIndex())) {
                    continue;
                }
                String label = c.getStringCellValue();
                int col = c.getColumnIndex();
                int longestWord = 0;
                for (String w : label.split("\\s+")) {
                    longestWord = Math.max(longestWord, w.length());
                }
                // a bold 11 pt character is a little less than one column character (7 px); one more for the padding
                int need = (int) Math.ceil(longestWord * HEADER_CHAR) + 1;
                if (sheet.getColumnWidth(col) < need * 256) {
                    sheet.setColumnWidth(col, Math.min(255, need) * 256);
                }
                lines = Math.max(lines, wrappedLines(label, sheet.getColumnWidth(col) / 256.0 - 2, HEADER_CHAR));
            }
            r.setHeightInPoints((float) (lines * 14.5 + 4));
        }
    }

    /** Second halves of long Dutch compounds where a header may break with a hyphen. */
    private static final List<String> COMPOUND_ENDS = List.of("vraag", "capaciteit", "gehouden", "gelegenheid");

    /**
     * A header label with its long Dutch compounds broken at their seam ("Uitbreidings-" and
     * "vraag" on two lines), as a typesetter would, so a header column need not be as wide as the
     * whole word.
     */
    static String breakCompounds(String label) {
        StringBuilder b = new StringBuilder();
        for (String word : label.split(" ", -1)) {
            if (b.length() > 0) {
                b.append(' ');
            }
            String broken = word;
            if (word.length() > 12) {
                for (String end : COMPOUND_ENDS) {
                    int at = word.lastIndexOf(end);
                    if (at >= 4 && word.length() - at <= end.length() + 1 && Character.isLowerCase(word.charAt(at - 1))) {
                        broken = word.substring(0, at) + "-\n" + word.substring(at);
                        break;
                    }
                }
            }
            b.append(broken);
        }
        return b.toString();
    }

    /** Column characters one bold header character takes. */
    private static final double HEADER_CHAR = 0.95;
    /** Column characters one body character takes. */
    static final double BODY_CHAR = 1.0;

    private boolean merged(int row, int col) {
        for (CellRangeAddress m : sheet.getMergedRegions()) {
            if (m.isInRange(row, col) && m.getLastColumn() > m.getFirstColumn()) {
                return true;
            }
        }
        return false;
    }

    /** The lines a text takes when wrapped at word boundaries in a column of {@code width} characters. */
    static int wrappedLines(String text, double width, double charWidth) {
        int lines = 0;
        for (String paragraph : text.split("\n", -1)) {
            lines++;
            double used = 0;
            for (String w : paragraph.split(" ")) {
                double len = w.length() * charWidth;
                if (used > 0 && used + 1 + len > width) {
                    lines++;
                    used = 0;
                }
                if (len > width) {
                    // a word wider than the column is broken where it must
                    lines += (int) Math.floor(len / Math.max(1, width));
                    len = len % Math.max(1, width);
                }
                used += (used > 0 ? 1 : 0) + len;
            }
        }
        return lines;
    }

    /**
     * A text over the merged columns {@code firstCol..lastCol} of one row, wrapped, the row as high
     * as the text needs in their joint width (at least as high as it was).
     */
    void wrappedAcross(int row, int firstCol, int lastCol, String value, XSSFCellStyle style) {
        text(row, firstCol, value, style);
        double width = 0;
        for (int c = firstCol; c <= lastCol; c++) {
            width += sheet.getColumnWidth(c) / 256.0;
            if (c > firstCol) {
                text(row, c, "", style);
            }
        }
        if (lastCol > firstCol) {
            sheet.addMergedRegion(new CellRangeAddress(row, row, firstCol, lastCol));
        }
        Row r = cells.getRow(row);
        float need = (float) (wrappedLines(value, width - 2, BODY_CHAR) * 13 + 4);
        if (need > r.getHeightInPoints()) {
            r.setHeightInPoints(need);
        }
    }

    /**
     * Wraps the plain text cells of the given columns in rows {@code firstRow..lastRow} and gives
     * the rows the height the wrapped text needs: long notes print within their column.
     */
    void wrapColumns(int firstRow, int lastRow, int... cols) {
        for (int row = firstRow; row <= lastRow; row++) {
            Row r = cells.getRow(row);
            if (r == null) {
                continue;
            }
            for (int col : cols) {
                Cell c = r.getCell(col);
                if (c != null && c.getCellType() == CellType.STRING && c.getCellStyle().equals(styles.text)) {
                    c.setCellStyle(styles.textWrap);
                }
            }
        }
        fitRows(firstRow, lastRow);
    }

    /**
     * Gives the rows {@code firstRow..lastRow} the height their wrapped text cells need in the
     * columns' widths (10 pt text, 13 pt a line): wrapped cells in rows of fixed height would
     * print over each other.
     */
    void fitRows(int firstRow, int lastRow) {
        for (int row = firstRow; row <= lastRow; row++) {
            Row r = cells.getRow(row);
            if (r == null) {
                continue;
            }
            int lines = 1;
            for (Cell c : r) {
                if (c.getCellType() == CellType.STRING && c.getCellStyle().getWrapText()) {
                    lines = Math.max(lines, wrappedLines(c.getStringCellValue(),
                            sheet.getColumnWidth(c.getColumnIndex()) / 256.0 - 1, BODY_CHAR));
                }
            }
            if (lines > 1) {
                r.setHeightInPoints((float) (lines * 13 + 3));
            }
        }
    }

    /** The key cells of a national total row: NL, its name, "totaal", the period (bold). */
    void nationalKeys(int row, ReportContext ctx, nl.ruimtevraag.model.Period period) {
        text(row, 0, ctx.totalCode(), styles.textBold);
        text(row, 1, ctx.totalName(), styles.textBold);
        text(row, 2, ctx.label(Label.TOTAL), styles.textBold);
        text(row, 3, period.label(), styles.textBold);
    }

    void widths(int... chars) {
        for (int i = 0; i < chars.length; i++) {
            sheet.setColumnWidth(i, Math.min(255, chars[i]) * 256);
        }
    }

    /**
     * One width for the columns {@code firstCol..lastCol}, as one {@code <col min max>} element (as
     * Excel writes a run of equal columns), after any widths already set for columns left of them.
     * POI's per-column {@code setColumnWidth} searches the sheet's column elements on every call: a
     * width for each of the hundreds of columns of a municipal Fasering sheet cost time quadratic in
     * their number.
     */
    void widthOfColumns(int firstCol, int lastCol, int chars) {
        if (lastCol < firstCol) {
            return;
        }
        var ws = sheet.getCTWorksheet();
        var cols = ws.sizeOfColsArray() == 0 ? ws.addNewCols() : ws.getColsArray(0);
        for (var c : cols.getColArray()) {
            if (c.getMax() >= firstCol + 1) {
                throw new IllegalStateException("column widths are set left to right");
            }
        }
        var col = cols.addNewCol();
        col.setMin(firstCol + 1);
        col.setMax(lastCol + 1);
        col.setWidth(Math.min(255, chars));
        col.setCustomWidth(true);
    }

    /**
     * Freezes the rows above {@code firstDataRow} and the columns left of {@code firstDataCol}, sets an
     * autofilter on the header row, repeats the header row on every printed page and prints
     * landscape A4, fit to the page width.
     */
    /**
     * An Excel table (ListObject) over the header row and the data rows to {@code lastDataRow}, its own
     * filter buttons and name (for a pivot or a structured reference); rows below it (totals) stay outside
     * it, so a pivot over the table never counts a total twice. Frozen panes and the print setup as
     * {@link #table}.
     */
    void excelTable(String name, int headerRow, int firstDataCol, int lastDataRow, int lastCol, int... groupStarts) {
        sheet.createFreezePane(firstDataCol, headerRow + 1);
        var area = new org.apache.poi.ss.util.AreaReference(new CellReference(headerRow, 0), new CellReference(lastDataRow, lastCol),
                org.apache.poi.ss.SpreadsheetVersion.EXCEL2007);
        var table = sheet.createTable(area);
        table.setName(name);
        table.setDisplayName(name);
        var ct = table.getCTTable();
        for (int c = 0; c <= lastCol; c++) {
            // a header broken over lines (Uitbreidings-/vraag) names its column as Excel does: the line break as _x000a_
            ct.getTableColumns().getTableColumnArray(c).setName(textAt(headerRow, c).replace("\r", "_x000d_")
                    .replace("\n", "_x000a_"));
        }
        if (!ct.isSetAutoFilter()) {
            ct.addNewAutoFilter();
        }
        ct.getAutoFilter().setRef(area.formatAsString().replace("$", ""));
        var style = ct.isSetTableStyleInfo() ? ct.getTableStyleInfo() : ct.addNewTableStyleInfo();
        style.setName("TableStyleLight1");
        style.setShowRowStripes(false);
        style.setShowColumnStripes(false);
        style.setShowFirstColumn(false);
        style.setShowLastColumn(false);
        print(headerRow, firstDataCol, lastCol, groupStarts);
    }

    /**
     * Starts the totals under an Excel table whose last data row is {@code lastDataRow}: an empty row, then
     * the table's header again (so a printed page of totals says what its columns are). Returns the row of
     * the first total.
     */
    int totalsUnder(int lastDataRow, List<String> header) {
        header(lastDataRow + 2, header);
        return lastDataRow + 3;
    }

    void table(int headerRow, int firstDataCol, int lastRow, int lastCol, int... groupStarts) {
        sheet.createFreezePane(firstDataCol, headerRow + 1);
        if (lastRow > headerRow) {
            sheet.setAutoFilter(new CellRangeAddress(headerRow, lastRow, 0, lastCol));
        }
        print(headerRow, firstDataCol, lastCol, groupStarts);
    }

    /**
     * The house print setup ({@link PrintLayout}): header rows fitted to the final widths, row
     * {@code repeatedRow} (if >= 0) on every page, the first {@code keyCols} columns on every page
     * of a sheet too wide for one.
     */
    void print(int repeatedRow, int keyCols, int lastCol, int... groupStarts) {
        fitHeaders();
        wrapNotes(repeatedRow >= 0 ? repeatedRow : headerRows.isEmpty() ? 0 : headerRows.get(0), lastCol);
        plan = PrintLayout.apply(sheet, styles.page, repeatedRow, keyCols, lastCol, groupStarts);
    }

    /**
     * Wraps the text rows above the table (title notes) that are wider than its columns across
     * them: text running past the last column would widen the print and shrink every page.
     */
    private void wrapNotes(int beforeRow, int lastCol) {
        double width = 0;
        for (int c = 0; c <= lastCol; c++) {
            width += sheet.getColumnWidth(c) / 256.0;
        }
        for (int row = 0; row < beforeRow; row++) {
            Row r = cells.getRow(row);
            Cell c = r == null ? null : r.getCell(0);
            if (c == null || c.getCellType() != CellType.STRING || r.getLastCellNum() > 1 || merged(row, 0)) {
                continue;
            }
            String value = c.getStringCellValue();
            boolean title = c.getCellStyle().equals(styles.title);
            if (value.length() * (title ? 1.5 : BODY_CHAR) > width) {
                XSSFCellStyle style = styles.wrapped((XSSFCellStyle) c.getCellStyle());
                wrappedAcross(row, 0, lastCol, value, style);
                if (title) {
                    r.setHeightInPoints(r.getHeightInPoints() * 1.5f);
                }
            }
        }
    }

    /**
     * Shades a shortage: cells of column {@code col} in rows {@code firstRow..lastRow} holding more
     * than zero extra hectares get a light red fill (conditional formatting, so it follows edits).
     */
    void markShortages(int firstRow, int lastRow, int col) {
        if (lastRow < firstRow) {
            return;
        }
        var cf = sheet.getSheetConditionalFormatting();
        var rule = cf.createConditionalFormattingRule(org.apache.poi.ss.usermodel.ComparisonOperator.GT, "0");
        var fill = rule.createPatternFormatting();
        fill.setFillBackgroundColor(Styles.opaque(new byte[] {(byte) 0xF8, (byte) 0xCB, (byte) 0xAD}));
        fill.setFillPattern(org.apache.poi.ss.usermodel.PatternFormatting.SOLID_FOREGROUND);
        cf.addConditionalFormatting(new CellRangeAddress[] {new CellRangeAddress(firstRow, lastRow, col, col)}, rule);
    }

    /** Starts a new printed page at {@code row}, so a chart anchored there is not cut by a page break. */
    void pageBreakBefore(int row) {
        if (row > 0) {
            sheet.setRowBreak(row - 1);
        }
    }

    /**
     * Data validation of input cells: a decimal share between 0 and 1, with a prompt and an error box that
     * refuses anything else.
     */
    void shareValidation(int firstRow, int lastRow, int col, String title, String message) {
        var helper = cells.getDataValidationHelper();
        var constraint = helper.createDecimalConstraint(org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType.BETWEEN,
                "0", "1");
        var validation = helper.createValidation(constraint,
                new org.apache.poi.ss.util.CellRangeAddressList(firstRow, lastRow, col, col));
        validation.setErrorStyle(org.apache.poi.ss.usermodel.DataValidation.ErrorStyle.STOP);
        validation.setEmptyCellAllowed(false); // a cleared input would count as 0
        validation.setShowErrorBox(true);
        validation.createErrorBox(title, message);
        validation.setShowPromptBox(true);
        validation.createPromptBox(title, message);
        cells.addValidationData(validation);
    }

    /**
     * A live formula whose cached result is the text {@code cachedText} ("-" where no year has a shortage),
     * or the number {@code cachedNumber} when the text is null.
     */
    void formulaText(int row, int col, String formula, String cachedText, XSSFCellStyle style, double cachedNumber) {
        Cell c = cell(row, col);
        c.setCellFormula(formula);
        if (cachedText != null) {
            c.setCellValue(cachedText);
        } else {
            c.setCellValue(cachedNumber);
        }
        c.setCellStyle(style);
    }

    /** Workbook-level name for a block of cells, e.g. for a pivot or a lookup by an auditor. */
    void name(String name, int firstRow, int firstCol, int lastRow, int lastCol) {
        XSSFName n = sheet.getWorkbook().createName();
        n.setNameName(name);
        n.setRefersToFormula(quoted(sheet.getSheetName()) + "!"
                + new CellReference(firstRow, firstCol, true, true).formatAsString() + ":"
                + new CellReference(lastRow, lastCol, true, true).formatAsString());
    }

    static String ref(int row, int col) {
        return new CellReference(row, col).formatAsString();
    }

    static String ref(String sheetName, int row, int col) {
        return quoted(sheetName) + "!" + ref(row, col);
    }

    static String quoted(String sheetName) {
        return "'" + sheetName.replace("'", "''") + "'";
    }

    /** "A1+A7+A13": a sum of scattered cells, as long as Excel accepts it. */
    static String plus(List<String> refs) {
        return refs.isEmpty() ? "0" : String.join("+", refs);
    }

    static String col(int col) {
        return CellReference.convertNumToColString(col);
    }

    /**
     * Text as XML can carry it: characters XML 1.0 forbids become U+FFFD, overlong text is cut.
     * Tab, CR and LF stay (a string cell keeps them as text).
     */
    static String safeText(String value) {
        if (value == null) {
            return "";
        }
        if (value.length() <= MAX_TEXT && xmlSafe(value)) {
            return value;
        }
        StringBuilder b = new StringBuilder(value.length());
        value.codePoints().forEach(cp -> {
            boolean ok = cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF)
                    || (cp >= 0xE000 && cp <= 0xFFFD) || cp >= 0x10000 && cp <= 0x10FFFF;
            b.appendCodePoint(ok ? cp : 0xFFFD);
        });
        return b.length() > MAX_TEXT ? b.substring(0, MAX_TEXT) : b.toString();
    }

    /** True when every character is one XML 1.0 allows and there are no surrogates (the common case). */
    private static boolean xmlSafe(String value) {
        for (int i = 0; i < value.length(); i++) {
            char ch = value.charAt(i);
            if (ch < 0x20 ? ch != 0x9 && ch != 0xA && ch != 0xD : ch >= 0xD800 && (ch <= 0xDFFF || ch >= 0xFFFE)) {
                return false;
            }
        }
        return true;
    }
}
