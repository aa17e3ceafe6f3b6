package nl.ruimtevraag.report;

import java.util.List;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFName;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * Writes cells into one sheet. Text always becomes a string cell, whatever it starts with: a
 * scenario name like "=HYPERLINK(...)" stays text. Formulas are built only from cell references
 * and fixed function names, never from user text, and always carry their cached value so the
 * numbers show without recalculation.
 */
final class SheetWriter {
    /** Excel's limit for the text of one cell. */
    private static final int MAX_TEXT = 32_767;
    /** Excel's limit for the text of one formula (a longer sum is written as its value). */
    static final int MAX_FORMULA = 8_000;

    final XSSFSheet sheet;
    final Styles styles;

    SheetWriter(XSSFSheet sheet, Styles styles) {
        this.sheet = sheet;
        this.styles = styles;
    }

    XSSFCell cell(int row, int col) {
        XSSFRow r = sheet.getRow(row);
        if (r == null) {
            r = sheet.createRow(row);
        }
        XSSFCell c = r.getCell(col);
        return c == null ? r.createCell(col) : c;
    }

    XSSFCell text(int row, int col, String value, XSSFCellStyle style) {
        XSSFCell c = cell(row, col);
        c.setCellValue(safeText(value));
        if (style != null) {
            c.setCellStyle(style);
        }
        return c;
    }

    XSSFCell text(int row, int col, String value) {
        return text(row, col, value, styles.text);
    }

    /** A number; a non-finite value leaves the cell empty (Excel has no NaN). */
    XSSFCell number(int row, int col, double value, XSSFCellStyle style) {
        XSSFCell c = cell(row, col);
        if (Double.isFinite(value)) {
            c.setCellValue(value);
        }
        c.setCellStyle(style);
        return c;
    }

    XSSFCell hectares(int row, int col, double value) {
        return number(row, col, value, styles.hectares);
    }

    /** A live formula with its cached value (what the engine computed). */
    XSSFCell formula(int row, int col, String formula, double cached, XSSFCellStyle style) {
        XSSFCell c = cell(row, col);
        if (formula.length() > MAX_FORMULA) {
            c.setCellValue(cached);
        } else {
            c.setCellFormula(formula);
            c.setCellValue(cached);
        }
        c.setCellStyle(style);
        return c;
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
        sheet.getRow(row).setHeightInPoints(longest > 24 ? 45 : 32);
    }

    void widths(int... chars) {
        for (int i = 0; i < chars.length; i++) {
            sheet.setColumnWidth(i, Math.min(255, chars[i]) * 256);
        }
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
        StringBuilder b = new StringBuilder(value.length());
        value.codePoints().forEach(cp -> {
            boolean ok = cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF)
                    || (cp >= 0xE000 && cp <= 0xFFFD) || cp >= 0x10000 && cp <= 0x10FFFF;
            b.appendCodePoint(ok ? cp : 0xFFFD);
        });
        return b.length() > MAX_TEXT ? b.substring(0, MAX_TEXT) : b.toString();
    }
}
