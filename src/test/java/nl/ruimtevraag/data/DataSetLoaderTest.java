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
import nl.ruimtevraag.model.SupplyItem;
import nl.ruimtevraag.model.SupplyKind;
import nl.ruimtevraag.model.Werkmilieu;
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
    void embeddedSupplyIsBroughtToTheEndOfTheBaseYearWithTheDeductionVisible() throws Exception {
        RegionalData data = DataSetLoader.loadEmbedded();
        for (RegionData r : data.regions()) {
            for (SupplyItem item : r.supply()) {
                assertEquals(item.figureHectares() - item.deductedHectares(), item.hectares().value(), 0.11, item.hectares().location());
                assertTrue(item.figureYear() >= 2000 && item.figureYear() <= 2025, item.hectares().location());
            }
        }
        // NB: 625 ha hard at 1-1-2022 (B2) less 4 years (2022-2025) of 144.3 ha uitgifte
        double[] nb = hardAndDirect(data.region("NB").orElseThrow(), 2022);
        assertEquals(625, nb[0], 0.5);
        assertEquals(4 * 144.3, nb[1], 0.5);
        assertEquals(625 - 4 * 144.3, nb[2], 0.5);
        // UT: 124 ha in 2019 (U2) less 7 x 39.2 ha: more than the figure, so clamped at 0
        double[] ut = hardAndDirect(data.region("UT").orElseThrow(), 2019);
        assertEquals(124, ut[0], 0.5);
        assertEquals(124, ut[1], 0.5, "the deduction is clamped at the figure");
        assertEquals(0, ut[2], 1e-9);
        // DR: 485 ha at 1-1-2015 (D2) less 11 x 27.8 ha
        double[] dr = hardAndDirect(data.region("DR").orElseThrow(), 2015);
        assertEquals(485 - 11 * 27.8, dr[2], 0.5);
        // NB's supply follows its 2021 uitgifte: 69 of 165 ha logistics (B4)
        double all = 0;
        double logistics = 0;
        for (SupplyItem item : data.region("NB").orElseThrow().supply()) {
            all += item.hectares().value();
            logistics += item.werkmilieu() == Werkmilieu.LOGISTIEK ? item.hectares().value() : 0;
        }
        assertEquals(69.0 / 165, logistics / all, 0.002);
    }

    /** figure, deducted and remaining ha of a region's direct and hard rows counted in {@code year} */
    private static double[] hardAndDirect(RegionData r, int year) {
        double[] sum = new double[3];
        for (SupplyItem item : r.supply()) {
            if (item.kind() != SupplyKind.ZACHT) {
                assertEquals(year, item.figureYear(), item.hectares().location());
                sum[0] += item.figureHectares();
                sum[1] += item.deductedHectares();
                sum[2] += item.hectares().value();
            }
        }
        return sum;
    }

    @Test
    void seaportEstatesAreAnOptionalLayer(@TempDir Path dir) throws Exception {
        RegionalData embedded = DataSetLoader.loadEmbedded();
        assertEquals(List.of("GR", "NH", "ZH", "ZE", "NB"), List.copyOf(embedded.seaports().keySet()));
        assertEquals(1903, embedded.seaports().get("GR").value(), 0);
        copyEmbedded(dir);
        assertTrue(DataSetLoader.load(dir).seaports().isEmpty(), "a folder without seaports.csv has no layer");
        Files.writeString(dir.resolve(DataSetLoader.SEAPORTS), "region_id,hectares,year,quality,src,note\nGR,100,2014,reported,BCI1,\nGR,5,2014,reported,BCI1,\n");
        DataSetException e = assertThrows(DataSetException.class, () -> DataSetLoader.load(dir));
        assertEquals(dir.resolve(DataSetLoader.SEAPORTS) + ":3:1: error: duplicate seaport row for GR",
                e.problems().get(0).format(java.util.Locale.ENGLISH).lines().findFirst().orElseThrow());
        Files.writeString(dir.resolve(DataSetLoader.SEAPORTS), "region_id,hectares,year,quality,src,note\nGR,100,2014,reported,BCI1,\n");
        RegionalData withLayer = DataSetLoader.load(dir);
        assertEquals(100, withLayer.seaports().get("GR").value(), 0);
    }

    @Test
    void aBadFigureYearIsReportedWithItsPlace(@TempDir Path dir) throws Exception {
        copyEmbedded(dir);
        Path supply = dir.resolve("supply.csv");
        List<String> lines = Files.readAllLines(supply, StandardCharsets.UTF_8);
        lines.add("NB,zwaar,direct,5,2025,reported,B2,,20x2,5,0");
        Files.write(supply, lines, StandardCharsets.UTF_8);
        DataSetException e = assertThrows(DataSetException.class, () -> DataSetLoader.load(dir));
        assertEquals(supply + ":" + lines.size() + ":9: error: '20x2' is not a year in column 'figure_year'",
                e.problems().get(0).format(java.util.Locale.ENGLISH).lines().findFirst().orElseThrow());
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
        assertEquals(stock + ":4:3: error: '12;5' is not a number in column 'hectares'", e.problems().get(0).format(java.util.Locale.ENGLISH).lines().findFirst().orElseThrow());
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
        assertTrue(e.problems().get(0).hint().en().contains("NB"));
        assertEquals((n - 1) + ":4", e.problems().get(1).line() + ":" + e.problems().get(1).column());
        assertEquals(n + ":4", e.problems().get(2).line() + ":" + e.problems().get(2).column());
    }

    @Test
    void emptyAndBinaryFilesGetAClearError(@TempDir Path dir) throws Exception {
        copyEmbedded(dir);
        Files.write(dir.resolve("jobs.csv"), new byte[0]);
        Files.write(dir.resolve("uitgifte.csv"), new byte[] {1, 0, 2, 0, 3});
        DataSetException e = assertThrows(DataSetException.class, () -> DataSetLoader.load(dir));
        assertTrue(e.report(java.util.Locale.ENGLISH).contains("jobs.csv:1:1: error: file is empty"), e.getMessage());
        assertTrue(e.report(java.util.Locale.ENGLISH).contains("uitgifte.csv:1:2: error: file is binary"), e.getMessage());
    }

    @Test
    void aMissingFolderIsAnError(@TempDir Path dir) {
        DataSetException e = assertThrows(DataSetException.class, () -> DataSetLoader.load(dir.resolve("nope")));
        assertTrue(e.report(java.util.Locale.ENGLISH).contains(dir.resolve("nope") + ":1:1: error: folder not found"), e.getMessage());
    }

    static void copyEmbedded(Path dir) throws IOException {
        for (String name : DataSetLoader.FILES) {
            try (InputStream in = DataSetLoader.class.getResourceAsStream(DataSetLoader.EMBEDDED + name)) {
                Files.copy(in, dir.resolve(name));
            }
        }
    }
}
