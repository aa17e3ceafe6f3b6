package nl.ruimtevraag.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * Text from user input (scenario name and description, region codes and names, data set name,
 * sources) is written as string cells whatever it starts with: never a formula.
 */
class UserTextTest {
    @Test
    void textThatLooksLikeAFormulaStaysAString() throws Exception {
        ReportContext ctx = ReportFixture.hostile();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(WorkbookWriter.toBytes(ctx)))) {
            Map<String, Integer> seen = new HashMap<>();
            for (int i = 0; i < wb.getNumberOfSheets(); i++) {
                for (Row row : wb.getSheetAt(i)) {
                    for (Cell cell : row) {
                        if (cell.getCellType() == CellType.FORMULA) {
                            for (String hostile : ReportFixture.HOSTILE) {
                                assertFalse(cell.getCellFormula().contains(hostile.strip()), cell.getAddress().toString());
                            }
                            assertFalse(cell.getCellFormula().contains("HYPERLINK"));
                        } else if (cell.getCellType() == CellType.STRING) {
                            String text = cell.getStringCellValue();
                            if (ReportFixture.HOSTILE.contains(text)) {
                                seen.merge(text, 1, Integer::sum);
                            }
                        }
                    }
                }
            }
            for (String hostile : ReportFixture.HOSTILE) {
                assertTrue(seen.containsKey(hostile), "written as text, unchanged: "
                        + hostile.replace("\r", "\\r").replace("\t", "\\t") + " in " + seen.keySet());
            }
            assertEquals(ReportFixture.HOSTILE.get(0), wb.getProperties().getCustomProperties()
                    .getProperty("ruimtevraag.scenario").getLpwstr());
        }
    }

    @Test
    void charactersXmlCannotCarryAreReplaced() {
        assertEquals("a\uFFFDb\tc\r\nd", SheetWriter.safeText("a\u0001b\tc\r\nd"));
        assertEquals("", SheetWriter.safeText(null));
        assertEquals(32_767, SheetWriter.safeText("x".repeat(40_000)).length());
    }
}
