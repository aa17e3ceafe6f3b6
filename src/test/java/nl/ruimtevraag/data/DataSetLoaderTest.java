package nl.ruimtevraag.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.ruimtevraag.engine.InputResolver;
import nl.ruimtevraag.model.Figure;
import nl.ruimtevraag.model.Quality;
import nl.ruimtevraag.model.RegionData;
import nl.ruimtevraag.model.RegionalData;
import nl.ruimtevraag.model.Sector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataSetLoaderTest {

    @Test
    void embeddedDataSetHasTheTwelveProvincesWithEveryFigureSourced() throws Exception {
        RegionalData data = DataSetLoader.loadEmbedded();
        assertEquals(List.of("GR", "FR", "DR", "OV", "FL", "GE", "UT", "NH", "ZH", "ZE", "NB", "LI"), data.codes());
        for (RegionData r : data.regions()) {
            for (String p : List.of(InputResolver.CE_INTENSITY, InputResolver.GRID_SHARE, InputResolver.GRID_RELIEF,
                    InputResolver.STIKSTOF_SHARE)) {
                assertTrue(r.param(p).isPresent(), r.code() + " lacks " + p);
            }
            assertTrue(r.stockTotal() > 0, r.code());
            assertTrue(r.uitgifte().value() > 0, r.code());
            for (Figure f : r.jobs().values()) {
                for (String id : f.source().split(";")) {
                    assertTrue(data.sources().containsKey(id), id);
                }
            }
        }
        RegionData nb = data.region("NB").orElseThrow();
        double jobs = 0;
        for (Sector s : Sector.values()) {
            jobs += nb.jobs().get(s).value();
        }
        assertEquals(513_000, jobs, 0.5, "Noord-Brabant jobs on estates (B5, 2021)");
        // an estimate is never presented as reported: every EST- figure is flagged estimated
        for (RegionData r : data.regions()) {
            for (Figure f : r.stock().values()) {
                if (f.source().contains("EST-")) {
                    assertEquals(Quality.ESTIMATED, f.quality(), f.location());
                }
            }
        }
        assertEquals(12, data.version().length());
    }

    @Test
    void aBadNumberIsReportedWithFileLineAndColumn(@TempDir Path dir) throws Exception {
        copyEmbedded(dir);
        Path stock = dir.resolve("stock.csv");
        List<String> lines = Files.readAllLines(stock, StandardCharsets.UTF_8);
        String[] cells = lines.get(3).split(",", -1);
        cells[2] = "12,5".replace(",", ";");
        lines.set(3, String.join(",", cells));
        Files.write(stock, lines, StandardCharsets.UTF_8);

        DataSetException e = assertThrows(DataSetException.class, () -> DataSetLoader.load(dir));
        assertEquals(1, e.problems().size(), e.getMessage());
        assertEquals(stock + ":4:3: error: '12;5' is not a number in column 'hectares'", e.problems().get(0).format().lines().findFirst().orElseThrow());
    }

    @Test
    void negativeHectaresAndUnknownRegionsAreAllReported(@TempDir Path dir) throws Exception {
        copyEmbedded(dir);
        Path supply = dir.resolve("supply.csv");
        List<String> lines = Files.readAllLines(supply, StandardCharsets.UTF_8);
        lines.add("XX,zwaar,direct,5,2025,reported,B2,");
        lines.add("NB,zwaar,direct,-5,2025,reported,B2,");
        lines.add("NB,zwaar,direct,1e308,2025,reported,B2,");
        Files.write(supply, lines, StandardCharsets.UTF_8);
        DataSetException e = assertThrows(DataSetException.class, () -> DataSetLoader.load(dir));
        int n = lines.size();
        assertEquals(3, e.problems().size(), e.getMessage());
        assertEquals((n - 2) + ":1", e.problems().get(0).line() + ":" + e.problems().get(0).column());
        assertTrue(e.problems().get(0).hint().contains("NB"));
        assertEquals((n - 1) + ":4", e.problems().get(1).line() + ":" + e.problems().get(1).column());
        assertEquals(n + ":4", e.problems().get(2).line() + ":" + e.problems().get(2).column());
    }

    @Test
    void emptyAndBinaryFilesGetAClearError(@TempDir Path dir) throws Exception {
        copyEmbedded(dir);
        Files.write(dir.resolve("jobs.csv"), new byte[0]);
        Files.write(dir.resolve("uitgifte.csv"), new byte[] {1, 0, 2, 0, 3});
        DataSetException e = assertThrows(DataSetException.class, () -> DataSetLoader.load(dir));
        assertTrue(e.getMessage().contains("jobs.csv:1:1: error: file is empty"), e.getMessage());
        assertTrue(e.getMessage().contains("uitgifte.csv:1:2: error: file is binary"), e.getMessage());
    }

    @Test
    void aMissingFolderIsAnError(@TempDir Path dir) {
        DataSetException e = assertThrows(DataSetException.class, () -> DataSetLoader.load(dir.resolve("nope")));
        assertTrue(e.getMessage().contains(dir.resolve("nope") + ":1:1: error: folder not found"), e.getMessage());
    }

    static void copyEmbedded(Path dir) throws IOException {
        for (String name : DataSetLoader.FILES) {
            try (InputStream in = DataSetLoader.class.getResourceAsStream(DataSetLoader.EMBEDDED + name)) {
                Files.copy(in, dir.resolve(name));
            }
        }
    }
}
