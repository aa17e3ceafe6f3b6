package nl.ruimtevraag.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import javax.imageio.ImageIO;
import nl.ruimtevraag.data.BoundariesLoader;
import nl.ruimtevraag.data.DataSetException;
import nl.ruimtevraag.data.DataSetLoader;
import nl.ruimtevraag.model.RegionShapes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The map with real outlines: the embedded 2025 CBS/Kadaster provinces, COROP areas and
 * municipalities by default, or a GeoJSON file ({@code --boundaries}), coloured by extra hectares.
 */
class BoundaryMapTest {
    private static final List<String> PROVINCES = List.of("GR", "FR", "DR", "OV", "FL", "GE", "UT", "NH", "ZH", "ZE", "NB", "LI");
    /** Two squares side by side in longitude/latitude: A on the west, B on the east. */
    static final String GEOJSON = """
            {"type": "FeatureCollection", "features": [
              {"type": "Feature", "properties": {"region_id": "A"},
               "geometry": {"type": "Polygon", "coordinates": [[[4.0, 52.0], [5.0, 52.0], [5.0, 53.0], [4.0, 53.0], [4.0, 52.0]]]}},
              {"type": "Feature", "properties": {"region_id": "B"},
               "geometry": {"type": "MultiPolygon", "coordinates": [[[[5.0, 52.0], [6.0, 52.0], [6.0, 53.0], [5.0, 53.0], [5.0, 52.0]]]]}},
              {"type": "Feature", "properties": {"region_id": "ELSEWHERE"},
               "geometry": {"type": "Point", "coordinates": [0, 0]}}
            ]}""";

