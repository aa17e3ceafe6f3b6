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
import nl.ruimtevraag.data.DataSetLoader;
import nl.ruimtevraag.engine.InputResolver;
import nl.ruimtevraag.engine.ParamSource;
import nl.ruimtevraag.engine.Projection;
import nl.ruimtevraag.engine.Projector;
import nl.ruimtevraag.engine.RegionTotal;
import nl.ruimtevraag.model.Period;
import nl.ruimtevraag.model.RegionalData;
import nl.ruimtevraag.model.Scenario;
import nl.ruimtevraag.scenario.ScenarioLoader;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CLI on the example scenario, read back with POI and compared with the engine. */
class RunEndToEndTest {

    @Test
    void basisScenarioGivesAWorkbookWithTheTwelveProvincesAndTheEnginesTotals(@TempDir Path dir) throws Exception {
        Path xlsx = dir.resolve("basis.xlsx");
        Result r = cli("run", "scenarios/basis.yaml", "-o", xlsx.toString(), "--format", "xlsx,csv");
        assertEquals(0, r.code(), r.err());
        // a clean run prints nothing on standard error but its plausibility warnings (the basis has four:
        // the stale DR and UT supply counts, and NB's and LI's grid relief in 2030, the end of a period)
        assertEquals(List.of("region_params.csv:64:1: waarschuwing: NB", "region_params.csv:70:1: waarschuwing: LI",
                "supply.csv:52: waarschuwing: DR", "supply.csv:152: waarschuwing: UT"),
                r.err().lines().map(l -> l.substring(0, l.indexOf(':', l.indexOf("waarschuwing: ") + 14))).toList(), r.err());
        assertTrue(r.out().contains("Noord-Brabant"), r.out());
        assertTrue(Files.exists(dir.resolve("basis.csv")));

        RegionalData data = DataSetLoader.loadEmbedded();
        Scenario s = new ScenarioLoader(data.codes()).load(Path.of("scenarios/basis.yaml")).scenario();
        Projection p = Projector.project(InputResolver.resolve(s, data, ParamSource.central()));

        assertTrue(s.monteCarlo().draws() > 0, "the basis carries Monte Carlo draws");
        assertTrue(r.out().contains("Monte Carlo: " + s.monteCarlo().draws() + " trekkingen"), r.out());
        assertTrue(Files.exists(dir.resolve("basis-banden.csv")));
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            // the warnings of standard error are also rows of the assumptions sheet, with their place
            List<String> warned = new ArrayList<>();
            for (Row row : wb.getSheet("Aannames en bronnen")) {
                Cell c = row.getCell(0);
                if (c != null && c.getCellType() == CellType.STRING && c.getStringCellValue().equals("waarschuwing")) {
                    warned.add(row.getCell(2).getStringCellValue() + " " + row.getCell(7).getStringCellValue());
                }
            }
            assertEquals(List.of("NB region_params.csv:64:1", "LI region_params.csv:70:1", "DR supply.csv:52", "UT supply.csv:152"), warned);
            XSSFSheet sheet = wb.getSheet("Samenvatting");
            // the headline (median and band) leads; the central-value table follows its title
            assertEquals("Extra ha mediaan", sheet.getRow(4).getCell(2).getStringCellValue());
            List<String> codes = new ArrayList<>();
            Row national = null;
            int header = -1;
            boolean central = false;
            for (Row row : sheet) {
                Cell c = row.getCell(0);
                if (c == null || c.getCellType() != CellType.STRING) {
                    continue;
                }
                String v = c.getStringCellValue();
                central |= v.startsWith("Centrale waarden");
                if (!central) {
                    continue;
                }
                if (header < 0 && v.equalsIgnoreCase("Regiocode")) {
                    header = row.getRowNum();
                } else if (header >= 0 && data.codes().contains(v)) {
                    codes.add(v);
                    int ri = p.regionIndex(v);
                    assertRowEquals(row, p, ri);
                } else if (header >= 0 && v.equals("NL")) {
                    national = row;
                    break; // the central table ends with the national row
                }
            }
            assertEquals(data.codes(), codes, "the twelve provinces, in the data set's order");
            assertFalse(national == null, "a national row");
            assertRowEquals(national, p, -1);
            // without --boundaries the map draws the embedded CBS/Kadaster outlines and names their source
            var picture = sheet.getDrawingPatriarch().getShapes().stream()
                    .filter(org.apache.poi.xssf.usermodel.XSSFPicture.class::isInstance).findFirst().orElseThrow();
            String description = ((org.apache.poi.xssf.usermodel.XSSFPicture) picture).getCTPicture().getNvPicPr().getCNvPr().getDescr();
            assertEquals("Extra ha nodig t/m 2050. Bron kaart: CBS, Kadaster 2025 (CC BY 4.0)", description);
        }
    }

    private static void assertRowEquals(Row row, Projection p, int r) {
        List<Period> periods = p.periods();
        for (int i = 0; i < periods.size(); i++) {
            RegionTotal t = r < 0 ? p.nationalTotal(periods.get(i)) : p.regionTotal(r, periods.get(i));
            int c0 = 2 + i * 6; // per period: vraag, aanbod, saldo, extra ha, hard aanbod, extra ha t.o.v. hard aanbod
            assertEquals(t.vraag(), row.getCell(c0).getNumericCellValue(), 1e-9, "vraag");
            assertEquals(t.aanbod(), row.getCell(c0 + 1).getNumericCellValue(), 1e-9, "aanbod");
            assertEquals(t.saldoNetted(), row.getCell(c0 + 2).getNumericCellValue(), 1e-9, "saldo");
            assertEquals(t.extraHaStrict(), row.getCell(c0 + 3).getNumericCellValue(), 1e-9, "extra ha");
        }
    }

    @Test
    void anInvalidScenarioExitsTwoWithItsLocationAndWritesNothing(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, "name: bad\nplanning_reserve: 140%\n");
        Path xlsx = dir.resolve("bad.xlsx");
        Result r = cli("run", bad.toString(), "-o", xlsx.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith(bad + ":2:19: fout:"), r.err());
        assertFalse(Files.exists(xlsx));
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "only the scenario itself: no partial or temporary file");
        }
    }

    @Test
    void usageErrorsExitTwo() {
        Result r = cli("run", "--no-such-option");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--no-such-option"), r.err());
        assertEquals(2, cli("run", "--format", "pdf", "-o", "/tmp/never.xlsx").code());
        assertEquals(2, cli("explain", "--region", "XX", "--werkmilieu", "zwaar").code());
    }

    @Test
    void versionAndHelp() {
        Result v = cli("--version");
        assertEquals(0, v.code());
        assertTrue(v.out().startsWith("ruimtevraag "), v.out());
        Result h = cli("run", "--help");
        assertEquals(0, h.code());
        assertTrue(h.out().contains("--output"), h.out());
    }

    @Test
    void explainAddsTheRegionsWaterfallAndTheHouseStyleAddsACover(@TempDir Path dir) throws Exception {
        Path xlsx = dir.resolve("nb.xlsx");
        Result r = cli("run", "-q", "--explain", "NB", "--client", "Provincie Noord-Brabant", "-o", xlsx.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.out(), "--quiet prints nothing");
        RegionalData data = DataSetLoader.loadEmbedded();
        Scenario s = new ScenarioLoader(data.codes()).loadBuiltIn("basis").scenario();
        Projection p = Projector.project(InputResolver.resolve(s, data, ParamSource.central()));
        int nb = p.regionIndex("NB");
        Period last = p.periods().get(p.periods().size() - 1);
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertEquals("Voorblad", wb.getSheetName(0));
            XSSFSheet sheet = wb.getSheet("Uitleg NB");
            assertFalse(sheet == null, "waterfall sheet");
            // the first block is werkmilieu zwaar: its last step is the extra hectares needed
            for (Row row : sheet) {
                Cell c = row.getCell(0);
                if (c != null && c.getCellType() == CellType.STRING && c.getStringCellValue().startsWith("Extra hectares nodig")) {
                    assertEquals(p.confrontation(nb, 0, last).extraHa(), row.getCell(1 + p.periods().size()).getNumericCellValue(), 1e-9);
                    return;
                }
            }
            throw new AssertionError("no extra-hectares step in the waterfall sheet");
        }
    }

    @Test
    void theConsoleFollowsTheLanguage(@TempDir Path dir) {
        Result en = cli("run", "--draws", "40", "--lang", "en", "--template", "none", "-o", dir.resolve("en.xlsx").toString());
        assertEquals(0, en.code(), en.err());
        assertTrue(en.out().contains("Monte Carlo: 40 draws, seed "), en.out());
        assertTrue(en.out().matches("(?s).*Extra ha P50 +P10–P90.*"), en.out());
        assertTrue(en.out().contains("extra ha P50 (median) and P10–P90: Monte Carlo"), en.out());
        assertTrue(en.out().contains("written: " + dir.resolve("en.xlsx")), en.out());
        for (String dutch : List.of("trekkingen", "onzekere", "strikt", "t/m", "geschreven")) {
            assertFalse(en.out().contains(dutch), "no Dutch '" + dutch + "' in:\n" + en.out());
        }
        Result nl = cli("run", "--draws", "40", "--template", "none", "-o", dir.resolve("nl.xlsx").toString());
        assertEquals(0, nl.code(), nl.err());
        assertTrue(nl.out().contains("Monte Carlo: 40 trekkingen, seed "), nl.out());
        assertTrue(nl.out().matches("(?s).*Extra ha P50 +P10–P90.*"), nl.out());
        assertTrue(nl.out().contains("centrale waarden"), nl.out());
        assertTrue(nl.out().contains("geschreven: " + dir.resolve("nl.xlsx")), nl.out());
    }

    @Test
    void explainOfAnUnknownRegionIsAUsageError(@TempDir Path dir) {
        // checked before the Monte Carlo: with an impossible draw count the --explain error comes first
        Result unknown = cli("run", "--explain", "XX", "--draws", "2000000", "-o", dir.resolve("x.xlsx").toString());
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().contains("--explain XX is geen regio van deze projectie"), unknown.err());
        assertTrue(unknown.err().contains("tip: kies een van GR FR"), unknown.err());
        assertFalse(Files.exists(dir.resolve("x.xlsx")));
        Result template = cli("run", "--template", dir.resolve("missing.xlsx").toString(), "--draws", "2000000",
                "-o", dir.resolve("x.xlsx").toString());
        assertEquals(2, template.code());
        assertTrue(template.err().contains("--template: sjabloon") && template.err().contains("niet gevonden"), "checked before the Monte Carlo: " + template.err());
    }

    @Test
    void monteCarloAddsTheBandsSheetWithOrderedPercentilesAndFanCharts(@TempDir Path dir) throws Exception {
        Path xlsx = dir.resolve("mc.xlsx");
        Result r = cli("run", "-q", "--draws", "200", "--seed", "7", "--template", "none", "-o", xlsx.toString());
        assertEquals(0, r.code(), r.err());
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet sheet = wb.getSheet("Bandbreedte");
            assertFalse(sheet == null, "bands sheet");
            int rows = 0;
            for (Row row : sheet) {
                Cell code = row.getCell(0);
                Cell year = row.getCell(2);
                if (row.getRowNum() <= 4 || code == null || code.getCellType() != CellType.STRING
                        || year == null || year.getCellType() != CellType.NUMERIC) {
                    continue; // not a data row (a title, or the source line under a chart)
                }
                // per output: point, P10, P50, P90
                for (int c0 = 3; c0 <= 11; c0 += 4) {
                    double p10 = row.getCell(c0 + 1).getNumericCellValue();
                    double p50 = row.getCell(c0 + 2).getNumericCellValue();
                    double p90 = row.getCell(c0 + 3).getNumericCellValue();
                    assertTrue(p10 <= p50 && p50 <= p90, "row " + row.getRowNum() + ": " + p10 + " " + p50 + " " + p90);
                }
                rows++;
            }
            assertEquals(13 * 3, rows, "12 provinces and NL, three period ends each");
            // the fan charts go over every year, on the sheet of the per-year bands (the same draws)
            XSSFSheet perYear = wb.getSheet("Bandbreedte per jaar");
            assertFalse(perYear == null, "per-year bands sheet");
            assertEquals(13, perYear.getDrawingPatriarch().getCharts().size(), "a fan chart for NL and each province");
            for (Row row : perYear) {
                Cell year = row.getCell(2);
                if (row.getRowNum() > 4 && year != null && year.getCellType() == CellType.NUMERIC && row.getCell(5) != null
                        && row.getCell(5).getCellType() == CellType.NUMERIC) {
                    double p10 = row.getCell(4).getNumericCellValue();
                    double p50 = row.getCell(5).getNumericCellValue();
                    double p90 = row.getCell(6).getNumericCellValue();
                    assertTrue(p10 <= p50 && p50 <= p90, "per-year row " + row.getRowNum());
                }
            }
        }
    }

    @Test
    void monteCarloAddsPercentileColumnsToTheLongTable(@TempDir Path dir) throws Exception {
        Path xlsx = dir.resolve("mc.xlsx");
        assertEquals(0, cli("run", "-q", "--draws", "100", "--format", "csv", "-o", xlsx.toString()).code());
        List<String> lines = Files.readAllLines(dir.resolve("mc.csv"));
        assertEquals("scenario,region,werkmilieu,period,measure,value,p10,p50,p90", lines.get(0));
        int banded = 0;
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",", -1);
            if (f[4].equals("extra_ha") && !f[6].isEmpty()) {
                double p10 = Double.parseDouble(f[6]);
                double p50 = Double.parseDouble(f[7]);
                double p90 = Double.parseDouble(f[8]);
                assertTrue(p10 <= p50 && p50 <= p90, line);
                banded++;
            }
            if (f[4].equals("uitbreidingsvraag")) {
                assertEquals("", f[6] + f[7] + f[8], "Monte Carlo computes the confrontation only: " + line);
            }
        }
        // 12 regions x (5 werkmilieus + totaal) x 3 periods, plus NL totaal x 3 periods
        assertEquals(12 * 6 * 3 + 3, banded);
    }
}
