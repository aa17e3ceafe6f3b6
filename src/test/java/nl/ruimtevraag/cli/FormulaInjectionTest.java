package nl.ruimtevraag.cli;

import static nl.ruimtevraag.cli.CommandHarness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nl.ruimtevraag.cli.CommandHarness.Result;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.ruimtevraag.data.DataSetLoader;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Formula injection through the real command line: text from a data set (region names, notes,
 * sources, the folder's name) and from a scenario (description) that starts with =, +, -, @, a
 * tab or a carriage return reaches the workbook as text, never as a formula; a scenario name
 * that a spreadsheet would read as a formula is refused, since it is also the CSV's first column.
 */
class FormulaInjectionTest {
    static final String HYPERLINK = "=HYPERLINK(\"http://example.invalid\",\"klik\")";
    static final String CMD = "=cmd|' /C calc'!A0";

    @TempDir
    Path dir;


    @Test
    void dataSetAndScenarioTextStaysText() throws Exception {
        Path data = Files.createDirectories(dir.resolve("=1+2 map"));
        Map<String, String> hostile = new LinkedHashMap<>();
        copy(data, "regions.csv", lines -> {
            replaceCell(lines, "GR,", 1, csvQuote(HYPERLINK));
            replaceCell(lines, "FR,", 1, csvQuote("\t+1+2"));
            replaceCell(lines, "DR,", 1, csvQuote("\r-3-4"));
        });
        copy(data, "stock.csv", lines -> replaceCell(lines, "GR,zwaar,", 6, csvQuote("@SUM(A1:A2)")));
        copy(data, "sources.csv", lines -> {
            replaceCell(lines, "B2,", 5, csvQuote(CMD));
            replaceCell(lines, "B4,", 1, csvQuote("-5-6 titel"));
        });
        for (String name : DataSetLoader.FILES) {
            if (!Files.exists(data.resolve(name))) {
                copy(data, name, lines -> { });
            }
        }
        hostile.put("region name", HYPERLINK);
        hostile.put("region name after a tab", "+1+2");
        hostile.put("region name after a CR", "-3-4");
        hostile.put("stock note", "@SUM(A1:A2)");
        hostile.put("source note", CMD);
        hostile.put("source title", "-5-6 titel");
        hostile.put("data set folder", "=1+2 map");
        hostile.put("scenario description", "=2+3 beschrijving");

        Path scenario = Files.writeString(dir.resolve("s.yaml"), "name: formules\ndescription: \"=2+3 beschrijving\"\n");
        Path xlsx = dir.resolve("s.xlsx");
        Result r = cli("run", scenario.toString(), "--data", data.toString(), "-o", xlsx.toString(), "-q", "--format", "xlsx,csv");
        assertEquals(0, r.code(), r.err());

        List<String> strings = new ArrayList<>();
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            for (Sheet sheet : wb) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (cell.getCellType() == CellType.FORMULA) {
                            String f = cell.getCellFormula();
                            for (String h : hostile.values()) {
                                assertFalse(f.contains(h.substring(1).strip()), sheet.getSheetName() + "!" + cell.getAddress() + " = " + f);
                            }
                            assertFalse(f.contains("HYPERLINK") || f.contains("cmd"), f);
                        } else if (cell.getCellType() == CellType.STRING) {
                            strings.add(cell.getStringCellValue());
                        }
                    }
                }
            }
        }
        for (Map.Entry<String, String> h : hostile.entrySet()) {
            assertTrue(strings.stream().anyMatch(s -> s.contains(h.getValue())), h.getKey() + " written as text: " + h.getValue());
        }
        // the CSV's text columns are the scenario name and fixed codes: nothing a spreadsheet would evaluate
        for (String line : Files.readAllLines(dir.resolve("s.csv"), StandardCharsets.UTF_8)) {
            for (String cell : line.split(",", -1)) {
                assertFalse(!cell.isEmpty() && "=+@\t\r".indexOf(cell.charAt(0)) >= 0, line);
            }
        }
    }

    @Test
    void aScenarioNameThatIsAFormulaIsRefused() throws Exception {
        for (String name : List.of("\"=1+1\"", "\"+31 20 1234567\"", "\"-x\"", "\"@home\"")) {
            Path scenario = Files.writeString(dir.resolve("s.yaml"), "name: " + name + "\n");
            Result r = cli("run", scenario.toString(), "-o", dir.resolve("s.xlsx").toString(), "-q");
            assertEquals(ExitCodes.INVALID, r.code(), r.err());
            assertTrue(r.err().startsWith(scenario + ":1:7: fout: `name` mag niet beginnen met =, +, - of @"), r.err());
        }
        Path unnamed = Files.writeString(dir.resolve("=evil.yaml"), "description: x\n");
        Result r = cli("run", unnamed.toString(), "-o", dir.resolve("s.xlsx").toString(), "-q");
        assertEquals(ExitCodes.INVALID, r.code(), r.err());
        assertTrue(r.err().contains("begint met =, wat een spreadsheet als formule leest"), r.err());
        assertFalse(Files.exists(dir.resolve("s.xlsx")));
    }

    private interface Edit {
        void apply(List<String> lines);
    }

    private static void copy(Path data, String name, Edit edit) throws Exception {
        String text;
        try (InputStream in = DataSetLoader.class.getResourceAsStream(DataSetLoader.EMBEDDED + name)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<String> lines = new ArrayList<>(text.lines().toList());
        edit.apply(lines);
        Files.writeString(data.resolve(name), String.join("\n", lines) + "\n");
    }

    /** Replaces cell {@code index} of the first line starting with {@code prefix} (cells without quotes before it). */
    private static void replaceCell(List<String> lines, String prefix, int index, String value) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(prefix)) {
                String[] cells = splitCsv(lines.get(i));
                cells[index] = value;
                lines.set(i, String.join(",", cells));
                return;
            }
        }
        throw new IllegalArgumentException("no line " + prefix);
    }

    /** Splits a CSV line, keeping quoted cells quoted. */
    private static String[] splitCsv(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder b = new StringBuilder();
        boolean quoted = false;
        for (char c : line.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == ',' && !quoted) {
                cells.add(b.toString());
                b.setLength(0);
            } else {
                b.append(c);
            }
        }
        cells.add(b.toString());
        return cells.toArray(String[]::new);
    }

    private static String csvQuote(String s) {
        return '"' + s.replace("\"", "\"\"") + '"';
    }

    /** regions --figures --csv: source ids and the data folder's path cannot become formulas in a spreadsheet. */
    @Test
    void theFiguresCsvNeutralisesFormulaText(@org.junit.jupiter.api.io.TempDir Path tmp) throws Exception {
        Path data = tmp.resolve("=cmd|' -C calc'!A0");
        nl.ruimtevraag.data.SyntheticDataSet.write(2, 1, data);
        for (Path f : Files.list(data).toList()) {
            Files.writeString(f, Files.readString(f).replace("SYNTH", "@SUM(A1)"));
        }
        String csv = DataFigures.render(DataSetLoader.load(data), null, null, true, nl.ruimtevraag.report.Language.NL);
        List<String> lines = csv.lines().toList();
        assertTrue(lines.size() > 10, csv);
        for (String line : lines.subList(1, lines.size())) {
            for (String cell : line.split(",")) {
                assertFalse(!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0, "formula-like cell " + cell + " in " + line);
            }
        }
        assertTrue(csv.contains("'@SUM(A1)"), "the text itself is kept: " + lines.get(1));
        assertEquals("'=1+2", DataFigures.spreadsheetSafe("=1+2"));
        assertEquals("-", DataFigures.spreadsheetSafe("-").substring(1));
        assertEquals("stock.csv:2", DataFigures.spreadsheetSafe("stock.csv:2"));
    }
}