    @Test
    void outlinesAreFilledWithTheClassColourOfTheirExtraHectares(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("regions.geojson");
        Files.writeString(file, GEOJSON);
        RegionShapes shapes = BoundariesLoader.load(file, null, List.of("A", "B"));
        assertTrue(shapes.geographic());
        assertEquals(List.of("A", "B"), List.copyOf(shapes.rings().keySet()));

        List<MapPicture.Region> regions = List.of(new MapPicture.Region("A", "Regio A", 0),
                new MapPicture.Region("B", "Regio B", 400));
        byte[] png = MapPicture.png("kaart", regions, Language.NL, shapes);
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(png));
        double step = MapPicture.niceStep(400 / 4.0);
        // sample a quarter of the way down each square, away from the labels in the middle
        int quarterY = 50 + (int) ((img.getHeight() - 50 - 5 * 22 - 36) * 0.2);
        assertEquals(MapPicture.colour(0, step).getRGB(), img.getRGB(img.getWidth() / 4, quarterY), "A: no shortage");
        assertEquals(MapPicture.colour(400, step).getRGB(), img.getRGB(img.getWidth() * 3 / 4, quarterY), "B: top class");
    }

    @Test
    void aFileWithoutTheDataSetsRegionsIsAnError(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("other.geojson");
        Files.writeString(file, GEOJSON);
        DataSetException e = assertThrows(DataSetException.class, () -> BoundariesLoader.load(file, null, List.of("NB")));
        assertTrue(e.getMessage().contains("no feature names a region of the data set"), e.getMessage());
        Files.writeString(file, "{\"type\": \"FeatureCollection\", \"features\": [}");
        e = assertThrows(DataSetException.class, () -> BoundariesLoader.load(file, null, List.of("NB")));
        assertTrue(e.getMessage().startsWith(file + ":1:"), e.getMessage());
    }

    /** Regions of the given codes with values 0, 100, 200, ... in order. */
    private static List<MapPicture.Region> regions(List<String> codes) {
        return IntStream.range(0, codes.size()).mapToObj(i -> new MapPicture.Region(codes.get(i), codes.get(i), 100.0 * i)).toList();
    }

    @Test
    void theBasisMapDrawsTheTwelveProvincesInTheirClassColours() throws Exception {
        List<String> codes = DataSetLoader.loadEmbedded().codes();
        assertEquals(PROVINCES, codes);
        RegionShapes shapes = BoundariesLoader.embedded(codes);
        assertNotNull(shapes, "the embedded data set's provinces have embedded outlines");
        assertEquals(BoundariesLoader.ATTRIBUTION, shapes.attribution());
        assertFalse(shapes.geographic(), "RD New metres");
        List<MapPicture.Region> regions = regions(codes);
        MapPicture.Layout layout = MapPicture.layout(regions, shapes);
        assertEquals(codes, layout.shapes().stream().map(MapPicture.Drawn::code).toList(), "12 provinces and no neighbours");
        assertTrue(layout.regions().size() == 12 && layout.shapes().size() == 12);

        BufferedImage img = ImageIO.read(new ByteArrayInputStream(MapPicture.png("kaart", regions, Language.NL, shapes)));
        for (MapPicture.Drawn d : layout.regions()) {
            // some point well inside the province, away from its label, has exactly its class colour
            int expected = MapPicture.colour(d.value(), layout.step()).getRGB();
            boolean found = false;
            for (double[] p : MapPicture.labelPoints(d.path(), d.path().getBounds2D())) {
                if (p[2] > 3 && img.getRGB((int) p[0], (int) p[1]) == expected) {
                    found = true;
                    break;
                }
            }
            assertTrue(found, d.code() + " is filled with its class colour");
        }
        // the frame holds the country: the provinces span most of its width and height
        java.awt.geom.Rectangle2D all = union(layout.regions());
        assertTrue(all.getHeight() / layout.frame().getHeight() > 0.9, "height " + all + " in " + layout.frame());
    }

    @Test
    void aRunOverOneOrTwoProvincesZoomsToThemWithTheirNeighboursInGrey() throws Exception {
        RegionShapes shapes = BoundariesLoader.embedded(PROVINCES);
        for (List<String> run : List.of(List.of("ZH"), List.of("NB", "GE"), List.of("GR"))) {
            MapPicture.Layout layout = MapPicture.layout(regions(run), shapes);
            assertEquals(run, layout.regions().stream().map(MapPicture.Drawn::code).toList());
            java.awt.geom.Rectangle2D drawn = union(layout.regions());
            double fill = Math.max(drawn.getWidth() / layout.frame().getWidth(), drawn.getHeight() / layout.frame().getHeight());
            assertTrue(fill > 0.85, run + ": the regions fill " + fill + " of the frame");
            assertTrue(layout.frame().contains(drawn), run + " lies inside the frame");
            List<String> neighbours = layout.shapes().stream().filter(d -> !d.region()).map(MapPicture.Drawn::code).toList();
            assertFalse(neighbours.isEmpty(), run + " has neighbours");
            assertTrue(neighbours.stream().noneMatch(run::contains));
        }
        MapPicture.Layout zh = MapPicture.layout(regions(List.of("ZH")), shapes);
        List<String> around = zh.shapes().stream().filter(d -> !d.region()).map(MapPicture.Drawn::code).toList();
        assertTrue(around.containsAll(List.of("NH", "UT", "NB", "ZE")), around.toString());
        assertFalse(around.contains("GR"), "Groningen is far outside a map of Zuid-Holland");

        // the neighbours are grey: Utrecht, east of Zuid-Holland, shows in the neighbour grey
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(MapPicture.png("kaart", regions(List.of("ZH")), Language.NL, shapes)));
        MapPicture.Drawn ut = zh.shapes().stream().filter(d -> d.code().equals("UT")).findFirst().orElseThrow();
        java.awt.geom.Rectangle2D visible = ut.path().getBounds2D().createIntersection(zh.frame());
        int grey = 0;
        for (double[] p : MapPicture.labelPoints(ut.path(), visible)) {
            if (zh.frame().contains(p[0], p[1]) && img.getRGB((int) p[0], (int) p[1]) == 0xFFECECEC) {
                grey++;
            }
        }
        assertTrue(grey > 10, "grey pixels in Utrecht: " + grey);
    }

    @Test
    void corOPAndMunicipalityCodesGetTheirOutlinesAndOtherCodesTheSchematicMap() {
        RegionShapes corop = BoundariesLoader.embedded(List.of("CR01", "CR02", "CR40"));
        assertEquals(40, corop.rings().size());
        assertTrue(corop.file().endsWith("corop-2025.geojson"), corop.file());
        RegionShapes gemeenten = BoundariesLoader.embedded(List.of("GM0014", "GM0034", "GM0363"));
        assertEquals(342, gemeenten.rings().size());
        assertTrue(gemeenten.file().endsWith("gemeenten-2025.geojson"), gemeenten.file());
        RegionShapes statcodes = BoundariesLoader.embedded(List.of("PV20", "PV30"));
        assertEquals(List.of("PV20", "PV30"), statcodes.rings().keySet().stream().filter(k -> k.startsWith("PV")).toList());
        // data synth numbers its regions GM0001..GM0342; fewer than half are CBS municipality codes
        List<String> synthetic = IntStream.rangeClosed(1, 342).mapToObj(i -> String.format(Locale.ROOT, "GM%04d", i)).toList();
        assertNull(BoundariesLoader.embedded(synthetic));
        assertNull(BoundariesLoader.embedded(List.of("A", "B")));
        assertNull(BoundariesLoader.embedded(List.of("GM9999")));
    }

    @Test
    void aCbsFileKeyedByProvinceStatcodesIsAccepted(@TempDir Path dir) throws Exception {
        // as PDOK/CBS publish them: statcode PV30, statnaam, no project code
        Path file = dir.resolve("cbs.geojson");
        Files.writeString(file, """
                {"type": "FeatureCollection", "features": [
                  {"type": "Feature", "properties": {"statcode": "PV30", "statnaam": "Noord-Brabant"},
                   "geometry": {"type": "Polygon", "coordinates": [[[0, 0], [10, 0], [10, 10], [0, 10], [0, 0]]]}},
                  {"type": "Feature", "properties": {"statcode": "PV31", "statnaam": "Limburg"},
                   "geometry": {"type": "Polygon", "coordinates": [[[10, 0], [20, 0], [20, 10], [10, 10], [10, 0]]]}}
                ]}""");
        for (String key : Arrays.asList(null, "statcode")) {
            RegionShapes shapes = BoundariesLoader.load(file, key, PROVINCES);
            assertEquals(List.of("NB", "LI"), List.copyOf(shapes.rings().keySet()), "key " + key);
            assertEquals("", shapes.attribution(), "a user's file names its own source");
        }
        // a data set keyed by the statcodes themselves takes them as they are
        assertEquals(List.of("PV30", "PV31"), List.copyOf(BoundariesLoader.load(file, null, List.of("PV30", "PV31")).rings().keySet()));
        // a run over NB alone: Limburg is its grey neighbour
        RegionShapes shapes = BoundariesLoader.load(file, null, List.of("NB"));
        assertEquals(List.of("NB", "PV31"), List.copyOf(shapes.rings().keySet()));
        MapPicture.Layout layout = MapPicture.layout(List.of(new MapPicture.Region("NB", "Noord-Brabant", 10)), shapes);
        assertEquals(List.of("PV31"), layout.shapes().stream().filter(d -> !d.region()).map(MapPicture.Drawn::code).toList());
    }

    @Test
    void theMapIsTheSameBytesEveryTime() {
        RegionShapes shapes = BoundariesLoader.embedded(PROVINCES);
        List<byte[]> pngs = new ArrayList<>();
        for (List<String> run : List.of(PROVINCES, PROVINCES, List.of("ZH"), List.of("ZH"))) {
            pngs.add(MapPicture.png("kaart", regions(run), Language.NL, shapes));
        }
        assertArrayEquals(pngs.get(0), pngs.get(1));
        assertArrayEquals(pngs.get(2), pngs.get(3));
    }

    private static java.awt.geom.Rectangle2D union(List<MapPicture.Drawn> drawn) {
        java.awt.geom.Rectangle2D all = null;
        for (MapPicture.Drawn d : drawn) {
            all = all == null ? d.path().getBounds2D() : all.createUnion(d.path().getBounds2D());
        }
        return all;
    }
}
