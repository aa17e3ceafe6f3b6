package nl.ruimtevraag.report;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import javax.imageio.ImageIO;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Start-up work for the workbook done on a second core while the main thread reads the scenario,
 * loads the data set and projects: opening the built-in template, and loading the classes (POI,
 * XMLBeans' schema types, Java2D, fonts, PNG encoder) that writing a workbook needs. On a cold
 * JVM most of writing a workbook is loading and initialising those classes; here that overlaps
 * with work that does not need them. Nothing of the warm-up reaches a report: it writes a small
 * throw-away workbook and picture. The preloaded template is handed out once; {@link WorkbookWriter}
 * opens the template itself when it was not preloaded, is taken already or failed.
 */
public final class Preload {
    private static CompletableFuture<XSSFWorkbook> template;

    private Preload() {
    }

    /** Starts the preloading thread, once per JVM. */
    public static synchronized void start() {
        if (template != null) {
            return;
        }
        CompletableFuture<XSSFWorkbook> t = new CompletableFuture<>();
        template = t;
        Thread thread = new Thread(() -> run(t), "ruimtevraag-preload");
        thread.setDaemon(true);
        thread.start();
    }

    /** The preloaded built-in template (once), or null. */
    static XSSFWorkbook takeTemplate() {
        CompletableFuture<XSSFWorkbook> t;
        synchronized (Preload.class) {
            t = template;
            if (t == null || t.isCancelled()) {
                return null;
            }
            template = CompletableFuture.failedFuture(new IllegalStateException("taken"));
        }
        try {
            return t.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (ExecutionException e) {
            return null;
        }
    }

    private static void run(CompletableFuture<XSSFWorkbook> t) {
        try {
            t.complete(openBuiltInTemplate());
        } catch (IOException | RuntimeException | Error e) {
            t.completeExceptionally(e);
        }
        try {
            warmWorkbook();
            warmPicture();
        } catch (IOException | RuntimeException e) {
            // a warm-up only: whatever fails here, the real run does (and reports) on its own
        }
    }

    /** A small workbook with the features the real one has: styles, cells, names, filter, panes, charts, a picture. */
    private static void warmWorkbook() throws IOException {
        XSSFWorkbook base = new XSSFWorkbook();
        Styles styles = new Styles(base, null);
        XSSFSheet sheet = base.createSheet("warm");
        try (StreamingWorkbook wb = new StreamingWorkbook(base, -1, true)) {
            SheetWriter out = new SheetWriter(wb.getSheetAt(0), styles);
            out.header(0, List.of("a", "b", "c"));
            for (int r = 1; r <= 3; r++) {
                out.text(r, 0, "r" + r);
                out.hectares(r, 1, r);
                out.formula(r, 2, SheetWriter.ref(r, 1) + "*2", 2.0 * r, styles.hectares);
            }
            out.widths(10, 10, 10);
            out.table(0, 1, 3, 2);
            out.name("warm", 0, 0, 3, 2);
            Charts.bar(out, new Charts.Place(4, 0, 10, 10), "warm", 1, 3, 0, List.of(new Charts.Column(0, 1)), true);
            Charts.line(out, new Charts.Place(4, 11, 10, 20), "warm", 1, 3, 1, List.of(new Charts.Column(0, 2)));
            int picture = base.addPicture(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, Workbook.PICTURE_TYPE_PNG);
            var drawing = sheet.createDrawingPatriarch();
            drawing.createPicture(drawing.createAnchor(0, 0, 0, 0, 0, 5, 2, 8), picture);
            wb.toBytes();
        }
    }

    /** The map's drawing path: anti-aliased shapes and text in the map's fonts, encoded as PNG. */
    private static void warmPicture() throws IOException {
        BufferedImage img = new BufferedImage(40, 40, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.fill(new RoundRectangle2D.Double(2, 2, 30, 30, 14, 14));
            for (int style : new int[] {Font.BOLD, Font.PLAIN}) {
                g.setFont(new Font(Font.SANS_SERIF, style, 12));
                g.drawString("NB 1.234 ha", 2, 20);
                g.getFontMetrics().stringWidth("NB");
            }
        } finally {
            g.dispose();
        }
        ImageIO.write(img, "png", OutputStream.nullOutputStream());
    }

    /** The built-in template, opened. */
    static XSSFWorkbook openBuiltInTemplate() throws IOException {
        try (InputStream in = builtInTemplate()) {
            return new XSSFWorkbook(in);
        }
    }

    static InputStream builtInTemplate() {
        InputStream in = Preload.class.getResourceAsStream("/nl/ruimtevraag/templates/behoefteraming.xlsx");
        if (in == null) {
            throw new UncheckedIOException(new IOException("built-in template missing from the jar"));
        }
        return in;
    }
}
