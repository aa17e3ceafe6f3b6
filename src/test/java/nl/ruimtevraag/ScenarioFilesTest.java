package nl.ruimtevraag;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import nl.ruimtevraag.data.DataSetLoader;
import nl.ruimtevraag.scenario.LoadResult;
import nl.ruimtevraag.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

/** The example scenarios users copy: the basis copy equals the built-in one, and every file validates. */
class ScenarioFilesTest {
    @Test
    void basisYamlEqualsTheBuiltInDefault() throws Exception {
        try (InputStream in = ScenarioFilesTest.class.getResourceAsStream("/nl/ruimtevraag/scenarios/basis.yaml")) {
            assertArrayEquals(in.readAllBytes(), Files.readAllBytes(Path.of("scenarios/basis.yaml")),
                    "scenarios/basis.yaml must be a copy of src/main/resources/nl/ruimtevraag/scenarios/basis.yaml");
        }
    }

    @Test
    void everyExampleScenarioValidatesOnTheEmbeddedData() throws Exception {
        ScenarioLoader loader = new ScenarioLoader(DataSetLoader.loadEmbedded().codes());
        List<Path> files;
        try (Stream<Path> s = Files.walk(Path.of("scenarios"))) {
            files = s.filter(p -> p.toString().endsWith(".yaml") && !p.startsWith(Path.of("scenarios", "bench"))).sorted().toList();
        }
        assertTrue(files.size() >= 6, files.toString());
        for (Path f : files) {
            LoadResult r = loader.load(f);
            assertTrue(r.ok(), f + ":\n" + r.report());
        }
    }

    @Test
    void theLoadersProvinceCodesAreTheEmbeddedDataSets() throws Exception {
        org.junit.jupiter.api.Assertions.assertEquals(DataSetLoader.loadEmbedded().codes(), ScenarioLoader.PROVINCE_CODES);
    }
}
