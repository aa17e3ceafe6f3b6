package nl.ruimtevraag.cli;

import static nl.ruimtevraag.cli.CommandHarness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nl.ruimtevraag.cli.CommandHarness.Result;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.ruimtevraag.report.SweepTable;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sweep command through the command line; files read back (CSV as text, xlsx with POI). */
class SweepCommandTest {

    private static List<String[]> csv(Path file) throws Exception {
        List<String[]> rows = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            rows.add(line.split(",", -1));
        }
        return rows;
    }

    private static int col(String[] header, String name) {
        for (int i = 0; i < header.length; i++) {
            if (header[i].equals(name)) {
                return i;
            }
        }
        throw new AssertionError("no column " + name);
    }

    @Test
    void planningReserveRaisesDemandByExactlyItsFactor(@TempDir Path dir) throws Exception {
        Path xlsx = dir.resolve("reserve.xlsx");
        Result r = cli("sweep", "scenarios/basis.yaml", "--vary", "planning_reserve=0%,10%,20%", "-o", xlsx.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("Sweep: 3 varianten"), r.out());
        List<String[]> rows = csv(dir.resolve("reserve.csv"));
        String[] head = rows.get(0);
        assertEquals("sweep_variant", head[0]);
        assertEquals("planning_reserve", head[1]);
        assertEquals(4, rows.size());
        for (int end : List.of(2030, 2040, 2050)) {
            int vraag = col(head, "vraag_" + end);
            int aanbod = col(head, "aanbod_" + end);
            double base = Double.parseDouble(rows.get(1)[vraag]);
            assertTrue(base > 0);
            // the CSV has 3 decimals; the factor holds to that precision
            assertEquals(base * 1.1, Double.parseDouble(rows.get(2)[vraag]), 2e-3);
            assertEquals(base * 1.2, Double.parseDouble(rows.get(3)[vraag]), 2e-3);
            assertEquals(rows.get(1)[aanbod], rows.get(3)[aanbod], "supply does not depend on the reserve");
        }
        // in the workbook the values are full doubles: exactly the factor up to rounding
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet sheet = wb.getSheet("Sweep");
            Row h = sheet.getRow(SweepTable.HEADER);
            assertEquals("planning_reserve", h.getCell(1).getStringCellValue());
            assertEquals("Vraag t/m 2050", h.getCell(2 + 10).getStringCellValue());
            double v0 = sheet.getRow(SweepTable.HEADER + 1).getCell(12).getNumericCellValue();
            double v1 = sheet.getRow(SweepTable.HEADER + 2).getCell(12).getNumericCellValue();
            double v2 = sheet.getRow(SweepTable.HEADER + 3).getCell(12).getNumericCellValue();
            assertEquals(1.1, v1 / v0, 1e-12);
            assertEquals(1.2, v2 / v0, 1e-12);
            assertEquals(0.1, sheet.getRow(SweepTable.HEADER + 2).getCell(1).getNumericCellValue(), 1e-15, "10% as a number");
            assertTrue(sheet.getCTWorksheet().isSetAutoFilter(), "autofilter");
            assertTrue(sheet.getPaneInformation().isFreezePane(), "frozen header");
        }
    }

    @Test
    void aGridOfTwoByThreeGivesSixRowsLastVaryFastest(@TempDir Path dir) throws Exception {
        Path xlsx = dir.resolve("grid.xlsx");
        Result r = cli("sweep", "basis", "--vary", "economy.method=mean,trend",
                "--vary", "constraints.netcongestie.relief_year.default=2026,2030,2035", "-q", "-o", xlsx.toString());
        assertEquals(0, r.code(), r.err());
        List<String[]> rows = csv(dir.resolve("grid.csv"));
        assertEquals(7, rows.size(), "header and 6 rows");
        String[] expected = {"mean,2026", "mean,2030", "mean,2035", "trend,2026", "trend,2030", "trend,2035"};
        for (int i = 0; i < 6; i++) {
            assertEquals(Integer.toString(i + 1), rows.get(i + 1)[0]);
            assertEquals(expected[i], rows.get(i + 1)[1] + "," + rows.get(i + 1)[2]);
        }
        int strict = col(rows.get(0), "extra_ha_strict_2030");
        assertTrue(Double.parseDouble(rows.get(3)[strict]) > Double.parseDouble(rows.get(1)[strict]),
                "a later grid relief holds back more supply");
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet sheet = wb.getSheet("Sweep");
            assertEquals(SweepTable.HEADER + 6, sheet.getLastRowNum());
            assertEquals("trend", sheet.getRow(SweepTable.HEADER + 6).getCell(1).getStringCellValue());
            assertEquals(2035, sheet.getRow(SweepTable.HEADER + 6).getCell(2).getNumericCellValue(), 0);
        }
        // a rerun overwrites its own files
        assertEquals(0, cli("sweep", "basis", "--vary", "economy.method=mean", "-q", "-o", xlsx.toString()).code());
    }

    @Test
    void aBadPathIsAUsageErrorNamingItsVary(@TempDir Path dir) {
        Path xlsx = dir.resolve("bad.xlsx");
        Result r = cli("sweep", "basis", "--vary", "planning_reserve=0%,10%", "--vary",
                "constraints.netcongestie.default.relief_year=2030,2035", "-o", xlsx.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--vary constraints.netcongestie.default.relief_year: fout: onbekende sleutel `default`"), r.err());
        assertEquals(1, r.err().split("onbekende sleutel", -1).length - 1, "reported once, not per value:\n" + r.err());
        assertFalse(r.err().contains("hint:"), "Dutch throughout:\n" + r.err());
        assertFalse(Files.exists(xlsx));

        Result value = cli("sweep", "basis", "--vary", "planning_reserve=0%,150%", "-o", xlsx.toString());
        assertEquals(2, value.code());
        assertTrue(value.err().startsWith("--vary planning_reserve=150%: fout:"), value.err());
        Result english = cli("sweep", "basis", "--vary", "planning_reserve=0%,150%", "--lang", "en", "-o", xlsx.toString());
        assertTrue(english.err().startsWith("--vary planning_reserve=150%: error: `planning_reserve` must lie between 0 and 1"), english.err());

        Result combination = cli("sweep", "scenarios/transformatie-randstad.yaml", "--vary", "horizon.end_year=2040",
                "-o", xlsx.toString());
        assertEquals(2, combination.code());
        assertTrue(combination.err().contains("--vary horizon.end_year=2040"), combination.err());

        Result noEquals = cli("sweep", "basis", "--vary", "planning_reserve", "-o", xlsx.toString());
        assertEquals(2, noEquals.code());
        assertTrue(noEquals.err().startsWith("fout: --vary planning_reserve: geen '=' tussen de sleutel en zijn waarden\n  tip: "),
                noEquals.err());
        assertTrue(cli("sweep", "basis", "--vary", "planning_reserve", "--lang", "en", "-o", xlsx.toString()).err()
                .startsWith("error: --vary planning_reserve: no '=' between the key and its values\n  hint: "));
        assertEquals(2, cli("sweep", "basis", "--vary", "name=a,b", "-o", xlsx.toString()).code());
        assertEquals(2, cli("sweep", "basis", "--vary", "planning_reserve=1%,,2%", "-o", xlsx.toString()).code());
        assertEquals(2, cli("sweep", "basis", "--vary", "circular=x", "--vary", "circular.ramp=linear", "-o", xlsx.toString()).code());
    }

    @Test
    void distributionsAndListsAreOneValue(@TempDir Path dir) throws Exception {
        Result r = cli("sweep", "basis", "--vary", "supply.zacht_realisation={low: 40%, high: 90%},50%",
                "--vary", "regions=[NH, ZH],[NB]", "-q", "--format", "csv", "-o", dir.resolve("d.xlsx").toString());
        assertEquals(0, r.code(), r.err());
        List<String> lines = Files.readAllLines(dir.resolve("d.csv"));
        assertEquals(5, lines.size());
        assertTrue(lines.get(1).startsWith("1,\"{low: 40%, high: 90%}\",\"[NH, ZH]\","), lines.get(1));
        assertFalse(Files.exists(dir.resolve("d.xlsx")), "only the CSV was asked for");
    }

    private static List<String> cells(Row row) {
        List<String> texts = new ArrayList<>();
        row.forEach(c -> texts.add(c.getStringCellValue()));
        return texts;
    }

    private static List<String> sheetNames(XSSFWorkbook wb) {
        List<String> names = new ArrayList<>();
        wb.forEach(sheet -> names.add(sheet.getSheetName()));
        return names;
    }

    @Test
    void aChartPerPeriodEndOfTheVariantsWithAxisTitlesAndASourceLine(@TempDir Path dir) throws Exception {
        Path xlsx = dir.resolve("grid.xlsx");
        Result r = cli("sweep", "basis", "--vary", "planning_reserve=0%,10%,20%", "--vary", "economy.method=mean,trend",
                "-q", "-o", xlsx.toString());
        assertEquals(0, r.code(), r.err());
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertEquals(List.of("Sweep", "Grafiek", "Scenario"), sheetNames(wb));
            XSSFSheet sheet = wb.getSheet("Grafiek");
            XSSFSheet sweep = wb.getSheet("Sweep");
            int h = SweepTable.CHART_HEADER;
            assertEquals("1: 0% · mean", sheet.getRow(h + 1).getCell(0).getStringCellValue());
            assertEquals("6: 20% · trend", sheet.getRow(h + 6).getCell(0).getStringCellValue());
            // the values are formulas to the strict extra ha of the sweep sheet
            for (int p = 0; p < 3; p++) {
                int end = List.of(2030, 2040, 2050).get(p);
                int strict = cells(sweep.getRow(SweepTable.HEADER)).indexOf("Extra ha nodig (strikt) t/m " + end);
                assertTrue(strict > 0);
                for (int v = 1; v <= 6; v++) {
                    var cell = sheet.getRow(h + v).getCell(1 + p);
                    assertEquals("'Sweep'!" + new org.apache.poi.ss.util.CellReference(SweepTable.HEADER + v, strict).formatAsString(),
                            cell.getCellFormula());
                    assertEquals(sweep.getRow(SweepTable.HEADER + v).getCell(strict).getNumericCellValue(), cell.getNumericCellValue(), 0);
                }
            }
            var charts = sheet.getDrawingPatriarch().getCharts();
            assertEquals(3, charts.size(), "one chart per period end");
            List<org.apache.poi.xssf.usermodel.XSSFClientAnchor> anchors = CompareCommandTest.anchors(sheet);
            for (int i = 0; i < 3; i++) {
                var chart = charts.get(i);
                assertEquals("Extra ha nodig per variant t/m " + List.of(2030, 2040, 2050).get(i) + " (ha)", chart.getTitleText().getString());
                var plot = chart.getCTChart().getPlotArea();
                var ser = plot.getBarChartArray(0).getSerArray(0);
                String col = String.valueOf((char) ('B' + i));
                assertEquals("Grafiek!$A$5:$A$10", ser.getCat().getStrRef().getF(), "the six variants");
                assertEquals("Grafiek!$" + col + "$5:$" + col + "$10", ser.getVal().getNumRef().getF());
                assertEquals("maxMin", plot.getCatAxArray(0).getScaling().getOrientation().getVal().toString(), "variant 1 on top");
                assertEquals("variant", plot.getCatAxArray(0).getTitle().getTx().getRich().getPArray(0).getRArray(0).getT());
                assertEquals("netto ha", plot.getValAxArray(0).getTitle().getTx().getRich().getPArray(0).getRArray(0).getT());
                var anchor = anchors.get(i);
                assertEquals("Bron: ruimtevraag, blad Sweep (netto ha).", sheet.getRow(anchor.getRow2()).getCell(0).getStringCellValue());
                assertTrue(java.util.Arrays.stream(sheet.getRowBreaks()).anyMatch(b -> b == anchor.getRow1() - 2),
                        "chart " + i + " starts a printed page (with six variants one chart fills a page)");
            }
        }
    }

    @Test
    void aSweepOfFewRegionsNamesThemAndABigSweepGetsNoChart(@TempDir Path dir) throws Exception {
        Path zh = dir.resolve("zh.yaml");
        Files.writeString(zh, "name: zh\nregions: [ZH, NH]\n");
        Path xlsx = dir.resolve("zh.xlsx");
        Result r = cli("sweep", zh.toString(), "--vary", "planning_reserve=0%,10%", "-o", xlsx.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("Sweep: 2 varianten; extra ha nodig (strikt), Totaal (NH, ZH)\n"), r.out());
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertTrue(wb.getSheet("Sweep").getRow(1).getCell(0).getStringCellValue().startsWith("Totaal (NH, ZH), netto ha"));
        }
        Result regions = cli("sweep", "basis", "--vary", "regions=[NB],[NB, GE]", "-q", "-o", dir.resolve("r.xlsx").toString());
        assertEquals(0, regions.code(), regions.err());
        try (InputStream in = Files.newInputStream(dir.resolve("r.xlsx")); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertTrue(wb.getSheet("Sweep").getRow(1).getCell(0).getStringCellValue()
                    .startsWith("Totaal van de eigen regio's van elke variant (de varianten ramen verschillende regio's"));
        }
        List<String> values = new ArrayList<>();
        for (int i = 0; i <= SweepTable.MAX_CHART_VARIANTS; i++) {
            values.add(i + "%");
        }
        Result big = cli("sweep", "basis", "--vary", "planning_reserve=" + String.join(",", values), "-q",
                "-o", dir.resolve("big.xlsx").toString());
        assertEquals(0, big.code(), big.err());
        try (InputStream in = Files.newInputStream(dir.resolve("big.xlsx")); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet sheet = wb.getSheet("Grafiek");
            assertEquals(null, sheet.getDrawingPatriarch(), "no chart of 41 variants");
            assertTrue(sheet.getRow(1).getCell(0).getStringCellValue().startsWith("41 varianten zijn te veel"));
        }
    }

    @Test
    void langEnWritesAnEnglishWorkbookAndConsoleTableAndTheSameCsv(@TempDir Path dir) throws Exception {
        List<String> grid = List.of("--vary", "planning_reserve=0%,10%", "--vary", "economy.method=mean,trend");
        List<String> args = new ArrayList<>(List.of("sweep", "basis"));
        args.addAll(grid);
        args.addAll(List.of("-o", dir.resolve("nl.xlsx").toString()));
        Result nl = cli(args.toArray(new String[0]));
        assertEquals(0, nl.code(), nl.err());
        args.set(args.size() - 1, dir.resolve("en.xlsx").toString());
        args.addAll(List.of("--lang", "en"));
        Result en = cli(args.toArray(new String[0]));
        assertEquals(0, en.code(), en.err());

        assertTrue(nl.out().startsWith("Sweep: 4 varianten; extra ha nodig (strikt), Nederland (som van de regio's)\n"), nl.out());
        assertTrue(nl.out().contains("t/m 2050") && nl.out().matches("(?s).*\\d\\.\\d{3},\\d\\n.*"), "Dutch:\n" + nl.out());
        assertTrue(en.out().startsWith("Sweep: 4 variants; extra ha needed (strict), Netherlands (sum of the regions)\n"), en.out());
        assertTrue(en.out().contains("up to 2050") && en.out().matches("(?s).*\\d,\\d{3}\\.\\d\\n.*"), "English:\n" + en.out());
        assertFalse(en.out().contains("t/m") || en.out().contains("varianten") || en.out().contains("geschreven"), en.out());
        assertTrue(en.out().contains("written: " + dir.resolve("en.csv")), en.out());
        assertTrue(nl.out().contains("geschreven: " + dir.resolve("nl.csv")), nl.out());

        assertEquals(Files.readString(dir.resolve("nl.csv")), Files.readString(dir.resolve("en.csv")),
                "the CSV is machine-readable: the same column names and numbers in both languages");

        try (InputStream in = Files.newInputStream(dir.resolve("nl.xlsx")); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertEquals(List.of("Sweep", "Grafiek", "Scenario"), sheetNames(wb));
            assertEquals(List.of("Variant", "planning_reserve", "economy.method", "Vraag t/m 2030", "Realiseerbaar aanbod t/m 2030",
                    "Saldo t/m 2030", "Extra ha nodig (strikt) t/m 2030", "Extra ha nodig (gesaldeerd) t/m 2030"),
                    cells(wb.getSheet("Sweep").getRow(SweepTable.HEADER)).subList(0, 8));
            assertEquals("Scenariobestand", wb.getSheet("Scenario").getRow(3).getCell(0).getStringCellValue());
        }
        try (InputStream in = Files.newInputStream(dir.resolve("en.xlsx")); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertEquals(List.of("Sweep", "Chart", "Scenario"), sheetNames(wb));
            assertEquals("Extra ha needed per variant up to 2030 (ha)",
                    wb.getSheet("Chart").getDrawingPatriarch().getCharts().get(0).getTitleText().getString());
            XSSFSheet sheet = wb.getSheet("Sweep");
            assertEquals("Sweep of scenario basis: 4 variants", sheet.getRow(0).getCell(0).getStringCellValue());
            assertTrue(sheet.getRow(1).getCell(0).getStringCellValue().startsWith("Netherlands (sum of the regions), net ha"));
            assertEquals(List.of("Variant", "planning_reserve", "economy.method", "Demand up to 2030", "Realisable supply up to 2030",
                    "Balance (saldo) up to 2030", "Extra ha needed (strict) up to 2030", "Extra ha needed (netted) up to 2030"),
                    cells(sheet.getRow(SweepTable.HEADER)).subList(0, 8));
            XSSFSheet about = wb.getSheet("Scenario");
            assertEquals("The varied scenario", about.getRow(0).getCell(0).getStringCellValue());
            assertEquals(List.of("Scenario", "Scenario file", "SHA-256 of the scenario file", "Varied", "Varied",
                    "Number of variants", "Data set", "ruimtevraag version", "Calculation"),
                    java.util.stream.IntStream.rangeClosed(2, 10)
                            .mapToObj(i -> about.getRow(i).getCell(0).getStringCellValue()).toList());
            assertEquals("Sweep of scenario basis", wb.getProperties().getCoreProperties().getTitle());
        }
    }

    @Test
    void theScenariosOutputLanguageIsTheDefault(@TempDir Path dir) throws Exception {
        Path english = dir.resolve("english.yaml");
        Files.writeString(english, "name: english\noutput:\n  language: en\n");
        Result r = cli("sweep", english.toString(), "--vary", "planning_reserve=0%", "--format", "csv",
                "-o", dir.resolve("e.xlsx").toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("Sweep: 1 variant; extra ha needed"), r.out());
        Result nl = cli("sweep", english.toString(), "--vary", "planning_reserve=0%", "--format", "csv", "--lang", "nl",
                "--force", "-o", dir.resolve("e.xlsx").toString());
        assertTrue(nl.out().startsWith("Sweep: 1 variant; extra ha nodig"), nl.out());
        Result bad = cli("sweep", "basis", "--vary", "planning_reserve=0%", "--lang", "fr", "-o", dir.resolve("f.xlsx").toString());
        assertEquals(2, bad.code());
        assertTrue(bad.err().startsWith("fout: onbekende taal 'fr'\n  tip: gebruik nl of en"), bad.err());
        assertFalse(Files.exists(dir.resolve("f.xlsx")));
    }

    @Test
    void theGridIsCapped(@TempDir Path dir) {
        StringBuilder values = new StringBuilder();
        for (int i = 0; i < 317; i++) {
            values.append(i == 0 ? "" : ",").append(i).append("%");
        }
        Result r = cli("sweep", "basis", "--vary", "planning_reserve=" + values,
                "--vary", "circular.extra_share=" + values, "-o", dir.resolve("big.xlsx").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("fout: het raster heeft meer dan 100000 combinaties (317 x 317)"), "Dutch by default: " + r.err());
    }
}
