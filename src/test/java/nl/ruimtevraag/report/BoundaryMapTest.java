package nl.ruimtevraag.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import nl.ruimtevraag.data.BoundariesLoader;
import nl.ruimtevraag.data.DataSetException;
import nl.ruimtevraag.model.RegionShapes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --boundaries: real outlines from GeoJSON, coloured by extra hectares. */
class BoundaryMapTest {
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
}
