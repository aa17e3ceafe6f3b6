package nl.ruimtevraag.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.ruimtevraag.data.DataSetException;
import nl.ruimtevraag.data.DataSetLoader;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every file in src/test/resources/scenarios/invalid/ is a scenario with mistakes; the
 * {@code .expected} file beside it holds the exact report (every problem, its place, its hint),
 * with the folder prefix left out. Run with {@code -Dscenario.regenerate=true} to rewrite the
 * expected files after a deliberate change of wording, then review the diff.
 */
class InvalidScenariosTest {
    static final String DIR = "src/test/resources/scenarios/invalid/";
    private static final boolean REGENERATE = Boolean.getBoolean("scenario.regenerate");

    /** against the embedded data set, as validate and run read a scenario: its regions and its stock */
    private final ScenarioLoader loader;

    InvalidScenariosTest() throws DataSetException {
        loader = new ScenarioLoader(DataSetLoader.loadEmbedded());
    }

    static List<Path> cases() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(DIR))) {
            return files.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().collect(Collectors.toList());
        }
    }

    @Test
    void thereAreAtLeastFortyCases() throws IOException {
        assertTrue(cases().size() >= 40, "only " + cases().size() + " invalid scenarios");
    }

    @TestFactory
    Stream<DynamicTest> eachInvalidScenarioReportsExactlyItsProblems() throws IOException {
        return cases().stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            LoadResult result = loader.load(Path.of(DIR + file.getFileName()));
            assertFalse(result.ok(), "should be invalid: " + file);
            String actual = result.report().replace(DIR, "");
            Path expectedFile = file.resolveSibling(file.getFileName().toString().replace(".yaml", ".expected"));
            if (REGENERATE) {
                Files.writeString(expectedFile, actual, StandardCharsets.UTF_8);
            }
            assertTrue(Files.exists(expectedFile), "missing " + expectedFile);
            assertEquals(Files.readString(expectedFile, StandardCharsets.UTF_8), actual, file.toString());
        }));
    }
}
