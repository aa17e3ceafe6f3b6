package nl.ruimtevraag.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * LibreOffice renders the summary sheet (its three PDF pages: the tables; the map and the extra-ha
 * chart; the components chart) and the charts show their data: the
 * series colours of the bars cover a real area of the picture. A POI bar chart without explicit
 * fills renders in LibreOffice as an empty frame, which this test would catch.
 */
class ChartRenderTest {
    @TempDir
    static Path work;
    /** the summary's printed pages, one below the other */
    private static List<BufferedImage> pages = new java.util.ArrayList<>();

    @BeforeAll
    static void render() throws Exception {
        LibreOffice.require("soffice");
        Path pdftoppm = LibreOffice.require("pdftoppm");
        Path xlsx = work.resolve("samenvatting.xlsx");
        WorkbookWriter.write(ReportFixture.provinces(), xlsx);
        Path pdf = LibreOffice.convert(work, "pdf", List.of(xlsx)).get(0);
        for (int n = 1; n <= 3; n++) {
            Process p = new ProcessBuilder(pdftoppm.toString(), "-r", "100", "-png", "-f", Integer.toString(n), "-l",
                    Integer.toString(n), "-singlefile", pdf.toString(), work.resolve("page" + n).toString()).inheritIO().start();
            assertTrue(p.waitFor(120, TimeUnit.SECONDS));
            assertEquals(0, p.exitValue());
            pages.add(ImageIO.read(work.resolve("page" + n + ".png").toFile()));
        }
    }

    @Test
    void barsOfEverySeriesColourAreDrawn() {
        // extra-ha chart: series blue, orange, green; components chart: blue, orange, green, grey-blue.
        // The blue is also the header fill, so the orange, green and grey-blue tell.
        for (int i = 1; i < 4; i++) {
            byte[] c = Charts.PALETTE[i];
            int pixels = count(c[0] & 0xFF, c[1] & 0xFF, c[2] & 0xFF);
            assertTrue(pixels > 200, "series colour " + i + " covers " + pixels + " pixels");
        }
    }

    @Test
    void theMapIsDrawn() {
        // the map's class colours are not used anywhere else
        assertTrue(count(0xD9, 0xEA, 0xD3) + count(0xFD, 0xD0, 0xA2) + count(0xA6, 0x36, 0x03) > 500);
    }

    private static int count(int r, int g, int b) {
        int n = 0;
        for (BufferedImage img : pages) {
            n += count(img, r, g, b);
        }
        return n;
    }

    private static int count(BufferedImage img, int r, int g, int b) {
        int n = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int rgb = img.getRGB(x, y);
                if (Math.abs(((rgb >> 16) & 0xFF) - r) <= 10 && Math.abs(((rgb >> 8) & 0xFF) - g) <= 10
                        && Math.abs((rgb & 0xFF) - b) <= 10) {
                    n++;
                }
            }
        }
        return n;
    }
}
