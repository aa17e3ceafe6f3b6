package nl.ruimtevraag.cli;

import static nl.ruimtevraag.cli.CommandHarness.cli;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.ruimtevraag.cli.CommandHarness.Result;
import nl.ruimtevraag.data.DataSetLoader;
import nl.ruimtevraag.engine.Explainer;
import nl.ruimtevraag.engine.Explanation;
import nl.ruimtevraag.engine.InputResolver;
import nl.ruimtevraag.engine.ParamSource;
import nl.ruimtevraag.engine.Projection;
import nl.ruimtevraag.engine.Projector;
import nl.ruimtevraag.model.RegionalData;
import nl.ruimtevraag.model.Scenario;
import nl.ruimtevraag.model.Werkmilieu;
import nl.ruimtevraag.scenario.ScenarioLoader;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * --lang en leaves no Dutch word of ruimtevraag's own (labels, step names, formulas, input names,
 * distributions) in the workbook or the explain output; text from the scenario or the data set
 * (descriptions, sources, notes) and codes stay as they are. Dutch stays byte for byte as it was.
 */
class LanguageTest {
    static final Pattern DUTCH = Pattern.compile("(?iu)(?<![\\p{L}_])(" + String.join("|", List.of(
            "driehoek", "normaal", "groei", "banen", "ingebouwd", "werkgelegenheidsmethode", "trendmethode", "gebruikt",
            "gemiddelde", "door", "voor", "voorraad", "aandeel", "opgeteld", "vanaf", "jaar", "jaren", "beschikbaar",
            "tegengehouden", "gerealiseerd", "niet", "vraag", "aanbod", "nodig", "deel", "opbouw", "genormaliseerd",
            "vertraging", "realisatiekans", "vergunningskans", "ruimtewinst", "teruggave", "trendfactor", "onttrekking",
            "ontlastingsjaar", "netintensiteit", "planreserve", "realiseerbaar", "harde", "zachte", "intensivering",
            "formule", "periode", "bedragen", "vergelijking", "t/m")) + ")(?![\\p{L}_])");

