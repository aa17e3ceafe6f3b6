package nl.ruimtevraag.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.ruimtevraag.cli.CommandHarness.Run;
import nl.ruimtevraag.scenario.LoadResult;
import nl.ruimtevraag.scenario.ScenarioInit;
import nl.ruimtevraag.scenario.ScenarioLoader;
import nl.ruimtevraag.scenario.ScenarioSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioCommandsTest {
    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    // ---------------------------------------------------------------- validate

    @Test
    void validatePrintsOkPerValidFileAndExitsZero() throws IOException {
        Path a = write("a.yaml", "name: a\nplanning_reserve: 10%\n");
        Path b = write("b.yaml", "name: b\n");
        Run run = CommandHarness.run(new ValidateCommand(), a.toString(), b.toString());
        assertEquals(0, run.exitCode());
        assertEquals("OK " + a + "\nOK " + b + "\n", run.out());
        assertEquals("", run.err());
    }

    @Test
    void validateReportsEveryErrorOfEveryFileAndExitsTwo() throws IOException {
        Path good = write("good.yaml", "name: good\n");
        Path bad = write("bad.yaml", "name: bad\nplanning_reserve: 15\ncircular: {ramp: curve}\n");
        Path missing = dir.resolve("missing.yaml");
        Run run = CommandHarness.run(new ValidateCommand(), bad.toString(), good.toString(), missing.toString());
        assertEquals(ValidateCommand.INVALID, run.exitCode());
        assertEquals("OK " + good + "\n", run.out());
        assertEquals(bad + ":2:19: fout: `planning_reserve` moet tussen 0 en 1 (0% en 100%) liggen, gevonden: 15\n"
                + "  tip: schrijf 15% voor 15 procent\n"
                + bad + ":3:18: fout: `circular.ramp` moet een van linear, s-curve zijn; gevonden: `curve`\n"
                + "  tip: bedoelde je `s-curve`?\n"
                + missing + ":1:1: fout: bestand niet gevonden: " + missing + "\n"
                + "  tip: controleer het pad; het is ten opzichte van de huidige map\n", run.err());
    }

    @Test
    void validateUsesTheRegionCodesItIsGiven() throws IOException {
        Path file = write("r.yaml", "regions: [C01]\n");
        assertEquals(0, CommandHarness.run(new ValidateCommand(List.of("C01", "C02")), file.toString()).exitCode());
        assertEquals(2, CommandHarness.run(new ValidateCommand(), file.toString()).exitCode());
    }

    @Test
    void validateAndRunRefuseTransformationBeyondTheDataSetsStock() throws IOException {
        Path file = write("t.yaml", "transformation:\n  - {region: NH, werkmilieu: gemengd, hectares: 6000, years: 2027}\n");
        String expected = file + ":2:49: fout: transformatie van NH gemengd komt op 6000 ha, meer dan de voorraad van 3388 ha"
                + " in het basisjaar volgens de dataset\n";
        Run validate = CommandHarness.run(new ValidateCommand(), file.toString());
        assertEquals(ValidateCommand.INVALID, validate.exitCode());
        assertTrue(validate.err().startsWith(expected), validate.err());
        CommandHarness.Result run = CommandHarness.cli("run", file.toString(), "-o", dir.resolve("t.xlsx").toString());
        assertEquals(ExitCodes.INVALID, run.code());
        assertTrue(run.err().contains(expected), run.err());
    }

    @Test
    void validateNeedsAtLeastOneFile() {
        Run run = CommandHarness.run(new ValidateCommand());
        assertEquals(2, run.exitCode(), "picocli's usage error");
        assertTrue(run.err().contains("Missing required parameter"), run.err());
    }

    // ---------------------------------------------------------------- init

    @Test
    void initWritesTheTemplateWithTheNameAndTheFileValidates() throws IOException {
        Path folder = dir.resolve("scenarios");
        Run run = CommandHarness.run(new InitCommand(), "hoog-2040", "--dir", folder.toString());
        assertEquals(0, run.exitCode(), run.err());
        Path file = folder.resolve("hoog-2040.yaml");
        assertTrue(run.out().startsWith("geschreven: " + file + " uit het sjabloon\n"), run.out());
        String text = Files.readString(file);
        assertTrue(text.contains("\nname: hoog-2040\n"), text);
        assertEquals(ScenarioInit.template().replace("\nname: NAME\n", "\nname: hoog-2040\n"), text);
        LoadResult loaded = new ScenarioLoader().load(file);
        assertTrue(loaded.ok(), loaded.report());
        assertEquals("hoog-2040", loaded.scenario().name());
    }

    @Test
    void initNeverOverwrites() throws IOException {
        Path folder = dir.resolve("scenarios");
        Path existing = write("scenarios/mine.yaml", "name: mine\nplanning_reserve: 20%\n");
        Run run = CommandHarness.run(new InitCommand(), "mine", "--dir", folder.toString());
        assertEquals(InitCommand.FAILED, run.exitCode());
        assertEquals("fout: " + existing + " bestaat al; init overschrijft nooit een bestand\n"
                + "  tip: kies een andere NAME, of verwijder eerst het bestand\n", run.err());
        Run english = CommandHarness.run(new InitCommand(), "mine", "--dir", folder.toString(), "--lang", "en");
        assertEquals("error: " + existing + " already exists; init never overwrites a file\n"
                + "  hint: choose another NAME, or remove the file first\n", english.err());
        assertEquals("name: mine\nplanning_reserve: 20%\n", Files.readString(existing));
        assertEquals(InitCommand.FAILED, CommandHarness.run(new InitCommand(), "mine", "--from", "basis", "--dir",
                folder.toString()).exitCode());
        assertEquals("name: mine\nplanning_reserve: 20%\n", Files.readString(existing));
    }

    /** --dir through a file: one message naming it, nothing written (was "already exists"). */
    @Test
    void initRefusesAFileAsItsFolder() throws IOException {
        Path file = write("notes.txt", "mine\n");
        Run run = CommandHarness.run(new InitCommand(), "nieuw", "--dir", file.toString());
        assertEquals(InitCommand.FAILED, run.exitCode());
        assertEquals("fout: " + file.resolve("nieuw.yaml") + " kan niet geschreven worden: " + file + " is een bestand, geen map\n"
                + "  tip: geef een map met --dir\n", run.err());
        Run english = CommandHarness.run(new InitCommand(), "nieuw", "--dir", file.toString(), "--lang", "en");
        assertEquals("error: cannot write " + file.resolve("nieuw.yaml") + ": " + file + " is a file, not a folder\n"
                + "  hint: give a folder with --dir\n", english.err());
        assertEquals("mine\n", Files.readString(file));
    }

    @Test
    void initRefusesUnsafeNames() {
        for (String name : List.of("../escape", "a/b", ".hidden", "con", "x.yaml", "name with space", "a".repeat(65))) {
            Run run = CommandHarness.run(new InitCommand(), name, "--dir", dir.toString());
            assertEquals(InitCommand.BAD_NAME, run.exitCode(), name);
            assertTrue(run.err().startsWith("fout: "), run.err());
        }
        assertEquals(2, CommandHarness.run(new InitCommand(), "-dash", "--dir", dir.toString()).exitCode(), "an option to picocli");
        assertEquals(List.of(), List.of(dir.toFile().list()), "nothing written");
    }

    @Test
    void initFromBasisCopiesItWithTheNewName() throws IOException {
        Run run = CommandHarness.run(new InitCommand(), "2030", "--from", "basis", "--dir", dir.toString());
        assertEquals(0, run.exitCode(), run.err());
        String text = Files.readString(dir.resolve("2030.yaml"));
        assertTrue(text.contains("\nname: \"2030\"\n"), "a numeric name is quoted so it stays text");
        assertEquals(ScenarioLoader.builtInText("basis").replace("\nname: basis\n", "\nname: \"2030\"\n"), text);
        LoadResult loaded = new ScenarioLoader().load(dir.resolve("2030.yaml"));
        assertTrue(loaded.ok(), loaded.report());
        assertEquals("2030", loaded.scenario().name());
    }

    @Test
    void initFromAFileKeepsItsRelativeExtendsPointingAtTheSameBase() throws IOException {
        write("lib/base.yaml", "name: base\nplanning_reserve: 12%\n");
        Path source = write("work/source.yaml", "# my scenario\nextends: ../lib/base.yaml\nmonte_carlo: {draws: 100}\n");
        Path folder = dir.resolve("scenarios/nested");
        Run run = CommandHarness.run(new InitCommand(), "kopie", "--from", source.toString(), "--dir", folder.toString());
        assertEquals(0, run.exitCode(), run.err());
        Path copy = folder.resolve("kopie.yaml");
        assertEquals("# my scenario\nname: kopie\nextends: ../../lib/base.yaml\nmonte_carlo: {draws: 100}\n", Files.readString(copy));
        LoadResult loaded = new ScenarioLoader().load(copy);
        assertTrue(loaded.ok(), loaded.report());
        assertEquals(0.12, loaded.scenario().planningReserve().central(), 1e-12);
    }

    @Test
    void initFromAMissingScenarioFails() {
        Run run = CommandHarness.run(new InitCommand(), "x", "--from", dir.resolve("nope.yaml").toString(), "--dir", dir.toString());
        assertEquals(InitCommand.FAILED, run.exitCode());
        assertTrue(run.err().contains("not a built-in scenario (basis) and not a file"), run.err());
        assertFalse(Files.exists(dir.resolve("x.yaml")));
    }

    // ---------------------------------------------------------------- schema

    @Test
    void schemaPrintsTheJsonSchema() throws IOException {
        Run run = CommandHarness.run(new SchemaCommand());
        assertEquals(0, run.exitCode());
        assertEquals(ScenarioSchema.json(), run.out());
        JsonNode schema = new ObjectMapper().readTree(run.out());
        assertEquals("https://json-schema.org/draft/2020-12/schema", schema.get("$schema").asText());
        assertTrue(schema.get("properties").has("circular"));
    }
}
