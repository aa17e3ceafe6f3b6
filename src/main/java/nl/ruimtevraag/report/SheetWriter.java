package nl.ruimtevraag.report;

import java.util.List;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFName;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * Writes cells into one sheet. Text always becomes a string cell, whatever it starts with: a
 * scenario name like "=HYPERLINK(...)" stays text. Formulas are built only from cell references
 * and fixed function names, never from user text, and always carry their cached value so the
 * numbers show without recalculation.
 *
 * <p>The cells are kept here, not in POI's XML beans: the sheet's settings (widths, panes,
 * filter, print setup, drawings) live in the {@link XSSFSheet}, while its {@code sheetData} is
 * written straight to XML by {@link #writeRows} when the workbook is saved ({@link WorkbookWriter}).
 * Creating tens of thousands of XML-bean cells (and parsing every formula) cost seconds; the
 * content is the same: string cells point into the workbook's shared strings table, numbers and
 * formulas with cached values are written as POI would write them.
 */
final class SheetWriter {
    /** Excel's limit for the text of one cell. */
    private static final int MAX_TEXT = 32_767;
    /** Excel's limit for the text of one formula (a longer sum is written as its value). */
    static final int MAX_FORMULA = 8_000;

    private static final byte BLANK = 0;
    private static final byte TEXT = 1;
    private static final byte NUMBER = 2;
    private static final byte FORMULA = 3;

    /** One cell: its kind, value and style (-1: none). */
    private static final class Cell {
        byte kind = BLANK;
        String text;
        double number;
        String formula;
        int style = -1;
        int sharedString;
    }

    /** One row: its cells by column and an optional height in points. */
    private static final class Row {
        Cell[] cells = new Cell[8];
        int lastCol = -1;
        float height = -1;

        Cell cell(int col) {
            if (col >= cells.length) {
                cells = java.util.Arrays.copyOf(cells, Math.max(col + 1, cells.length * 2));
            }
            Cell c = cells[col];
            if (c == null) {
                c = new Cell();
                cells[col] = c;
                lastCol = Math.max(lastCol, col);
            }
            return c;
        }

        Cell get(int col) {
            return col < cells.length ? cells[col] : null;
        }
    }

    final XSSFSheet sheet;
    final Styles styles;
    /** Rows by row number; null where no cell was written. */
    private Row[] rows = new Row[64];
    private int lastRow = -1;

    SheetWriter(XSSFSheet sheet, Styles styles) {
        this.sheet = sheet;
        this.styles = styles;
    }

    private Cell cell(int row, int col) {
        if (row < 0 || col < 0 || row > SpreadsheetVersion.EXCEL2007.getLastRowIndex()
                || col > SpreadsheetVersion.EXCEL2007.getLastColumnIndex()) {
            throw new IllegalArgumentException("cell outside the sheet: row " + row + ", column " + col);
        }
        if (row >= rows.length) {
            rows = java.util.Arrays.copyOf(rows, Math.max(row + 1, rows.length * 2));
        }
        Row r = rows[row];
        if (r == null) {
            r = new Row();
            rows[row] = r;
            lastRow = Math.max(lastRow, row);
        }
        return r.cell(col);
    }

    private Row row(int row) {
        return row >= 0 && row < rows.length ? rows[row] : null;
    }

    void text(int row, int col, String value, XSSFCellStyle style) {
        Cell c = cell(row, col);
        c.kind = TEXT;
        c.text = safeText(value);
        c.formula = null;
        if (style != null) {
            c.style = style.getIndex();
        }
    }

    void text(int row, int col, String value) {
        text(row, col, value, styles.text);
    }

    /** A number; a non-finite value leaves the cell empty (Excel has no NaN). */
    void number(int row, int col, double value, XSSFCellStyle style) {
        Cell c = cell(row, col);
        if (Double.isFinite(value)) {
            c.kind = NUMBER;
            c.number = value;
            c.formula = null;
            c.text = null;
        }
        c.style = style.getIndex();
    }

    void hectares(int row, int col, double value) {
        number(row, col, value, styles.hectares);
    }

    /** A live formula with its cached value (what the engine computed). */
    void formula(int row, int col, String formula, double cached, XSSFCellStyle style) {
        Cell c = cell(row, col);
        boolean fits = formula.length() <= MAX_FORMULA;
        c.kind = fits ? FORMULA : NUMBER;
        c.formula = fits ? formula : null;
        c.number = cached;
        c.text = null;
        c.style = style.getIndex();
    }

    /** Sets the height of a row that has cells. */
    void height(int row, float points) {
        Row r = row(row);
        if (r == null) {
            throw new IllegalStateException("no row " + row);
        }
        r.height = points;
    }

    /** The text of a string cell, or null. */
    String textAt(int row, int col) {
        Row r = row(row);
        Cell c = r == null ? null : r.get(col);
        if (c == null) {
            var poi = poiCell(row, col); // a sheet written through POI itself (e.g. the comparison workbook)
            return poi != null && poi.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING ? poi.getStringCellValue() : null;
        }
        return c.kind == TEXT ? c.text : null;
    }

    private org.apache.poi.xssf.usermodel.XSSFCell poiCell(int row, int col) {
        var r = sheet.getRow(row);
        return r == null ? null : r.getCell(col);
    }

    /** The number of a number cell or the cached value of a formula cell, or null. */
    Double numberAt(int row, int col) {
        Row r = row(row);
        Cell c = r == null ? null : r.get(col);
        if (c == null) {
            var poi = poiCell(row, col);
            if (poi == null) {
                return null;
            }
            var type = poi.getCellType() == org.apache.poi.ss.usermodel.CellType.FORMULA ? poi.getCachedFormulaResultType() : poi.getCellType();
            return type == org.apache.poi.ss.usermodel.CellType.NUMERIC ? poi.getNumericCellValue() : null;
        }
        return (c.kind == NUMBER || c.kind == FORMULA) && Double.isFinite(c.number) ? c.number : null;
    }

    /**
     * Puts every text of this sheet into the workbook's shared strings table (once per distinct
     * text), before the workbook writes that table.
     */
    void shareStrings(SharedStrings strings) {
        for (int row = 0; row <= lastRow; row++) {
            Row r = rows[row];
            for (int col = 0; r != null && col <= r.lastCol; col++) {
                Cell c = r.cells[col];
                if (c != null && c.kind == TEXT) {
                    c.sharedString = strings.index(c.text);
                }
            }
        }
    }

    /** The used range, as POI records it in the sheet's dimension element ("A1:M1829"), or null when empty. */
    String dimension() {
        int firstRow = -1;
        int minCol = Integer.MAX_VALUE;
        int maxCol = -1;
        for (int row = 0; row <= lastRow; row++) {
            Row r = rows[row];
            if (r == null) {
                continue;
            }
            if (firstRow < 0) {
                firstRow = row;
            }
            for (int col = 0; col <= r.lastCol; col++) {
                if (r.cells[col] != null) {
                    minCol = Math.min(minCol, col);
                    break;
                }
            }
            maxCol = Math.max(maxCol, r.lastCol);
        }
        if (maxCol < 0) {
            return null;
        }
        return new CellRangeAddress(firstRow, lastRow, minCol, maxCol).formatAsString();
    }

    /** The rows as the content of the sheet's {@code sheetData} element, in the form POI writes them. */
    void writeRows(Appendable out) throws java.io.IOException {
        StringBuilder b = new StringBuilder(1 << 16);
        for (int row = 0; row <= lastRow; row++) {
            Row r = rows[row];
            if (r == null) {
                continue;
            }
            String rowNum = Integer.toString(row + 1);
            b.append("<row r=\"").append(rowNum).append('"');
            if (r.height >= 0) {
                b.append(" ht=\"").append(Double.toString(r.height)).append("\" customHeight=\"true\"");
            }
            b.append('>');
            for (int col = 0; col <= r.lastCol; col++) {
                Cell c = r.cells[col];
                if (c == null) {
                    continue;
                }
                b.append("<c r=\"").append(column(col)).append(rowNum).append('"');
                boolean error = (c.kind == NUMBER || c.kind == FORMULA) && !Double.isFinite(c.number);
                switch (c.kind) {
                    case TEXT -> b.append(" t=\"s\"");
                    case NUMBER, FORMULA -> b.append(error ? " t=\"e\"" : " t=\"n\"");
                    default -> {
                    }
                }
                if (c.style >= 0) {
                    b.append(" s=\"").append(c.style).append('"');
                }
                switch (c.kind) {
                    case TEXT -> b.append("><v>").append(c.sharedString).append("</v></c>");
                    case NUMBER, FORMULA -> {
                        b.append('>');
                        if (c.kind == FORMULA) {
                            b.append("<f>");
                            SharedStrings.escape(c.formula, b);
                            b.append("</f>");
                        }
                        b.append("<v>").append(error ? errorText(c.number) : Double.toString(c.number)).append("</v></c>");
                    }
                    default -> b.append("/>");
                }
            }
            b.append("</row>");
            if (b.length() > 1 << 15) {
                out.append(b);
                b.setLength(0);
            }
        }
        out.append(b);
    }

    private static final String[] COLUMNS = new String[64];

    /** Column letters ("A", "AB"), cached for the first columns. */
    private static String column(int col) {
        if (col >= COLUMNS.length) {
            return CellReference.convertNumToColString(col);
        }
        String s = COLUMNS[col];
        if (s == null) {
            s = CellReference.convertNumToColString(col);
            COLUMNS[col] = s;
        }
        return s;
    }

    /** What POI writes for a value Excel cannot hold: #NUM! for NaN, #DIV/0! for an infinity. */
    private static String errorText(double v) {
        return Double.isNaN(v) ? FormulaError.NUM.getString() : FormulaError.DIV0.getString();
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
