package nl.ruimtevraag.report;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The workbook's cell styles, made once per workbook (Excel caps the number of styles). Number
 * formats are the built-in-style codes; Excel and LibreOffice render them with the reader's
 * locale, so a Dutch reader sees 1.234,5.
 */
final class Styles {
    static final String HECTARES = "#,##0.0";
    static final String PERCENT = "0.0%";
    /** default house colour; a template may bring its own through a cell named huisstijl_kop */
    static final byte[] HEADER_FILL = {(byte) 0x1F, (byte) 0x4E, (byte) 0x79};

    final XSSFCellStyle header;
    final XSSFCellStyle text;
    final XSSFCellStyle textWrap;
    final XSSFCellStyle textBold;
    final XSSFCellStyle subtitle;
    final XSSFCellStyle hectares;
    final XSSFCellStyle hectaresTotal;
    final XSSFCellStyle percent;
    final XSSFCellStyle number;
    final XSSFCellStyle integer;
    final XSSFCellStyle title;
    final XSSFCellStyle note;
    final XSSFCellStyle groupHeader;
    /** a caveat: wrapped text on a light amber fill */
    final XSSFCellStyle caveat;
    /** hyperlink text: blue, underlined */
    final XSSFCellStyle link;
    /** an input cell of the Invoer sheet: a share, yellow with blue figures (the spreadsheet convention for inputs) */
    final XSSFCellStyle input;
    /** every printed page's header and footer texts, or null for none */
    PrintLayout.PageText page;

    private final XSSFWorkbook workbook;

    Styles(XSSFWorkbook wb, byte[] headerFill) {
        this.workbook = wb;
        XSSFColor fill = opaque(headerFill == null ? HEADER_FILL : headerFill);
        XSSFFont white = wb.createFont();
        white.setBold(true);
        white.setColor(new XSSFColor(new byte[] {(byte) 0xFF, (byte) 0xFF, (byte) 0xFF}, null));
        header = wb.createCellStyle();
        header.setFont(white);
        header.setFillForegroundColor(fill);
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setWrapText(true);
        header.setVerticalAlignment(VerticalAlignment.CENTER);
        header.setBorderBottom(BorderStyle.THIN);
        groupHeader = wb.createCellStyle();
        groupHeader.cloneStyleFrom(header);
        groupHeader.setAlignment(HorizontalAlignment.CENTER);

        text = wb.createCellStyle();
        text.setVerticalAlignment(VerticalAlignment.TOP);

        textWrap = wb.createCellStyle();
        textWrap.setVerticalAlignment(VerticalAlignment.TOP);
        textWrap.setWrapText(true);

        XSSFFont bold = wb.createFont();
        bold.setBold(true);
        textBold = wb.createCellStyle();
        textBold.setFont(bold);
        textBold.setVerticalAlignment(VerticalAlignment.TOP);
        textBold.setBorderTop(BorderStyle.THIN);
        subtitle = wb.createCellStyle();
        subtitle.setFont(bold);

        short ha = wb.createDataFormat().getFormat(HECTARES);
        hectares = wb.createCellStyle();
        hectares.setVerticalAlignment(VerticalAlignment.TOP);
        hectares.setDataFormat(ha);
        hectaresTotal = wb.createCellStyle();
        hectaresTotal.setVerticalAlignment(VerticalAlignment.TOP);
        hectaresTotal.setDataFormat(ha);
        hectaresTotal.setFont(bold);
        hectaresTotal.setBorderTop(BorderStyle.THIN);

        percent = wb.createCellStyle();
        percent.setVerticalAlignment(VerticalAlignment.TOP);
        percent.setDataFormat(wb.createDataFormat().getFormat(PERCENT));
        number = wb.createCellStyle();
        number.setVerticalAlignment(VerticalAlignment.TOP);
        number.setDataFormat(wb.createDataFormat().getFormat("#,##0.0###"));
        integer = wb.createCellStyle();
        integer.setVerticalAlignment(VerticalAlignment.TOP);
        integer.setDataFormat(wb.createDataFormat().getFormat("0"));

        XSSFFont big = wb.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 14);
        big.setColor(fill);
        title = wb.createCellStyle();
        title.setFont(big);

        caveat = wb.createCellStyle();
        caveat.setWrapText(true);
        caveat.setVerticalAlignment(VerticalAlignment.TOP);
        caveat.setFillForegroundColor(opaque(new byte[] {(byte) 0xFF, (byte) 0xF2, (byte) 0xCC}));
        caveat.setFillPattern(FillPatternType.SOLID_FOREGROUND);

        XSSFFont blue = wb.createFont();
        blue.setUnderline(org.apache.poi.ss.usermodel.Font.U_SINGLE);
        blue.setColor(new XSSFColor(new byte[] {(byte) 0x05, (byte) 0x63, (byte) 0xC1}, null));
        link = wb.createCellStyle();
        link.setFont(blue);
        link.setVerticalAlignment(VerticalAlignment.TOP);
        link.setWrapText(true);

        XSSFFont inputFont = wb.createFont();
        inputFont.setBold(true);
        inputFont.setColor(new XSSFColor(new byte[] {(byte) 0x00, (byte) 0x00, (byte) 0xCC}, null));
        input = wb.createCellStyle();
        input.setFont(inputFont);
        input.setVerticalAlignment(VerticalAlignment.TOP);
        input.setDataFormat(wb.createDataFormat().getFormat(PERCENT));
        input.setFillForegroundColor(opaque(new byte[] {(byte) 0xFF, (byte) 0xFF, (byte) 0x99}));
        input.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        input.setBorderTop(BorderStyle.THIN);
        input.setBorderBottom(BorderStyle.THIN);
        input.setBorderLeft(BorderStyle.THIN);
        input.setBorderRight(BorderStyle.THIN);
        input.setLocked(false);

        XSSFFont grey = wb.createFont();
        grey.setItalic(true);
        grey.setColor(new XSSFColor(new byte[] {(byte) 0x59, (byte) 0x59, (byte) 0x59}, null));
        note = wb.createCellStyle();
        note.setFont(grey);
    }

    private final java.util.Map<XSSFCellStyle, XSSFCellStyle> wrappedStyles = new java.util.HashMap<>();

    /** The style with text wrapping on and top alignment (made once per style). */
    XSSFCellStyle wrapped(XSSFCellStyle style) {
        if (style.getWrapText()) {
            return style;
        }
        return wrappedStyles.computeIfAbsent(style, s -> {
            XSSFCellStyle w = workbook.createCellStyle();
            w.cloneStyleFrom(s);
            w.setWrapText(true);
            w.setVerticalAlignment(VerticalAlignment.TOP);
            return w;
        });
    }

    /**
     * An RGB colour as opaque ARGB: a fill's rgb must have 8 hex digits (ST_UnsignedIntHex), and POI
     * writes the bytes it is given (a font's colour it pads itself).
     */
    static XSSFColor opaque(byte[] rgb) {
        return new XSSFColor(new byte[] {(byte) 0xFF, rgb[0], rgb[1], rgb[2]}, null);
    }
}
