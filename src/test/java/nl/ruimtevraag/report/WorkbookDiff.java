package nl.ruimtevraag.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFPicture;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFShape;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.xmlbeans.XmlOptions;

/**
 * Reads two workbooks back with POI and lists every difference a reader could see: sheets and
 * their order, every cell (type, value, formula, cached value, style: font, fill, borders, number
 * format, alignment), row heights, column widths, merged regions, panes, autofilter, print setup,
 * defined names, drawings (charts with their full XML, pictures with their anchors and bytes) and
 * the document properties. Bytes of the zip, the order of its entries and how strings are stored
 * (shared or inline) do not count. {@code main(a, b)} prints the differences (a tool for checking
 * that a change to the workbook writer leaves the content alone); {@link WorkbookDiffTest} tests it.
 */
final class WorkbookDiff {
    private static final int LIMIT = 200;

    private final List<String> out = new ArrayList<>();

    private WorkbookDiff() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length % 2 != 0 || args.length == 0) {
            System.err.println("usage: WorkbookDiff A.xlsx B.xlsx [A2.xlsx B2.xlsx ...]");
            System.exit(2);
        }
        int status = 0;
        for (int i = 0; i < args.length; i += 2) {
            List<String> d = differences(Path.of(args[i]), Path.of(args[i + 1]));
            System.out.println((d.isEmpty() ? "identical content " : "DIFFERENT content ") + args[i] + " " + args[i + 1]);
            d.forEach(s -> System.out.println("  " + s));
            status |= d.isEmpty() ? 0 : 1;
        }
        System.exit(status);
    }

    static List<String> differences(Path a, Path b) throws IOException {
        try (XSSFWorkbook x = new XSSFWorkbook(Files.newInputStream(a)); XSSFWorkbook y = new XSSFWorkbook(Files.newInputStream(b))) {
            return differences(x, y);
        }
    }

    static List<String> differences(XSSFWorkbook a, XSSFWorkbook b) {
        WorkbookDiff d = new WorkbookDiff();
        d.workbook(a, b);
        return d.out;
    }

    private void check(String where, Object x, Object y) {
        if (!Objects.equals(x, y) && out.size() < LIMIT) {
            out.add(where + ": " + x + " | " + y);
        }
    }

    private void workbook(XSSFWorkbook a, XSSFWorkbook b) {
        check("sheet count", a.getNumberOfSheets(), b.getNumberOfSheets());
        check("active sheet", a.getActiveSheetIndex(), b.getActiveSheetIndex());
        check("first visible tab", a.getFirstVisibleTab(), b.getFirstVisibleTab());
        check("defined names", names(a), names(b));
        check("core properties", core(a), core(b));
        check("custom properties", xml(a.getProperties().getCustomProperties().getUnderlyingProperties()),
                xml(b.getProperties().getCustomProperties().getUnderlyingProperties()));
        check("extended properties", extended(a), extended(b));
        for (int i = 0; i < Math.min(a.getNumberOfSheets(), b.getNumberOfSheets()); i++) {
            sheet(a.getSheetAt(i), b.getSheetAt(i));
        }
    }

    private static List<String> names(XSSFWorkbook wb) {
        List<String> names = new ArrayList<>();
        for (Name n : wb.getAllNames()) {
            names.add(n.getNameName() + "@" + n.getSheetIndex() + "=" + n.getRefersToFormula() + (n.isHidden() ? " hidden" : ""));
        }
        names.sort(null);
        return names;
    }

    private static String core(XSSFWorkbook wb) {
        var p = wb.getProperties().getCoreProperties();
        return String.join("|", String.valueOf(p.getTitle()), String.valueOf(p.getDescription()), String.valueOf(p.getCreator()),
                String.valueOf(p.getCreated()), String.valueOf(p.getModified()), String.valueOf(p.getLastModifiedByUser()),
                String.valueOf(p.getSubject()), String.valueOf(p.getKeywords()), String.valueOf(p.getCategory()));
    }

    private static String extended(XSSFWorkbook wb) {
        var p = wb.getProperties().getExtendedProperties();
        return p.getApplication() + "|" + p.getAppVersion() + "|" + p.getCompany() + "|" + p.getManager() + "|" + p.getTemplate();
    }

    private void sheet(XSSFSheet a, XSSFSheet b) {
        String s = a.getSheetName();
        check("sheet name", s, b.getSheetName());
        check(s + " last row", a.getLastRowNum(), b.getLastRowNum());
        check(s + " selected", a.isSelected(), b.isSelected());
        check(s + " pane", pane(a), pane(b));
        check(s + " autofilter", a.getCTWorksheet().isSetAutoFilter() ? a.getCTWorksheet().getAutoFilter().getRef() : null,
                b.getCTWorksheet().isSetAutoFilter() ? b.getCTWorksheet().getAutoFilter().getRef() : null);
        check(s + " print setup", print(a), print(b));
        check(s + " merged regions", merged(a), merged(b));
        check(s + " default column width", a.getDefaultColumnWidth(), b.getDefaultColumnWidth());
        check(s + " default row height", a.getDefaultRowHeight(), b.getDefaultRowHeight());
        check(s + " conditional formats", a.getSheetConditionalFormatting().getNumConditionalFormattings(),
                b.getSheetConditionalFormatting().getNumConditionalFormattings());
        check(s + " data validations", a.getDataValidations().size(), b.getDataValidations().size());
        check(s + " hyperlinks", a.getHyperlinkList().size(), b.getHyperlinkList().size());
        int lastCol = 0;
        for (int r = 0; r <= Math.max(a.getLastRowNum(), b.getLastRowNum()); r++) {
            XSSFRow x = a.getRow(r);
            XSSFRow y = b.getRow(r);
            lastCol = Math.max(lastCol, Math.max(x == null ? 0 : x.getLastCellNum(), y == null ? 0 : y.getLastCellNum()));
            row(s + "!" + (r + 1), x, y);
        }
        for (int c = 0; c <= lastCol + 16; c++) {
            check(s + " column " + c + " width", a.getColumnWidth(c), b.getColumnWidth(c));
            check(s + " column " + c + " hidden", a.isColumnHidden(c), b.isColumnHidden(c));
        }
        drawing(s, a.getDrawingPatriarch(), b.getDrawingPatriarch());
    }

    private static String pane(XSSFSheet sheet) {
        var p = sheet.getPaneInformation();
        return p == null ? "none" : p.isFreezePane() + " " + p.getVerticalSplitPosition() + " " + p.getHorizontalSplitPosition()
                + " " + p.getVerticalSplitLeftColumn() + " " + p.getHorizontalSplitTopRow() + " " + p.getActivePaneType();
    }

    private static String print(XSSFSheet sheet) {
        var p = sheet.getPrintSetup();
        var ws = sheet.getCTWorksheet();
        return p.getLandscape() + " paper " + p.getPaperSize() + " fit " + sheet.getFitToPage() + " " + p.getFitWidth() + "x"
                + p.getFitHeight() + " rows " + sheet.getRepeatingRows() + " cols " + sheet.getRepeatingColumns()
                + " margins " + (ws.isSetPageMargins() ? margins(sheet) : "-")
                + " area " + sheet.getWorkbook().getPrintArea(sheet.getWorkbook().getSheetIndex(sheet));
    }

    private static String margins(XSSFSheet sheet) {
        StringBuilder b = new StringBuilder();
        for (var m : org.apache.poi.ss.usermodel.PageMargin.values()) {
            b.append(m).append('=').append(sheet.getMargin(m)).append(' ');
        }
        return b.toString();
    }

    private static List<String> merged(XSSFSheet sheet) {
        List<String> m = new ArrayList<>();
        for (CellRangeAddress r : sheet.getMergedRegions()) {
            m.add(r.formatAsString());
        }
        m.sort(null);
        return m;
    }

    private void row(String where, XSSFRow a, XSSFRow b) {
        if (a == null || b == null) {
            // an absent row and a row without cells read the same
            check(where + " cells", a == null ? 0 : a.getPhysicalNumberOfCells(), b == null ? 0 : b.getPhysicalNumberOfCells());
            return;
        }
        check(where + " height", a.getHeight(), b.getHeight());
        check(where + " custom height", a.getCTRow().getCustomHeight(), b.getCTRow().getCustomHeight());
        check(where + " row style", a.isFormatted() ? a.getRowStyle().getIndex() : null, b.isFormatted() ? b.getRowStyle().getIndex() : null);
        for (int c = 0; c < Math.max(a.getLastCellNum(), b.getLastCellNum()); c++) {
            check(where + " col " + c, cell(a.getCell(c)), cell(b.getCell(c)));
        }
    }

    /** What a reader sees of a cell: type, value, formula, cached value and style. */
    static String cell(XSSFCell c) {
        if (c == null) {
            return "none";
        }
        StringBuilder b = new StringBuilder();
        CellType type = c.getCellType();
        b.append(type);
        CellType value = type == CellType.FORMULA ? c.getCachedFormulaResultType() : type;
        if (type == CellType.FORMULA) {
            b.append(" =").append(c.getCellFormula()).append(" cached ").append(value);
        }
        switch (value) {
            case STRING -> b.append(" '").append(c.getStringCellValue()).append("'");
            case NUMERIC -> b.append(' ').append(Double.doubleToRawLongBits(c.getNumericCellValue()))
                    .append(" (").append(c.getNumericCellValue()).append(')');
            case BOOLEAN -> b.append(' ').append(c.getBooleanCellValue());
            case ERROR -> b.append(' ').append(c.getErrorCellString());
            default -> {
            }
        }
        return b.append(" style ").append(style(c.getCellStyle())).toString();
    }

    static String style(XSSFCellStyle s) {
        if (s == null) {
            return "none";
        }
        XSSFFont f = s.getFont();
        return "font[" + f.getFontName() + " " + f.getFontHeight() + (f.getBold() ? " bold" : "") + (f.getItalic() ? " italic" : "")
                + " " + color(f.getXSSFColor()) + " u" + f.getUnderline() + "] fill[" + s.getFillPattern() + " "
                + color(s.getFillForegroundColorColor()) + " " + color(s.getFillBackgroundColorColor()) + "] border["
                + s.getBorderTop() + " " + s.getBorderRight() + " " + s.getBorderBottom() + " " + s.getBorderLeft() + "] format["
                + s.getDataFormatString() + "] align[" + s.getAlignment() + " " + s.getVerticalAlignment()
                + (s.getWrapText() ? " wrap" : "") + " indent " + s.getIndention() + " rot " + s.getRotation() + "] "
                + (s.getLocked() ? "locked" : "unlocked") + (s.getHidden() ? " hidden" : "");
    }

    private static String color(XSSFColor c) {
        return c == null ? "-" : c.getARGBHex() + (c.isIndexed() ? "/i" + c.getIndexed() : "") + (c.isThemed() ? "/t" + c.getTheme() : "");
    }

    private void drawing(String s, XSSFDrawing a, XSSFDrawing b) {
        check(s + " drawing", a == null, b == null);
        if (a == null || b == null) {
            return;
        }
        List<XSSFChart> x = a.getCharts();
        List<XSSFChart> y = b.getCharts();
        check(s + " charts", x.size(), y.size());
        for (int i = 0; i < Math.min(x.size(), y.size()); i++) {
            check(s + " chart " + i, xml(x.get(i).getCTChartSpace()), xml(y.get(i).getCTChartSpace()));
        }
        List<String> shapesA = shapes(a);
        List<String> shapesB = shapes(b);
        check(s + " shapes", shapesA, shapesB);
    }

    private static List<String> shapes(XSSFDrawing d) {
        List<String> list = new ArrayList<>();
        for (XSSFShape shape : d.getShapes()) {
            String what = shape.getClass().getSimpleName() + " " + shape.getShapeName() + " " + xml(shape.getAnchor() instanceof
                    org.apache.poi.xssf.usermodel.XSSFClientAnchor anchor ? anchor.getFrom() : null)
                    + " " + (shape.getAnchor() instanceof org.apache.poi.xssf.usermodel.XSSFClientAnchor anchor ? xml(anchor.getTo()) : "");
            if (shape instanceof XSSFPicture p) {
                what += " picture " + java.util.Arrays.hashCode(p.getPictureData().getData()) + " " + p.getPictureData().getMimeType();
            }
            list.add(what);
        }
        return list;
    }

    private static String xml(org.apache.xmlbeans.XmlObject o) {
        if (o == null) {
            return "null";
        }
        XmlOptions options = new XmlOptions();
        options.setSaveOuter();
        return o.xmlText(options);
    }
}
