package nl.ruimtevraag.report;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Compares every formula cell's cached value with the value another program computed for it. */
final class RecalcCheck {
    static final double TOLERANCE = 1e-6;

    private RecalcCheck() {
    }

    /** One line per formula cell whose recalculated value differs from ours; empty when all agree. */
    static List<String> mismatches(XSSFWorkbook ours, XSSFWorkbook recalculated) {
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < ours.getNumberOfSheets(); i++) {
            Sheet sheet = ours.getSheetAt(i);
            Sheet other = recalculated.getSheet(sheet.getSheetName());
            if (other == null) {
                problems.add("sheet missing after recalculation: " + sheet.getSheetName());
                continue;
            }
            for (Row row : sheet) {
                for (Cell cell : row) {
                    if (cell.getCellType() != CellType.FORMULA) {
                        continue;
                    }
                    String where = sheet.getSheetName() + "!" + cell.getAddress();
                    Row otherRow = other.getRow(cell.getRowIndex());
                    Cell o = otherRow == null ? null : otherRow.getCell(cell.getColumnIndex());
                    if (cell.getCachedFormulaResultType() == CellType.STRING) {
                        // a text result ("-" where no year has a shortage): the same text
                        if (o == null || o.getCellType() != CellType.FORMULA || o.getCachedFormulaResultType() != CellType.STRING
                                || !o.getStringCellValue().equals(cell.getStringCellValue())) {
                            problems.add(where + " " + cell.getCellFormula() + ": cached text '" + cell.getStringCellValue()
                                    + "', recalculated " + (o == null ? "nothing" : o.toString()));
                        }
                        continue;
                    }
                    if (o == null || o.getCellType() != CellType.FORMULA
                            || o.getCachedFormulaResultType() != CellType.NUMERIC) {
                        problems.add(where + ": no numeric formula after recalculation");
                        continue;
                    }
                    double mine = cell.getNumericCellValue();
                    double theirs = o.getNumericCellValue();
                    if (!(Math.abs(mine - theirs) <= TOLERANCE)) {
                        problems.add(where + " " + cell.getCellFormula() + ": cached " + mine + ", recalculated " + theirs);
                    }
                }
            }
        }
        return problems;
    }

    static int formulaCount(XSSFWorkbook wb) {
        return WorkbookContentTest.formulaCells(wb).size();
    }
}