    @Test
    void theEnglishWorkbookHasNoDutchLabels(@TempDir Path dir) throws Exception {
        Path xlsx = dir.resolve("en.xlsx");
        Result r = cli("run", "-q", "--draws", "40", "--tornado", "--explain", "NB", "--lang", "en", "--template", "none",
                "-o", xlsx.toString());
        assertEquals(0, r.code(), r.err());
        List<String> found = new ArrayList<>();
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertTrue(wb.getSheet("Explained NB") != null && wb.getSheet("Sensitivity") != null);
            for (Sheet sheet : wb) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (cell.getCellType() == CellType.STRING && ownText(sheet.getSheetName(), row, cell.getColumnIndex())) {
                            dutch(sheet.getSheetName() + "!" + cell.getAddress(), cell.getStringCellValue(), found);
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), found);
    }

    /** With the built-in template, an English workbook's cover is English too. */
    @Test
    void theBuiltInCoverIsEnglishInAnEnglishWorkbook(@TempDir Path dir) throws Exception {
        Path xlsx = dir.resolve("en.xlsx");
        Result r = cli("run", "-q", "--draws", "0", "--lang", "en", "-o", xlsx.toString());
        assertEquals(0, r.code(), r.err());
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertEquals("Cover", wb.getSheetName(0));
            List<String> found = new ArrayList<>();
            for (Row row : wb.getSheetAt(0)) {
                for (Cell cell : row) {
                    // the scenario's name and description are the scenario's own text
                    if (cell.getCellType() == CellType.STRING && !cell.getStringCellValue().startsWith("basis: ")) {
                        dutch("Cover!" + cell.getAddress(), cell.getStringCellValue(), found);
                        assertTrue(!cell.getStringCellValue().matches("(?s).*(Opdrachtgever|Datum|Gemaakt met|Deze werkmap).*"),
                                cell.getStringCellValue());
                    }
                }
            }
            assertEquals(List.of(), found);
        }
    }

    /** Cells that hold ruimtevraag's own words, not the scenario's or the data set's. */
    private static boolean ownText(String sheet, Row row, int column) {
        return switch (sheet) {
            case "Sources" -> false; // the data set's list of publications
            case "Assumptions and sources" -> column < 3 || column == 3 && !"provenance".equals(text(row.getCell(0)));
            case "Explained NB" -> column < 2; // sources from column 2 on
            case "Inputs" -> column != 2; // the workbook names (planreserve, zacht_realisatie): identifiers in every language
            default -> true;
        };
    }

    @Test
    void theEnglishExplainHasNoDutch() throws Exception {
        Result r = cli("explain", "--region", "NB", "--werkmilieu", "logistiek", "--lang", "en");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("Noord-Brabant (NB), estate type logistics, period 2040-2050 — scenario basis"), r.out());
        assertTrue(r.out().contains("triangular(0.02165; 0.02706; 0.03383)"), r.out());
        assertTrue(r.out().contains("  = Extra hectares needed up to 2050"), r.out());
        String text = r.out();
        for (Explanation.Step step : basisExplanation().steps()) {
            for (Explanation.Input in : step.inputs()) {
                text = text.replace(in.source(), ""); // the scenario's and the data set's words
            }
        }
        List<String> found = new ArrayList<>();
        text.lines().forEach(line -> dutch("explain", line, found));
        assertEquals(List.of(), found);
    }

    @Test
    void theDutchExplainIsUnchanged() throws Exception {
        // the output of the build before the engine lost its Dutch (regenerate only when the method or data change on purpose:
        // java -jar target/ruimtevraag.jar explain --region NB --werkmilieu logistiek --period 2030-2040)
        String expected;
        try (InputStream in = Objects.requireNonNull(getClass().getResourceAsStream("explain-nb-logistiek-2030-2040.txt"))) {
            expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Result r = cli("explain", "--region", "NB", "--werkmilieu", "logistiek", "--period", "2030-2040");
        assertEquals(0, r.code(), r.err());
        assertEquals(expected, r.out().replace(System.lineSeparator(), "\n"));
        assertEquals(r.out(), cli("explain", "--region", "NB", "--werkmilieu", "logistiek", "--period", "2030-2040", "--lang", "nl").out());
    }

    @Test
    void theDutchWaterfallSheetKeepsItsWords(@TempDir Path dir) throws Exception {
        Path xlsx = dir.resolve("nl.xlsx");
        assertEquals(0, cli("run", "-q", "--explain", "NB", "--template", "none", "-o", xlsx.toString()).code());
        List<String> texts = new ArrayList<>();
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            for (Row row : wb.getSheet("Uitleg NB")) {
                texts.add(text(row.getCell(0)) + " | " + text(row.getCell(1)));
            }
        }
        for (String expected : List.of("Uitbreidingsvraag, werkgelegenheidsmethode | Σ_t Σ_k [max(ΔL,0) − ρ·max(−ΔL,0)] · m(k,w);  L = E·TQ(r,k)·(1+τ)^(t−t0), E(t) = E(t−1)·(1+g)",
                "groei alle sectoren 2026-2030 (per jaar) | driehoek(0,006; 0,008; 0,01)", "Vraag | (U + V + C) · (1 + f_res), opgeteld vanaf 2026",
                "Tegengehouden door water | uit (constraints.water.enabled: false)", "Extra hectares nodig | max(0, −saldo)")) {
            assertTrue(texts.contains(expected), expected + " in " + texts);
        }
    }

    private static Explanation basisExplanation() throws Exception {
        RegionalData data = DataSetLoader.loadEmbedded();
        Scenario s = new ScenarioLoader(data.codes()).loadBuiltIn("basis").scenario();
        Projection p = Projector.project(InputResolver.resolve(s, data, ParamSource.central()));
        return Explainer.explain(s, data, p, "NB", Werkmilieu.LOGISTIEK, p.periods().get(p.periods().size() - 1));
    }

    private static void dutch(String where, String text, List<String> found) {
        Matcher m = DUTCH.matcher(text);
        if (m.find()) {
            found.add(where + ": '" + m.group(1).toLowerCase(Locale.ROOT) + "' in " + text);
        }
    }

    private static String text(Cell cell) {
        return cell != null && cell.getCellType() == CellType.STRING ? cell.getStringCellValue() : "";
    }
}
