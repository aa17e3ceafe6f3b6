package nl.ruimtevraag.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The house-style template: its cover sheet comes first with the placeholders filled, its colour heads the tables. */
class TemplateTest {
    static Path template() {
        return Path.of(System.getProperty("project.root", ".")).resolve(TemplateBuilder.FILE);
    }

    @Test
    void committedTemplateIsWhatTheBuilderBuilds() throws Exception {
        assertArrayEquals(TemplateBuilder.build(), Files.readAllBytes(template()),
                "regenerate with TemplateBuilder.main");
    }

    @Test
    void coverSheetFirstWithPlaceholdersFilled() throws Exception {
        ReportContext ctx = ReportFixture.provinces().withTemplate(template(),
                new ReportContext.Cover("Ruimtevraag werklocaties 2025-2050", "=Provincie Utrecht", LocalDate.of(2025, 11, 3)));
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(WorkbookWriter.toBytes(ctx)))) {
            assertEquals("Voorblad", wb.getSheetName(0));
            assertEquals("Samenvatting", wb.getSheetName(1));
            assertEquals(0, wb.getActiveSheetIndex());
            var texts = WorkbookContentTest.texts(wb.getSheet("Voorblad"));
            assertTrue(texts.contains("Ruimtevraag werklocaties 2025-2050"), texts.toString());
            assertTrue(texts.contains("=Provincie Utrecht"), "client as text, not a formula");
            assertTrue(texts.contains("3 november 2025"), texts.toString());
            assertTrue(texts.contains("ruimtevraag 0.1.0-test"), texts.toString());
            assertTrue(texts.stream().noneMatch(t -> t.contains("{{")), texts.toString());
            var header = wb.getSheet("Vraag").getRow(DemandSheet.HEADER).getCell(0).getCellStyle();
            assertArrayEquals(TemplateBuilder.HOUSE_COLOUR, header.getFillForegroundXSSFColor().getRGB());
        }
    }

    @Test
    void withoutDateOrStampTheDateStaysEmptyAndTheFileReproducible() throws Exception {
        ReportContext ctx = ReportFixture.provinces().withTemplate(template(), new ReportContext.Cover("", "", null));
        byte[] a = WorkbookWriter.toBytes(ctx);
        assertArrayEquals(a, WorkbookWriter.toBytes(ctx));
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(a))) {
            var texts = WorkbookContentTest.texts(wb.getSheet("Voorblad"));
            assertTrue(texts.contains("Behoefteraming bedrijventerreinen"));
            assertTrue(texts.stream().noneMatch(t -> t.contains("{{")));
        }
    }
}
