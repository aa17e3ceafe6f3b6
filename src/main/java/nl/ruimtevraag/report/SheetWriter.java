package nl.ruimtevraag.report;

import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.PrintSetup;
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
            text(row, i, labels.get(i), styles.header);
        }
        int longest = 0;
        for (String l : labels) {
            longest = Math.max(longest, l.length());
        }
        // room for two or three wrapped lines of the longest label
        height(row, longest > 24 ? 45 : 32);
    }

    /** The key cells of a national total row: NL, its name, "totaal", the period (bold). */
    void nationalKeys(int row, ReportContext ctx, nl.ruimtevraag.model.Period period) {
        text(row, 0, "NL", styles.textBold);
        text(row, 1, ctx.label(Label.NATIONAL), styles.textBold);
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
    void table(int headerRow, int firstDataCol, int lastRow, int lastCol) {
        sheet.createFreezePane(firstDataCol, headerRow + 1);
        if (lastRow > headerRow) {
            sheet.setAutoFilter(new CellRangeAddress(headerRow, lastRow, 0, lastCol));
        }
        print(headerRow);
    }

    void print(int repeatedRow) {
        printSetup(sheet, repeatedRow);
    }

    /** The house print setup of any sheet: A4 landscape, one page wide, row {@code repeatedRow} (if >= 0) on every page. */
    static void printSetup(org.apache.poi.ss.usermodel.Sheet sheet, int repeatedRow) {
        PrintSetup ps = sheet.getPrintSetup();
        ps.setLandscape(true);
        ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
        sheet.setFitToPage(true);
        ps.setFitWidth((short) 1);
        ps.setFitHeight((short) 0);
        if (repeatedRow >= 0) {
            sheet.setRepeatingRows(new CellRangeAddress(repeatedRow, repeatedRow, -1, -1));
        }
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
