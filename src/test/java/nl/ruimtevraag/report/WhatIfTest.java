package nl.ruimtevraag.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The live chain (issue 22): change the inputs on Invoer (planreserve, zacht_realisatie, an event's
 * compensation), recalculate, and every live sheet must hold exactly what a rerun with those values
 * writes: every number (value or formula result) and every text, cell by cell. Recalculated by
 * LibreOffice, the client a consultant's reader uses, and by POI's own evaluator (which runs where
 * LibreOffice is not installed). A control shows the inputs move the numbers on every live sheet, so
 * the comparison cannot pass by the inputs doing nothing.
 */
class WhatIfTest {
    /** the sheets whose figures follow the inputs; the others are listed in docs/workbook.md as not live */
    static final List<String> LIVE = List.of("Samenvatting", "Invoer", "Vraag", "Vraag per jaar", "Aanbod en knelpunten",
            "Confrontatie", "Circulair", "Fasering", "Tijdlijn");
    /** the sheets on which a change of the inputs must change numbers */
    static final List<String> MOVED = List.of("Samenvatting", "Vraag", "Vraag per jaar", "Aanbod en knelpunten", "Confrontatie",
            "Fasering", "Tijdlijn");
    static final Map<String, Double> EDIT = Map.of("planreserve", 0.25, "zacht_realisatie", 0.4, "compensatie_1", 0.9);
    private static final double TOLERANCE = 1e-6;

    @TempDir
    static Path work;
    private static byte[] original;
    private static byte[] edited;
    private static byte[] rerun;

    @BeforeAll
    static void write() throws Exception {
        original = WorkbookWriter.toBytes(ReportFixture.whatIf(0.1, 0.7, 0.5));
        rerun = WorkbookWriter.toBytes(ReportFixture.whatIf(EDIT.get("planreserve"), EDIT.get("zacht_realisatie"),
                EDIT.get("compensatie_1")));
        try (XSSFWorkbook wb = open(original)) {
            for (var e : EDIT.entrySet()) {
                var name = wb.getName(e.getKey());
                AreaReference area = new AreaReference(name.getRefersToFormula(), wb.getSpreadsheetVersion());
                var ref = area.getFirstCell();
                wb.getSheet(ref.getSheetName()).getRow(ref.getRow()).getCell(ref.getCol()).setCellValue(e.getValue());
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            edited = out.toByteArray();
        }
    }

    @Test
    void libreOfficeRecalculatesTheEditedWorkbookToTheRerun() throws Exception {
        LibreOffice.require("soffice");
        Path file = work.resolve("edited.xlsx");
        Files.write(file, edited);
        Path recalculated = LibreOffice.convert(work, "xlsx", List.of(file)).get(0);
        try (XSSFWorkbook theirs = open(Files.readAllBytes(recalculated)); XSSFWorkbook expected = open(rerun)) {
            List<String> problems = differences(expected, theirs, LIVE);
            assertTrue(problems.isEmpty(), problems.size() + " differences, first: " + problems.stream().limit(8).toList());
        }
    }

    @Test
    void poiRecalculatesTheEditedWorkbookToTheRerun() throws Exception {
        try (XSSFWorkbook mine = open(edited); XSSFWorkbook expected = open(rerun)) {
            mine.getCreationHelper().createFormulaEvaluator().evaluateAll();
            List<String> problems = differences(expected, mine, LIVE);
            assertTrue(problems.isEmpty(), problems.size() + " differences, first: " + problems.stream().limit(8).toList());
        }
    }

    @Test
    void theInputsMoveTheNumbersOnEveryLiveSheet() throws Exception {
        try (XSSFWorkbook before = open(original); XSSFWorkbook after = open(rerun)) {
            for (String sheet : MOVED) {
                assertTrue(differences(before, after, List.of(sheet)).size() > 0, sheet + " does not follow the inputs");
            }
        }
    }

    @Test
    void theInputCellsAreValidatedShares() throws Exception {
        try (XSSFWorkbook wb = open(original)) {
            var validations = wb.getSheet("Invoer").getDataValidations();
            assertEquals(3, validations.size(), "the two scalars, then each of the two events");
            for (var v : validations) {
                assertEquals("0", v.getValidationConstraint().getFormula1());
                assertEquals("1", v.getValidationConstraint().getFormula2());
                assertTrue(v.getShowErrorBox());
                assertTrue(!v.getEmptyCellAllowed(), "a cleared input is refused, not read as 0");
            }
            for (String name : EDIT.keySet()) {
                assertTrue(wb.getName(name).getRefersToFormula().startsWith("'Invoer'!"), name);
            }
        }
    }

    /** Every cell of the given sheets whose number or text differs between the two workbooks (either side). */
    static List<String> differences(XSSFWorkbook expected, XSSFWorkbook actual, List<String> sheets) {
        List<String> problems = new ArrayList<>();
        for (String name : sheets) {
            Sheet e = expected.getSheet(name);
            Sheet a = actual.getSheet(name);
            compare(name, e, a, problems);
            compare(name, a, e, problems);
        }
        return problems;
    }

    private static void compare(String name, Sheet from, Sheet to, List<String> problems) {
        for (Row row : from) {
            for (Cell cell : row) {
                if (name.equals("Invoer") && cell.getColumnIndex() == 3) {
                    continue; // the scenario's own value of each event, a record of the scenario as on Aannames en bronnen
                }
                Row other = to.getRow(cell.getRowIndex());
                Cell o = other == null ? null : other.getCell(cell.getColumnIndex());
                String where = name + "!" + cell.getAddress();
                Object mine = content(cell);
                Object theirs = o == null ? null : content(o);
                if (mine instanceof Double m && theirs instanceof Double t) {
                    if (!(Math.abs(m - t) <= TOLERANCE * Math.max(1, Math.abs(m)))) {
                        problems.add(where + ": " + m + " against " + t);
                    }
                } else if (!java.util.Objects.equals(mine, theirs) && !(mine == null && "".equals(theirs))
                        && !("".equals(mine) && theirs == null)) {
                    problems.add(where + ": " + mine + " against " + theirs);
                }
            }
        }
    }

    /** A cell's number or text (a formula's cached result), null when empty. */
    private static Object content(Cell c) {
        CellType type = c.getCellType() == CellType.FORMULA ? c.getCachedFormulaResultType() : c.getCellType();
        return switch (type) {
            case NUMERIC -> c.getNumericCellValue();
            case STRING -> c.getStringCellValue();
            case BOOLEAN -> c.getBooleanCellValue();
            default -> null;
        };
    }

    private static XSSFWorkbook open(byte[] bytes) throws Exception {
        try (InputStream in = new ByteArrayInputStream(bytes)) {
            return new XSSFWorkbook(in);
        }
    }
}
