package nl.ruimtevraag.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The read-back comparison finds no difference between two writes, and finds a changed value, style or width. */
class WorkbookDiffTest {
    private static XSSFWorkbook read(byte[] bytes) throws Exception {
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }

    @Test
    void twoWritesReadTheSame() throws Exception {
        try (XSSFWorkbook a = read(WorkbookWriter.toBytes(ReportFixture.provinces()));
             XSSFWorkbook b = read(WorkbookWriter.toBytes(ReportFixture.provinces()))) {
            assertEquals(List.of(), WorkbookDiff.differences(a, b));
        }
    }

    @Test
    void findsAChangedValueStyleAndWidth() throws Exception {
        byte[] bytes = WorkbookWriter.toBytes(ReportFixture.provinces());
        try (XSSFWorkbook a = read(bytes); XSSFWorkbook b = read(bytes)) {
            XSSFSheet sheet = b.getSheet("Vraag");
            var cell = sheet.getRow(5).getCell(5);
            cell.setCellValue(Math.nextUp(cell.getNumericCellValue()));
            sheet.getRow(6).getCell(0).setCellStyle(b.getSheet("Vraag").getRow(0).getCell(0).getCellStyle());
            sheet.setColumnWidth(3, sheet.getColumnWidth(3) + 1);
            List<String> d = WorkbookDiff.differences(a, b);
            assertEquals(3, d.size(), d.toString());
            assertTrue(d.get(0).startsWith("Vraag!6 col 5"), d.get(0));
            assertTrue(d.get(1).startsWith("Vraag!7 col 0"), d.get(1));
            assertTrue(d.get(2).startsWith("Vraag column 3 width"), d.get(2));
        }
    }
}
