package nl.ruimtevraag.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import java.util.Optional;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFName;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Builds templates/behoefteraming.xlsx, the house-style template: a cover sheet "Voorblad" with the
 * placeholders {{titel}}, {{opdrachtgever}}, {{scenario}}, {{datum}}, {{versie}}, and the house
 * colour in the cell named huisstijl_kop. Run main to regenerate it; TemplateTest checks that the
 * committed file is what this class builds. A consultancy may replace the file with its own, as
 * long as it keeps the placeholders it wants filled.
 */
public final class TemplateBuilder {
    static final Path FILE = Path.of("templates", "behoefteraming.xlsx");
    static final byte[] HOUSE_COLOUR = {(byte) 0x00, (byte) 0x67, (byte) 0x7F};

    private TemplateBuilder() {
    }

    public static void main(String[] args) throws IOException {
        Path target = args.length > 0 ? Path.of(args[0]) : FILE;
        Files.createDirectories(target.toAbsolutePath().getParent());
        Files.write(target, build());
    }

    static byte[] build() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XSSFSheet cover = wb.createSheet("Voorblad");
            XSSFColor house = Styles.opaque(HOUSE_COLOUR);

            XSSFCellStyle band = wb.createCellStyle();
            band.setFillForegroundColor(house);
            band.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            XSSFFont white = wb.createFont();
            white.setBold(true);
            white.setFontHeightInPoints((short) 12);
            white.setColor(new XSSFColor(new byte[] {(byte) 0xFF, (byte) 0xFF, (byte) 0xFF}, null));
            band.setFont(white);
            band.setVerticalAlignment(VerticalAlignment.CENTER);

            XSSFFont titleFont = wb.createFont();
            titleFont.setBold(true);
            titleFont.setFontHeightInPoints((short) 24);
            titleFont.setColor(house);
            XSSFCellStyle title = wb.createCellStyle();
            title.setFont(titleFont);
            title.setWrapText(true);
            title.setVerticalAlignment(VerticalAlignment.TOP);

            XSSFFont labelFont = wb.createFont();
            labelFont.setBold(true);
            labelFont.setFontHeightInPoints((short) 12);
            XSSFCellStyle label = wb.createCellStyle();
            label.setFont(labelFont);
            label.setVerticalAlignment(VerticalAlignment.TOP);
        label.setVerticalAlignment(VerticalAlignment.TOP);
            XSSFFont valueFont = wb.createFont();
            valueFont.setFontHeightInPoints((short) 12);
            XSSFCellStyle value = wb.createCellStyle();
            value.setFont(valueFont);
            value.setWrapText(true);
            value.setVerticalAlignment(VerticalAlignment.TOP);
            XSSFFont noteFont = wb.createFont();
            noteFont.setItalic(true);
            noteFont.setFontHeightInPoints((short) 10);
            noteFont.setColor(new XSSFColor(new byte[] {(byte) 0x59, (byte) 0x59, (byte) 0x59}, null));
            XSSFCellStyle note = wb.createCellStyle();
            note.setFont(noteFont);
            note.setWrapText(true);
            note.setVerticalAlignment(VerticalAlignment.TOP);

            XSSFRow top = cover.createRow(0);
            top.setHeightInPoints(30);
            top.createCell(0).setCellValue("Behoefteraming bedrijventerreinen");
            top.getCell(0).setCellStyle(band);
            top.createCell(1).setCellStyle(band);
            XSSFRow t = cover.createRow(2);
            t.setHeightInPoints(70);
            t.createCell(0).setCellValue("{{titel}}");
            t.getCell(0).setCellStyle(title);
            cover.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(2, 2, 0, 1));
            String[][] lines = {{"Opdrachtgever", "{{opdrachtgever}}"}, {"Scenario", "{{scenario}}"},
                {"Datum", "{{datum}}"}, {"Gemaakt met", "{{versie}}"}};
            int row = 4;
            for (String[] line : lines) {
                XSSFRow r = cover.createRow(row++);
                r.setHeightInPoints(line[0].equals("Scenario") ? 48 : 20);
                r.createCell(0).setCellValue(line[0]);
                r.getCell(0).setCellStyle(label);
                r.createCell(1).setCellValue(line[1]);
                r.getCell(1).setCellStyle(value);
            }
            XSSFRow n = cover.createRow(row + 1);
            n.setHeightInPoints(60);
            n.createCell(0).setCellValue("Deze werkmap is gemaakt door ruimtevraag. Alle oppervlakten zijn netto hectares. "
                    + "Het blad Toelichting legt uit hoe u de werkmap leest; het blad Aannames en bronnen noemt elke aanname "
                    + "en elke bron.");
            n.getCell(0).setCellStyle(note);
            cover.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(row + 1, row + 1, 0, 1));
            cover.setColumnWidth(0, 22 * 256);
            cover.setColumnWidth(1, 90 * 256);
            cover.setDisplayGridlines(false);
            cover.getPrintSetup().setLandscape(true);
            cover.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
            cover.setFitToPage(true);
            cover.getPrintSetup().setFitWidth((short) 1);
            cover.getPrintSetup().setFitHeight((short) 1);

            XSSFName name = wb.createName();
            name.setNameName(HouseStyle.HEADER_CELL_NAME);
            name.setRefersToFormula("Voorblad!$A$1");

            var core = wb.getProperties().getCoreProperties();
            Date fixed = Date.from(StreamingWorkbook.FIXED.toInstant(java.time.ZoneOffset.UTC));
            core.setCreated(Optional.of(fixed));
            core.setModified(Optional.of(fixed));
            core.setCreator("ruimtevraag");
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            wb.write(bytes);
            return fixedTimes(bytes.toByteArray());
        }
    }

    /** The zip with every entry recompressed (level 6) and stamped with the fixed time, in its order. */
    private static byte[] fixedTimes(byte[] zip) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip));
             var out = new java.util.zip.ZipOutputStream(bytes)) {
            out.setLevel(6);
            java.util.zip.ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                java.util.zip.ZipEntry copy = new java.util.zip.ZipEntry(entry.getName());
                copy.setTimeLocal(StreamingWorkbook.FIXED);
                copy.setMethod(java.util.zip.ZipEntry.DEFLATED);
                out.putNextEntry(copy);
                in.transferTo(out);
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
