package nl.ruimtevraag.report;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFName;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * What a house-style template brings: its sheets (a cover sheet with placeholders such as
 * {{titel}}, {{opdrachtgever}}, {{datum}}, {{scenario}}, {{versie}}) and the header colour, taken
 * from the fill of the cell named {@code huisstijl_kop} when the template defines it.
 */
final class HouseStyle {
    static final String HEADER_CELL_NAME = "huisstijl_kop";

    private HouseStyle() {
    }

    /** The header fill colour of the template, or null for the default. */
    static byte[] headerColour(XSSFWorkbook wb) {
        XSSFName name = wb.getName(HEADER_CELL_NAME);
        if (name == null) {
            return null;
        }
        try {
            CellReference ref = new AreaReference(name.getRefersToFormula(), wb.getSpreadsheetVersion()).getFirstCell();
            XSSFSheet sheet = wb.getSheet(ref.getSheetName());
            if (sheet == null || sheet.getRow(ref.getRow()) == null) {
                return null;
            }
            XSSFCell cell = sheet.getRow(ref.getRow()).getCell(ref.getCol());
            XSSFColor colour = cell == null ? null : cell.getCellStyle().getFillForegroundXSSFColor();
            return colour == null ? null : colour.getRGB();
        } catch (RuntimeException e) {
            return null; // a broken name leaves the default colour; the template is decoration
        }
    }

    /** Replaces the placeholders in every text cell of the template's sheets. */
    static void fillPlaceholders(XSSFWorkbook wb, ReportContext ctx) {
        LocalDate date = ctx.runDate();
        Locale locale = ctx.language() == Language.EN ? Locale.UK : Locale.forLanguageTag("nl-NL");
        String title = ctx.cover().title().isEmpty()
                ? ctx.label(Label.TITLE_SUMMARY)
                : ctx.cover().title();
        Map<String, String> values = Map.of(
                "{{titel}}", title,
                "{{opdrachtgever}}", ctx.cover().client(),
                "{{datum}}", date == null ? "" : date.format(DateTimeFormatter.ofPattern("d MMMM yyyy", locale)),
                "{{scenario}}", ctx.scenario().name() + (ctx.scenario().description().isEmpty() ? ""
                        : ": " + ctx.scenario().description()),
                "{{versie}}", "ruimtevraag " + ctx.toolVersion());
        for (int i = 0; i < wb.getNumberOfSheets(); i++) {
            for (Row row : wb.getSheetAt(i)) {
                for (Cell cell : row) {
                    if (cell.getCellType() != CellType.STRING) {
                        continue;
                    }
                    String text = cell.getStringCellValue();
                    if (!text.contains("{{")) {
                        continue;
                    }
                    for (String key : new String[] {"{{titel}}", "{{opdrachtgever}}", "{{datum}}", "{{scenario}}",
                        "{{versie}}"}) {
                        text = text.replace(key, values.get(key));
                    }
                    cell.setCellValue(SheetWriter.safeText(text));
                }
            }
        }
    }
}
