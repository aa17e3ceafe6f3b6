package nl.ruimtevraag.cli;

import static nl.ruimtevraag.cli.CommandHarness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nl.ruimtevraag.cli.CommandHarness.Result;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import nl.ruimtevraag.report.ComparisonWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The compare command: console and workbook read back with POI. The computation itself, common random
 * numbers included, is tested in {@code uncertainty.ScenarioComparisonTest}.
 */
class CompareCommandTest {
    private static XSSFWorkbook open(Path xlsx) throws Exception {
        try (InputStream in = Files.newInputStream(xlsx)) {
            return new XSSFWorkbook(in);
        }
    }

    private static int column(XSSFSheet sheet, String header) {
        Row head = sheet.getRow(ComparisonWorkbook.HEADER);
        for (Cell c : head) {
            if (c.getStringCellValue().equals(header)) {
                return c.getColumnIndex();
            }
        }
        throw new AssertionError("no column " + header);
    }

    /** Data rows of the comparison sheet: region code and period end -> row. */
    private static Row row(XSSFSheet sheet, String code, int end) {
        for (int r = ComparisonWorkbook.HEADER + 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row.getCell(0).getStringCellValue().equals(code) && (int) row.getCell(2).getNumericCellValue() == end) {
                return row;
            }
        }
        throw new AssertionError("no row " + code + " " + end);
    }

    @Test
    void aScenarioComparedWithItselfHasZeroDifferences(@TempDir Path dir) throws Exception {
        Path xlsx = dir.resolve("zelf.xlsx");
        Result r = cli("compare", "scenarios/basis.yaml", "scenarios/basis.yaml", "--draws", "0", "-o", xlsx.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("Vergelijking van 2 scenario's"), r.out());
        assertTrue(r.out().contains("[1] basis (1)") && r.out().contains("[2] basis (2)"), "same names are numbered:\n" + r.out());
        try (XSSFWorkbook wb = open(xlsx)) {
            XSSFSheet sheet = wb.getSheet("Vergelijking");
            int diffs = 0;
            for (Cell head : sheet.getRow(ComparisonWorkbook.HEADER)) {
                if (!head.getStringCellValue().startsWith("Δ")) {
                    continue;
                }
                for (int r2 = ComparisonWorkbook.HEADER + 1; r2 <= sheet.getLastRowNum(); r2++) {
                    Cell c = sheet.getRow(r2).getCell(head.getColumnIndex());
                    assertEquals(CellType.FORMULA, c.getCellType(), "a difference is a live formula");
                    assertEquals(0.0, c.getNumericCellValue(), 0.0);
                    diffs++;
                }
            }
            assertEquals(3 * 13 * 3, diffs, "Δ vraag, Δ aanbod, Δ extra ha for 12 provinces + NL and 3 period ends");
        }
    }

    @Test
    void onlyTheRegionsEveryScenarioProjectsAreSideBySideAndTheOthersAreNamed(@TempDir Path dir) throws Exception {
        Path xlsx = dir.resolve("v.xlsx");
        Result r = cli("compare", "scenarios/basis.yaml", "scenarios/transformatie-randstad.yaml", "-o", xlsx.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("alleen de regio's die elk scenario raamt staan naast elkaar; Totaal (UT, NH, ZH)"), r.out());
        assertTrue(r.out().contains("weggelaten: GR, FR, DR, OV, FL, GE, ZE, NB, LI (niet in [2])"), r.out());
        assertFalse(r.out().contains("\nGR "), "no Groningen row on the console:\n" + r.out());
        try (XSSFWorkbook wb = open(xlsx)) {
            XSSFSheet sheet = wb.getSheet("Vergelijking");
            List<String> codes = new ArrayList<>();
            for (int r2 = ComparisonWorkbook.HEADER + 1; r2 <= sheet.getLastRowNum(); r2 += 3) {
                codes.add(sheet.getRow(r2).getCell(0).getStringCellValue());
            }
            assertEquals(List.of("UT", "NH", "ZH", "Totaal"), codes, "the shared regions, then their total");
            String note = sheet.getRow(2).getCell(0).getStringCellValue();
            assertTrue(note.contains("alleen de regio's die elk scenario raamt (UT, NH, ZH)")
                    && note.contains("Weggelaten omdat niet elk scenario ze raamt: GR, FR, DR, OV, FL, GE, ZE, NB, LI (niet in [2])."), note);
            assertTrue(sheet.getRow(2).getHeightInPoints() >= 2 * 13, "the note is wrapped, its row high enough");
            // columns: basis block first, then the second scenario's block with the same headers
            List<Integer> extra = new ArrayList<>();
            for (Cell c : sheet.getRow(ComparisonWorkbook.HEADER)) {
                if (c.getStringCellValue().equals("Extra ha nodig")) {
                    extra.add(c.getColumnIndex());
                }
            }
            assertEquals(2, extra.size());
            int diff = column(sheet, "Δ extra ha");
            for (int end : List.of(2030, 2040, 2050)) {
                Row total = row(sheet, "Totaal", end);
                assertEquals("Totaal (UT, NH, ZH)", total.getCell(1).getStringCellValue());
                for (int s = 0; s < 2; s++) {
                    double sum = 0;
                    for (String code : List.of("UT", "NH", "ZH")) {
                        sum += row(sheet, code, end).getCell(extra.get(s)).getNumericCellValue();
                    }
                    assertEquals(sum, total.getCell(extra.get(s)).getNumericCellValue(), 1e-6);
                    assertEquals("", total.getCell(extra.get(s)).getCellFormula().replaceAll("[A-Z]+\\d+(\\+|$)", ""),
                            "the total is a sum of the common regions' cells");
                }
                assertTrue(total.getCell(diff).getNumericCellValue() > 0, "transformation adds demand: " + end);
            }

            XSSFSheet chart = wb.getSheet("Grafiek");
            assertEquals(List.of("t/m 2030", "Regio", "UT", "NH", "ZH", "Totaal (UT, NH, ZH)"), column(chart, 0, 4, 9));
            assertTrue(chart.getRow(2).getCell(0).getStringCellValue().contains("Weggelaten"), "the note on the chart sheet too");
            List<XSSFChart> charts = chart.getDrawingPatriarch().getCharts();
            assertEquals(3, charts.size(), "one chart per period end");
            for (XSSFChart c : charts) {
                var bar = c.getCTChart().getPlotArea().getBarChartArray(0);
                for (var ser : bar.getSerArray()) {
                    String f = ser.getCat().getStrRef().getF();
                    int from = Integer.parseInt(f.replaceAll(".*\\$A\\$(\\d+):.*", "$1"));
                    assertEquals("Grafiek!$A$" + from + ":$A$" + (from + 2), f, "the three shared regions, not the total");
                    assertEquals("UT", chart.getRow(from - 1).getCell(0).getStringCellValue());
                }
            }
        }
    }

    /** The texts of column {@code col} in rows first..last (null for a missing cell). */
    private static List<String> column(XSSFSheet sheet, int col, int first, int last) {
        List<String> texts = new ArrayList<>();
        for (int r = first; r <= last; r++) {
            Row row = sheet.getRow(r);
            Cell c = row == null ? null : row.getCell(col);
            texts.add(c == null ? null : c.getStringCellValue());
        }
        return texts;
    }

    /** The anchors of the sheet's charts (graphic frames), in their order on the sheet. */
    static List<org.apache.poi.xssf.usermodel.XSSFClientAnchor> anchors(XSSFSheet sheet) {
        List<org.apache.poi.xssf.usermodel.XSSFClientAnchor> anchors = new ArrayList<>();
        for (var shape : sheet.getDrawingPatriarch().getShapes()) {
            if (shape instanceof org.apache.poi.xssf.usermodel.XSSFGraphicFrame frame) {
                anchors.add((org.apache.poi.xssf.usermodel.XSSFClientAnchor) frame.getAnchor());
            }
        }
        return anchors;
    }

    /** The charts' titles, in their order on the sheet. */
    private static List<String> chartTitles(XSSFSheet sheet) {
        List<String> titles = new ArrayList<>();
        for (XSSFChart c : sheet.getDrawingPatriarch().getCharts()) {
            titles.add(c.getTitleText().getString());
        }
        return titles;
    }

    @Test
    void scenariosOfTheSameFewRegionsTotalThemAsTotaalNotNederland(@TempDir Path dir) throws Exception {
        Path a = dir.resolve("zh.yaml");
        Path b = dir.resolve("zh-reserve.yaml");
        Files.writeString(a, "name: zh\nregions: [ZH, NH]\n");
        Files.writeString(b, "name: zh-reserve\nregions: [ZH, NH]\nplanning_reserve: 10%\n");
        Path xlsx = dir.resolve("zh.xlsx");
        Result r = cli("compare", a.toString(), b.toString(), "-q", "-o", xlsx.toString());
        assertEquals(0, r.code(), r.err());
        try (XSSFWorkbook wb = open(xlsx)) {
            XSSFSheet sheet = wb.getSheet("Vergelijking");
            assertEquals("Totaal (NH, ZH)", row(sheet, "Totaal", 2050).getCell(1).getStringCellValue());
            assertTrue(sheet.getRow(2).getCell(0).getStringCellValue().startsWith("Alle scenario's ramen dezelfde regio's"));
            assertEquals(List.of("NH", "ZH", "Totaal (NH, ZH)"), column(wb.getSheet("Grafiek"), 0, 6, 8));
        }
    }

    @Test
    void aChartPerPeriodEndWithAxisTitlesASourceLineAndOnlyTheScenariosThatReachIt(@TempDir Path dir) throws Exception {
        Path early = dir.resolve("vroeg.yaml");
        Files.writeString(early, "name: vroeg\nhorizon:\n  periods: [2025-2030, 2030-2035]\n");
        Path xlsx = dir.resolve("v.xlsx");
        Result r = cli("compare", "basis", early.toString(), "-q", "-o", xlsx.toString());
        assertEquals(0, r.code(), r.err());
        try (XSSFWorkbook wb = open(xlsx)) {
            XSSFSheet sheet = wb.getSheet("Grafiek");
            XSSFSheet comparison = wb.getSheet("Vergelijking");
            List<Integer> ends = List.of(2030, 2035, 2040, 2050);
            assertEquals(List.of("Extra ha nodig per regio t/m 2030 (ha)", "Extra ha nodig per regio t/m 2035 (ha)",
                    "Extra ha nodig per regio t/m 2040 (ha)", "Extra ha nodig per regio t/m 2050 (ha)"), chartTitles(sheet));
            String[][] columns = {{"B", "C"}, {"C"}, {"B"}, {"B"}}; // vroeg ([2]) ends in 2030 and 2035, basis ([1]) not in 2035
            List<XSSFChart> charts = sheet.getDrawingPatriarch().getCharts();
            List<org.apache.poi.xssf.usermodel.XSSFClientAnchor> anchors = anchors(sheet);
            int extra = column(comparison, "Extra ha nodig");
            for (int i = 0; i < charts.size(); i++) {
                // the period's block: its title row, the header, 12 regions and the total
                int group = groupRow(sheet, "t/m " + ends.get(i));
                assertEquals(List.of("Regio", "[1] basis", "[2] vroeg"), cells(sheet.getRow(group + 1)));
                assertEquals("GR", sheet.getRow(group + 2).getCell(0).getStringCellValue());
                assertEquals("Nederland (som van de regio's)", sheet.getRow(group + 14).getCell(0).getStringCellValue(),
                        "the total follows the regions");
                int from = group + 3;
                int to = group + 14;
                var plot = charts.get(i).getCTChart().getPlotArea();
                var bar = plot.getBarChartArray(0);
                assertEquals(columns[i].length, bar.sizeOfSerArray(), "a bar per scenario with a period ending then: " + i);
                for (int s = 0; s < bar.sizeOfSerArray(); s++) {
                    var ser = bar.getSerArray(s);
                    String col = columns[i][s];
                    assertEquals("Grafiek!$A$" + from + ":$A$" + to, ser.getCat().getStrRef().getF(), "the 12 regions, not the total");
                    assertEquals("Grafiek!$" + col + "$" + from + ":$" + col + "$" + to, ser.getVal().getNumRef().getF());
                    assertEquals("Grafiek!$" + col + "$" + (group + 2), ser.getTx().getStrRef().getF(), "named by its scenario header");
                }
                assertEquals("regio", plot.getCatAxArray(0).getTitle().getTx().getRich().getPArray(0).getRArray(0).getT());
                assertEquals("netto ha", plot.getValAxArray(0).getTitle().getTx().getRich().getPArray(0).getRArray(0).getT());
                var anchor = anchors.get(i);
                assertEquals("Bron: ruimtevraag, blad Vergelijking (netto ha).",
                        sheet.getRow(anchor.getRow2()).getCell(0).getStringCellValue(), "a source line under chart " + i);
                int[] breaks = sheet.getRowBreaks();
                assertTrue(java.util.Arrays.stream(breaks).noneMatch(b -> b >= anchor.getRow1() && b < anchor.getRow2() + 1),
                        "no page break cuts chart " + i + " or parts it from its source line");
                assertTrue(anchor.getRow2() - anchor.getRow1() <= 22, "no taller than a page: chart " + i);
                if (i > 0) {
                    assertTrue(java.util.Arrays.stream(breaks).anyMatch(b -> b == group - 1), "block " + i + " starts a page");
                    assertTrue(java.util.Arrays.stream(breaks).noneMatch(b -> b >= group && b < anchor.getRow1()),
                            "its chart prints on the same page as its table: " + i);
                }
                // the values are formulas to the strict extra ha of the comparison sheet
                for (String col : columns[i]) {
                    int s = col.charAt(0) - 'B';
                    Cell gr = sheet.getRow(group + 2).getCell(1 + s);
                    Cell target = row(comparison, "GR", ends.get(i)).getCell(extra + (s == 0 ? 0 : blockWidth(comparison)));
                    assertEquals("'Vergelijking'!" + new org.apache.poi.ss.util.CellReference(target.getRowIndex(), target.getColumnIndex()).formatAsString(),
                            gr.getCellFormula());
                    assertEquals(target.getNumericCellValue(), gr.getNumericCellValue(), 1e-9);
                }
            }
            assertNull(sheet.getRow(groupRow(sheet, "t/m 2040") + 2).getCell(2), "vroeg has no period ending 2040: an empty cell");
        }
    }

    /** The row whose first cell is {@code text}. */
    private static int groupRow(XSSFSheet sheet, String text) {
        for (Row row : sheet) {
            Cell c = row.getCell(0);
            if (c != null && c.getCellType() == CellType.STRING && c.getStringCellValue().equals(text)) {
                return row.getRowNum();
            }
        }
        throw new AssertionError("no row " + text);
    }

    /** The columns of the first scenario's block on the comparison sheet (the second's start after them). */
    private static int blockWidth(XSSFSheet comparison) {
        List<Integer> extra = new ArrayList<>();
        for (Cell c : comparison.getRow(ComparisonWorkbook.HEADER)) {
            if (c.getStringCellValue().equals("Extra ha nodig")) {
                extra.add(c.getColumnIndex());
            }
        }
        return extra.get(1) - extra.get(0);
    }

    private static List<String> cells(Row row) {
        List<String> texts = new ArrayList<>();
        for (Cell c : row) {
            texts.add(c.getStringCellValue());
        }
        return texts;
    }

    @Test
    void workbookHasChartScenarioListAndIsOurOwn(@TempDir Path dir) throws Exception {
        Path xlsx = dir.resolve("v.xlsx");
        Result r = cli("compare", "scenarios/basis.yaml", "scenarios/circulair-versneld.yaml", "scenarios/netcongestie-tot-2035.yaml",
                "--pair", "2,3", "-q", "-o", xlsx.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.out());
        try (XSSFWorkbook wb = open(xlsx)) {
            XSSFSheet chartSheet = wb.getSheet("Grafiek");
            List<XSSFChart> charts = chartSheet.getDrawingPatriarch().getCharts();
            assertEquals(3, charts.size(), "a chart per period end");
            for (XSSFChart chart : charts) {
                var plot = chart.getCTChart().getPlotArea();
                assertEquals(1, plot.sizeOfBarChartArray());
                assertEquals(3, plot.getBarChartArray(0).sizeOfSerArray(), "one series per scenario");
                for (var ser : plot.getBarChartArray(0).getSerArray()) {
                    assertTrue(ser.getSpPr().isSetSolidFill(), "explicit fill, so LibreOffice draws the bars");
                }
                assertEquals("between", plot.getValAxArray(0).getCrossBetween().getVal().toString());
            }

            XSSFSheet list = wb.getSheet("Scenario's");
            String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(Files.readAllBytes(Path.of("scenarios/circulair-versneld.yaml"))));
            assertEquals("scenarios/circulair-versneld.yaml", list.getRow(4).getCell(4).getStringCellValue());
            assertEquals(sha, list.getRow(4).getCell(5).getStringCellValue());
            Cell description = list.getRow(4).getCell(2);
            assertFalse(description.getStringCellValue().isBlank(), "the description");
            assertTrue(description.getCellStyle().getWrapText(), "wrapped");
            int lines = (int) Math.ceil(description.getStringCellValue().length() / (list.getColumnWidth(2) / 256.0));
            assertTrue(lines >= 2 && list.getRow(4).getHeightInPoints() >= lines * 13,
                    "the row is as high as the wrapped description: " + list.getRow(4).getHeightInPoints() + " pt for " + lines + " lines");

            XSSFSheet sheet = wb.getSheet("Vergelijking");
            int pair = column(sheet, "Δ extra ha [3] min [2]");
            Cell c = row(sheet, "NL", 2050).getCell(pair);
            assertEquals(CellType.FORMULA, c.getCellType());
        }
        // a second run overwrites its own workbook
        assertEquals(0, cli("compare", "basis", "scenarios/circulair-versneld.yaml", "-q", "-o", xlsx.toString()).code());
    }

    @Test
    void errorsOfAllScenariosAreReportedTogether(@TempDir Path dir) throws Exception {
        Path a = dir.resolve("a.yaml");
        Path b = dir.resolve("b.yaml");
        Files.writeString(a, "planning_reserve: 15\n");
        Files.writeString(b, "circular:\n  extra_sharee: 10%\n");
        Result r = cli("compare", a.toString(), b.toString(), "-o", dir.resolve("x.xlsx").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains(a + ":1:") && r.err().contains(b + ":2:"), r.err());
        assertFalse(Files.exists(dir.resolve("x.xlsx")));
    }

    @Test
    void badPairAndTooFewScenariosAreUsageErrors(@TempDir Path dir) {
        String out = dir.resolve("x.xlsx").toString();
        assertEquals(2, cli("compare", "basis", "-o", out).code());
        Result r = cli("compare", "basis", "basis", "--pair", "1,3", "-o", out);
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("fout: --pair 1,3: er is geen scenario 3"), r.err());
        Result en = cli("compare", "basis", "basis", "--pair", "1,3", "--lang", "en", "-o", out);
        assertTrue(en.err().startsWith("error: --pair 1,3: there is no scenario 3\n  hint: give two different positions"), en.err());
        assertEquals(2, cli("compare", "basis", "basis", "--pair", "2,2", "-o", out).code());
        assertEquals(2, cli("compare", "basis", "basis", "--pair", "x", "-o", out).code());
    }

    @Test
    void monteCarloWorkbookHasPercentileColumns(@TempDir Path dir) throws Exception {
        Path copy = dir.resolve("reserve.yaml");
        Files.writeString(copy, "name: basis-reserve\nplanning_reserve: 5%\n");
        Path xlsx = dir.resolve("mc.xlsx");
        Result r = cli("compare", "basis", copy.toString(), "--draws", "200", "--seed", "3", "-o", xlsx.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Monte Carlo: 200 trekkingen, seed 3"), r.out());
        try (XSSFWorkbook wb = open(xlsx)) {
            XSSFSheet sheet = wb.getSheet("Vergelijking");
            Row nl = row(sheet, "NL", 2050);
            double p10 = nl.getCell(column(sheet, "Δ extra ha P10")).getNumericCellValue();
            double p90 = nl.getCell(column(sheet, "Δ extra ha P90")).getNumericCellValue();
            assertTrue(p10 > 0 && p10 <= p90, p10 + " " + p90);
            assertEquals(2, count(sheet, "Extra ha P50"), "a P50 column per scenario");
        }
    }

    private static List<String> sheetNames(XSSFWorkbook wb) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < wb.getNumberOfSheets(); i++) {
            names.add(wb.getSheetName(i));
        }
        return names;
    }

    private static List<String> header(XSSFSheet sheet, int row) {
        List<String> texts = new ArrayList<>();
        for (Cell c : sheet.getRow(row)) {
            texts.add(c.getStringCellValue());
        }
        return texts;
    }

    @Test
    void dutchByDefault(@TempDir Path dir) throws Exception {
        Path xlsx = dir.resolve("nl.xlsx");
        Result r = cli("compare", "basis", "scenarios/circulair-versneld.yaml", "-o", xlsx.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().matches("(?s).*\\nRegio +T/m +Vraag +Aanbod +Extra ha.*"), r.out());
        // Dutch numbers: thousands with a point, one decimal after a comma (the basis NL demand to 2050 is above 1,000 ha)
        assertTrue(r.out().matches("(?s).*\\nNL +2050 +\\d{1,3}(\\.\\d{3})+,\\d .*"), "Dutch numbers:\n" + r.out());
        try (XSSFWorkbook wb = open(xlsx)) {
            assertEquals(List.of("Vergelijking", "Grafiek", "Scenario's"), sheetNames(wb));
            XSSFSheet sheet = wb.getSheet("Vergelijking");
            assertEquals(List.of("Regiocode", "Regio", "T/m jaar", "Vraag", "Realiseerbaar aanbod", "Saldo", "Extra ha nodig"),
                    header(sheet, ComparisonWorkbook.HEADER).subList(0, 7));
            assertEquals("Nederland (som van de regio's)", row(sheet, "NL", 2050).getCell(1).getStringCellValue());
        }
    }

    @Test
    void langEnWritesAnEnglishWorkbookAndConsoleTable(@TempDir Path dir) throws Exception {
        Path xlsx = dir.resolve("en.xlsx");
        Result r = cli("compare", "basis", "scenarios/transformatie-randstad.yaml", "--pair", "2,1", "--draws", "40",
                "--lang", "en", "-o", xlsx.toString());
        assertEquals(0, r.code(), r.err());
        String out = r.out();
        assertTrue(out.startsWith("Comparison of 2 scenarios; difference (Δ) = scenario minus [1] basis"), out);
        assertTrue(out.contains("only the regions every scenario projects are side by side; Total (UT, NH, ZH)"), out);
        assertTrue(out.contains("left out: GR, FR, DR, OV, FL, GE, ZE, NB, LI (not in [2])"), out);
        assertTrue(out.contains("\nRegion  Up to   Demand   Supply  Extra ha"), out);
        assertTrue(out.contains("Monte Carlo: 40 draws, seed"), out);
        assertTrue(out.matches("(?s).*Total    2050  \\d,\\d{3}\\.\\d .*"), "English numbers (1,234.5):\n" + out);
        assertTrue(out.contains("written: " + xlsx), out);
        for (String dutch : List.of("Vergelijking", "Regio ", "Vraag", "Aanbod", "T/m", "Totaal", "trekkingen", "cumulatief", " min [",
                "geschreven")) {
            assertFalse(out.contains(dutch), "no Dutch '" + dutch + "' in:\n" + out);
        }
        try (XSSFWorkbook wb = open(xlsx)) {
            assertEquals(List.of("Comparison", "Chart", "Scenarios"), sheetNames(wb));
            XSSFSheet sheet = wb.getSheet("Comparison");
            assertTrue(sheet.getRow(0).getCell(0).getStringCellValue().startsWith("Comparison of scenarios: [1] basis"));
            List<String> head = header(sheet, ComparisonWorkbook.HEADER);
            assertEquals(List.of("Region code", "Region", "Up to year", "Demand", "Realisable supply", "Balance (saldo)",
                    "Extra ha needed", "Extra ha P10"), head.subList(0, 8));
            assertTrue(head.contains("Δ demand") && head.contains("Δ extra ha [1] minus [2]"), head.toString());
            Row total = row(sheet, "Total", 2050);
            assertEquals("Total (UT, NH, ZH)", total.getCell(1).getStringCellValue());
            assertTrue(sheet.getRow(2).getCell(0).getStringCellValue().contains("Left out because not every scenario projects them: GR"),
                    sheet.getRow(2).getCell(0).getStringCellValue());
            XSSFSheet chart = wb.getSheet("Chart");
            assertTrue(chart.getRow(0).getCell(0).getStringCellValue().startsWith("Extra ha needed (strict) per region"));
            assertTrue(chart.getRow(6).getCell(1).getCellFormula().startsWith("'Comparison'!"), "formulas to the English sheet");
            assertEquals("up to 2030", chart.getRow(4).getCell(0).getStringCellValue());
            assertEquals("Extra ha needed per region up to 2040 (ha)", chartTitles(chart).get(1));
            XSSFSheet list = wb.getSheet("Scenarios");
            assertEquals(List.of("No.", "Scenario", "Description", "Regions", "Scenario file", "SHA-256 of the scenario file"),
                    header(list, 2));
            assertEquals("Comparison of scenarios: [1] basis, [2] transformatie-randstad",
                    wb.getProperties().getCoreProperties().getTitle());
        }
    }

    @Test
    void theFirstScenariosOutputLanguageIsTheDefault(@TempDir Path dir) throws Exception {
        Path english = dir.resolve("english.yaml");
        Files.writeString(english, "name: english\noutput:\n  language: en\n");
        Path xlsx = dir.resolve("e.xlsx");
        Result r = cli("compare", english.toString(), "basis", "-o", xlsx.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("Comparison of 2 scenarios"), r.out());
        try (XSSFWorkbook wb = open(xlsx)) {
            assertEquals("Comparison", wb.getSheetName(0));
        }
        Result nl = cli("compare", english.toString(), "basis", "--lang", "nl", "-q", "-o", xlsx.toString());
        assertEquals(0, nl.code(), nl.err());
        try (XSSFWorkbook wb = open(xlsx)) {
            assertEquals("Vergelijking", wb.getSheetName(0), "--lang wins over output.language");
        }
        Result bad = cli("compare", "basis", "basis", "--lang", "de", "-o", dir.resolve("x.xlsx").toString());
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("onbekende taal 'de'"), bad.err());
        assertFalse(Files.exists(dir.resolve("x.xlsx")));
    }

    private static int count(XSSFSheet sheet, String header) {
        int n = 0;
        for (Cell c : sheet.getRow(ComparisonWorkbook.HEADER)) {
            n += c.getStringCellValue().equals(header) ? 1 : 0;
        }
        return n;
    }
}
