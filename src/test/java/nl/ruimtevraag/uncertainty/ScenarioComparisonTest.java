package nl.ruimtevraag.uncertainty;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.ruimtevraag.data.DataSetLoader;
import nl.ruimtevraag.model.RegionalData;
import nl.ruimtevraag.model.Scenario;
import nl.ruimtevraag.scenario.ScenarioLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The computation behind {@code compare}: common random numbers under Monte Carlo. */
class ScenarioComparisonTest {
    private static RegionalData data;

    @BeforeAll
    static void loadData() throws Exception {
        data = DataSetLoader.loadEmbedded();
    }

    private static Scenario load(Path file) {
        return new ScenarioLoader(data.codes()).load(file).scenario();
    }

    /** basis and a copy of it with planning reserve 5% instead of 0%. */
    private static List<Scenario> basisAndReserve(Path dir) throws Exception {
        Path copy = dir.resolve("reserve.yaml");
        Files.writeString(copy, "name: basis-reserve\nplanning_reserve: 5%\n");
        return List.of(load(Path.of("scenarios/basis.yaml")), load(copy));
    }

    /**
     * basis against a copy that differs only in a point value (planning reserve 0% -> 5%): with common
     * random numbers every draw of the copy uses the same parameter values, so the per-draw difference
     * varies far less than either scenario's own result.
     */
    @Test
    void commonRandomNumbersMakeTheDifferenceBandNarrow(@TempDir Path dir) throws Exception {
        List<Scenario> scenarios = basisAndReserve(dir);
        Comparison c = ScenarioComparison.compute(scenarios, List.of("scenarios/basis.yaml", "reserve.yaml"), data, null,
                400, 7, 2);
        int total = c.totalRow();
        int last = c.periodEnds().size() - 1;
        double[] a = c.bands().extraStrict()[0][total][last];
        double[] b = c.bands().extraStrict()[1][total][last];
        double[] d = c.bands().differenceToFirst()[1][total][last];
        double bandA = a[2] - a[0];
        double bandB = b[2] - b[0];
        double bandD = d[2] - d[0];
        assertTrue(bandA > 1000 && bandB > 1000, "the scenarios are uncertain: " + bandA + " " + bandB);
        assertTrue(bandD > 0, "the reserve scales an uncertain demand, so the difference varies a little");
        assertTrue(bandD < 0.2 * Math.min(bandA, bandB), "difference band " + bandD + " vs " + bandA + ", " + bandB);
        assertTrue(d[0] > 0, "every draw needs more with a reserve: P10 of the difference " + d[0]);

        // the same draws and percentiles as run --draws: basis's bands are exactly the Monte Carlo runner's
        MonteCarloResult m = MonteCarloRunner.run(scenarios.get(0), data, new MonteCarloSettings(400, 7,
                ScenarioComparison.PERCENTILES, 2), ProgressListener.NONE);
        for (int q = 0; q < 3; q++) {
            double expected = m.nationalPercentile(TotalOutput.EXTRA_HA_STRICT, last, ScenarioComparison.PERCENTILES.get(q));
            assertEquals(expected, a[q], 0.0);
        }
    }

    @Test
    void theBandsDoNotDependOnTheThreadCount(@TempDir Path dir) throws Exception {
        List<Scenario> scenarios = basisAndReserve(dir);
        List<String> files = List.of("scenarios/basis.yaml", "reserve.yaml");
        Comparison.Bands one = ScenarioComparison.compute(scenarios, files, data, new int[] {1, 0}, 200, 3, 1).bands();
        Comparison.Bands three = ScenarioComparison.compute(scenarios, files, data, new int[] {1, 0}, 200, 3, 3).bands();
        assertArrayEquals(one.extraStrict(), three.extraStrict());
        assertArrayEquals(one.differenceToFirst(), three.differenceToFirst());
        assertArrayEquals(one.pairDifference(), three.pairDifference());
    }
}
