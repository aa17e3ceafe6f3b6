package nl.ruimtevraag.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The tornado as a sheet: ranked by swing, with a chart; reruns recognised as our own files. */
class SensitivityWorkbookTest {
    @Test
    void sensitivityWorkbookRanksBySwingAndHasATornadoChart(@TempDir Path dir) throws Exception {
        Path xlsx = dir.resolve("gevoeligheid.xlsx");
        CommandHarness.Result r = CommandHarness.cli("sensitivity", "-q", "-o", xlsx.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(0, CommandHarness.cli("sensitivity", "-q", "-o", xlsx.toString()).code(), "a rerun overwrites its own file");
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet s = wb.getSheet("Gevoeligheid");
            assertFalse(s == null);
            double previous = Double.POSITIVE_INFINITY;
            int rows = 0;
            for (int i = 4; s.getRow(i) != null && s.getRow(i).getCell(8) != null; i++) {
                double swing = s.getRow(i).getCell(8).getNumericCellValue();
                assertTrue(swing <= previous + 1e-9, "ranked by swing at row " + i);
                previous = swing;
                rows++;
            }
            assertTrue(rows >= 10, "basis has at least ten uncertain parameters, got " + rows);
            assertEquals(1, s.getDrawingPatriarch().getCharts().size(), "the tornado chart");
        }
    }

    @Test
    void runTornadoAddsTheSheet(@TempDir Path dir) throws Exception {
        Path xlsx = dir.resolve("basis.xlsx");
        assertEquals(0, CommandHarness.cli("run", "-q", "--tornado", "--template", "none", "-o", xlsx.toString()).code());
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertTrue(wb.getSheetIndex("Gevoeligheid") > wb.getSheetIndex("Confrontatie"));
        }
    }

    @Test
    void aDelayMattersForAnEarlyPeriodEndAndNotForTheLast() {
        CommandHarness.Result early = CommandHarness.cli("sensitivity", "--period", "2025-2030");
        CommandHarness.Result last = CommandHarness.cli("sensitivity");
        assertEquals(0, early.code(), early.err());
        String earlyRow = early.out().lines().filter(l -> l.startsWith("constraints.netcongestie.relief_delay")).findFirst().orElseThrow();
        String lastRow = last.out().lines().filter(l -> l.startsWith("constraints.netcongestie.relief_delay")).findFirst().orElseThrow();
        assertTrue(!earlyRow.trim().endsWith(" 0"), earlyRow);
        assertTrue(lastRow.trim().endsWith(" 0"), lastRow);
        assertEquals(2, CommandHarness.cli("sensitivity", "--period", "2025-2031").code());
    }
}
