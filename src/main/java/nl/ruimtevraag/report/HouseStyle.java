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

    /** The cover sheet of the built-in template (templates/behoefteraming.xlsx). */
    static final String BUILT_IN_COVER = "Voorblad";

    /** The built-in template's fixed texts and their English (TemplateBuilder writes the Dutch). */
    private static final Map<String, String> BUILT_IN_ENGLISH = Map.of(
            "Opdrachtgever", "Client",
            "Datum", "Date",
            "Gemaakt met", "Made with",
            "Deze werkmap is gemaakt door ruimtevraag. Alle oppervlakten zijn netto hectares. Het blad Toelichting legt uit hoe "
                    + "u de werkmap leest; het blad Aannames en bronnen noemt elke aanname en elke bron.",
            "This workbook was made by ruimtevraag. All areas are net hectares. The sheet Read me explains how to read the "
                    + "workbook; the sheet Assumptions and sources names every assumption and every source.");

    /**
     * Replaces the placeholders in every text cell of the template's sheets; with the built-in template and
     * --lang en, its cover reads in English too (sheet Cover).
     */
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
        // the built-in template's own words in English for an English workbook (a user's template stays as written)
        boolean english = ctx.language() == Language.EN && ReportContext.BUILT_IN_TEMPLATE.equals(ctx.template());
        if (english && wb.getSheetIndex(BUILT_IN_COVER) >= 0 && wb.getSheetIndex("Cover") < 0) {
            wb.setSheetName(wb.getSheetIndex(BUILT_IN_COVER), "Cover");
        }
        for (int i = 0; i < wb.getNumberOfSheets(); i++) {
            for (Row row : wb.getSheetAt(i)) {
                for (Cell cell : row) {
                    if (cell.getCellType() != CellType.STRING) {
                        continue;
                    }
                    String text = cell.getStringCellValue();
                    if (english && BUILT_IN_ENGLISH.containsKey(text)) {
                        cell.setCellValue(BUILT_IN_ENGLISH.get(text));
                        continue;
                    }
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
