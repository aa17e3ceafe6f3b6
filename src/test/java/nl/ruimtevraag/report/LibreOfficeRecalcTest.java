package nl.ruimtevraag.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * LibreOffice recalculates every formula on load (forced by its profile); each result must equal
 * the cached value we wrote, within 1e-6. A copy with one wrong cached value proves the check can
 * fail. One soffice run converts all three workbooks.
 */
class LibreOfficeRecalcTest {
    @TempDir
    static Path work;
    private static byte[] ours;
    private static Path recalculated;
    private static Path tamperedRecalculated;
    private static Path hostileRecalculated;
    private static String tamperedCell;

    @BeforeAll
    static void convert() throws Exception {
        LibreOffice.require("soffice");
        ours = WorkbookWriter.toBytes(ReportFixture.provinces());
        Path original = work.resolve("provincies.xlsx");
        Files.write(original, ours);
        Path tampered = work.resolve("tampered.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(ours))) {
            // the national saldo t/m the first period: cached value off by one hectare
            XSSFCell cell = wb.getSheet("Samenvatting").getRow(SummarySheet.HEADER + 1 + 12).getCell(4);
            assertEquals(CellType.FORMULA, cell.getCellType());
            cell.setCellValue(cell.getNumericCellValue() + 1);
            tamperedCell = "Samenvatting!" + cell.getAddress();
            try (var out = Files.newOutputStream(tampered)) {
                wb.write(out);
            }
        }
        Path hostile = work.resolve("hostile.xlsx");
        Files.write(hostile, WorkbookWriter.toBytes(ReportFixture.hostile()));
        List<Path> converted = LibreOffice.convert(work, "xlsx", List.of(original, tampered, hostile));
        recalculated = converted.get(0);
        tamperedRecalculated = converted.get(1);
        hostileRecalculated = converted.get(2);
    }

    @Test
    void everyFormulaRecalculatesToItsCachedValue() throws Exception {
        try (XSSFWorkbook mine = open(ours); XSSFWorkbook theirs = open(recalculated)) {
            List<String> problems = RecalcCheck.mismatches(mine, theirs);
            assertTrue(problems.isEmpty(), problems.size() + " mismatches, first: " + problems.stream().limit(5).toList());
            assertTrue(RecalcCheck.formulaCount(mine) > 1000);
        }
    }

    @Test
    void aWrongCachedValueIsCaught() throws Exception {
        try (XSSFWorkbook tampered = open(Files.readAllBytes(work.resolve("tampered.xlsx")));
             XSSFWorkbook theirs = open(tamperedRecalculated)) {
            List<String> problems = RecalcCheck.mismatches(tampered, theirs);
            assertEquals(1, problems.size(), problems.toString());
            assertTrue(problems.get(0).startsWith(tamperedCell + " "), problems.get(0));
        }
    }

    @Test
    void userTextStaysTextInLibreOffice() throws Exception {
        try (XSSFWorkbook theirs = open(hostileRecalculated)) {
            for (String hostile : ReportFixture.HOSTILE) {
                boolean found = false;
                for (int i = 0; i < theirs.getNumberOfSheets(); i++) {
                    for (Row row : theirs.getSheetAt(i)) {
                        for (Cell cell : row) {
                            if (cell.getCellType() == CellType.FORMULA) {
                                assertTrue(!cell.getCellFormula().contains("HYPERLINK") && !cell.getCellFormula().contains("cmd"),
                                        cell.getCellFormula());
                            } else if (cell.getCellType() == CellType.STRING
                                    && cell.getStringCellValue().replace("\r", "").equals(hostile.replace("\r", ""))) {
                                found = true;
                            }
                        }
                    }
                }
                assertTrue(found, "kept as text: " + hostile.replace("\r", "\\r").replace("\t", "\\t"));
            }
        }
    }

    private static XSSFWorkbook open(byte[] bytes) throws Exception {
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }

    private static XSSFWorkbook open(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }
}
