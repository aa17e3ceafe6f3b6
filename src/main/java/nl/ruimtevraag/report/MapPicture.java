package nl.ruimtevraag.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * A schematic map: one tile per region, coloured by its extra hectares, with a legend. The twelve
 * provinces get tiles in their rough geographic place; any other set of regions is laid out in a
 * grid in data-set order. Drawn with Java2D, no map data needed.
 */
final class MapPicture {
    record Region(String code, String name, double value) {
    }

    /** Tile positions (column, row) of the provinces, north at the top. */
    private static final Map<String, double[]> PROVINCES = Map.ofEntries(
            Map.entry("FR", new double[] {1, 0}), Map.entry("GR", new double[] {2, 0}),
            Map.entry("NH", new double[] {0, 1}), Map.entry("FL", new double[] {1, 1}), Map.entry("DR", new double[] {2, 1}),
            Map.entry("ZH", new double[] {0, 2}), Map.entry("UT", new double[] {1, 2}), Map.entry("OV", new double[] {2, 2}),
            Map.entry("ZE", new double[] {0, 3}), Map.entry("NB", new double[] {1, 3}), Map.entry("GE", new double[] {2, 3}),
            Map.entry("LI", new double[] {1.5, 4}));
    private static final Color NONE = new Color(0xD9, 0xEA, 0xD3);
    private static final Color[] CLASSES = {new Color(0xFD, 0xD0, 0xA2), new Color(0xFD, 0xAE, 0x6B),
        new Color(0xF1, 0x69, 0x13), new Color(0xA6, 0x36, 0x03)};
    static final int WIDTH = 560;
    private static final int TILE = 120;
    private static final int GAP = 8;
    private static final int MARGIN = 20;

    private MapPicture() {
    }

    /** Height in pixels of a PNG this class drew (read from its IHDR chunk). */
    static int height(byte[] png) {
        return ((png[20] & 0xFF) << 24) | ((png[21] & 0xFF) << 16) | ((png[22] & 0xFF) << 8) | (png[23] & 0xFF);
    }

    /** With outlines (GeoJSON, {@code --boundaries}) the real shapes; else the schematic tiles. */
    static byte[] png(String title, List<Region> regions, Language language, nl.ruimtevraag.model.RegionShapes shapes) {
        return shapes == null ? png(title, regions, language) : outlines(title, regions, language, shapes);
    }

    private static byte[] outlines(String title, List<Region> regions, Language language,
                                   nl.ruimtevraag.model.RegionShapes shapes) {
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (List<double[]> rings : shapes.rings().values()) {
            for (double[] ring : rings) {
                for (int i = 0; i < ring.length; i += 2) {
                    minX = Math.min(minX, ring[i]);
                    maxX = Math.max(maxX, ring[i]);
                    minY = Math.min(minY, ring[i + 1]);
                    maxY = Math.max(maxY, ring[i + 1]);
                }
            }
        }
        // longitude shrinks with latitude: scale x by cos(mid latitude) for geographic coordinates
        double xScale = shapes.geographic() ? Math.cos(Math.toRadians((minY + maxY) / 2)) : 1;
        double spanX = Math.max(1e-9, (maxX - minX) * xScale);
        double spanY = Math.max(1e-9, maxY - minY);
        int mapTop = 50;
        double box = WIDTH - 2.0 * MARGIN;
        double scale = Math.min(box / spanX, 640 / spanY);
        int mapHeight = (int) Math.ceil(spanY * scale);
        int legendTop = mapTop + mapHeight + 16;
        int height = legendTop + (CLASSES.length + 1) * 22 + 20;
        double step = step(regions);
        BufferedImage img = new BufferedImage(WIDTH, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = titled(img, title);
        try {
            double offsetX = MARGIN + (box - spanX * scale) / 2;
            for (Region r : regions) {
                List<double[]> rings = shapes.rings().get(r.code());
                if (rings == null) {
                    continue;
                }
                java.awt.geom.Path2D.Double path = new java.awt.geom.Path2D.Double(java.awt.geom.Path2D.WIND_EVEN_ODD);
                for (double[] ring : rings) {
                    for (int i = 0; i < ring.length; i += 2) {
                        double x = offsetX + (ring[i] - minX) * xScale * scale;
                        double y = mapTop + (maxY - ring[i + 1]) * scale;
                        if (i == 0) {
                            path.moveTo(x, y);
                        } else {
                            path.lineTo(x, y);
                        }
                    }
                    path.closePath();
                }
                Color fill = colour(r.value(), step);
                g.setColor(fill);
                g.fill(path);
                g.setColor(new Color(0x59, 0x59, 0x59));
                g.setStroke(new BasicStroke(0.8f));
                g.draw(path);
                java.awt.geom.Rectangle2D b = path.getBounds2D();
                g.setColor(dark(fill) ? Color.WHITE : Color.BLACK);
                int labelX = (int) b.getX();
                int labelW = (int) b.getWidth();
                centred(g, r.code(), new Font(Font.SANS_SERIF, Font.BOLD, 13), labelX, labelW, (int) b.getCenterY());
                centred(g, hectares(r.value()) + " ha", new Font(Font.SANS_SERIF, Font.PLAIN, 11), labelX, labelW,
                        (int) b.getCenterY() + 14);
            }
            legend(g, legendTop, step, language);
        } finally {
            g.dispose();
        }
        return encode(img);
    }

    static byte[] png(String title, List<Region> regions, Language language) {
        boolean provinces = !regions.isEmpty() && regions.stream().allMatch(r -> PROVINCES.containsKey(r.code()));
        int columns = provinces ? 3 : (int) Math.ceil(Math.sqrt(regions.size()));
        int rows = provinces ? 5 : Math.max(1, (int) Math.ceil(regions.size() / (double) Math.max(1, columns)));
        int tile = Math.min(TILE, (WIDTH - 2 * MARGIN) / Math.max(1, columns) - GAP);
        int mapTop = 50;
        int legendTop = mapTop + rows * (tile + GAP) + 10;
        int height = legendTop + (CLASSES.length + 1) * 22 + 20;
        double step = step(regions);

        BufferedImage img = new BufferedImage(WIDTH, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = titled(img, title);
        try {
            int offsetX = (WIDTH - columns * (tile + GAP)) / 2;
            for (int i = 0; i < regions.size(); i++) {
                Region r = regions.get(i);
                double[] pos = provinces ? PROVINCES.get(r.code()) : new double[] {i % columns, i / columns};
                int x = offsetX + (int) Math.round(pos[0] * (tile + GAP));
                int y = mapTop + (int) Math.round(pos[1] * (tile + GAP));
                Color fill = colour(r.value(), step);
                g.setColor(fill);
                RoundRectangle2D shape = new RoundRectangle2D.Double(x, y, tile, tile, 14, 14);
                g.fill(shape);
                g.setColor(new Color(0x59, 0x59, 0x59));
                g.setStroke(new BasicStroke(1f));
                g.draw(shape);
                Color ink = dark(fill) ? Color.WHITE : Color.BLACK;
                g.setColor(ink);
                centred(g, r.code(), new Font(Font.SANS_SERIF, Font.BOLD, Math.max(10, tile / 4)), x, tile, y + tile * 2 / 5);
                centred(g, shorten(r.name(), 14), new Font(Font.SANS_SERIF, Font.PLAIN, Math.max(8, tile / 8)), x, tile,
                        y + tile * 29 / 48);
                centred(g, hectares(r.value()) + " ha", new Font(Font.SANS_SERIF, Font.BOLD, Math.max(8, tile / 7)), x, tile,
                        y + tile * 5 / 6);
            }
            legend(g, legendTop, step, language);
        } finally {
            g.dispose();
        }
        return encode(img);
    }

    /** Colour classes of a quarter of the largest value each, rounded to a nice step. */
    private static double step(List<Region> regions) {
        double max = 0;
        for (Region r : regions) {
            max = Math.max(max, r.value());
        }
        return niceStep(max / CLASSES.length);
    }

    /** A white canvas with the title drawn; the returned graphics antialias shapes and text. */
    private static Graphics2D titled(BufferedImage img, String title) {
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, img.getWidth(), img.getHeight());
        g.setColor(new Color(0x1F, 0x4E, 0x79));
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 22));
        g.drawString(title, MARGIN, 30);
        return g;
    }

    private static byte[] encode(BufferedImage img) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            ImageIO.write(img, "png", bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void legend(Graphics2D g, int top, double step, Language language) {
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 16));
        String[] labels = new String[CLASSES.length + 1];
        Color[] colours = new Color[CLASSES.length + 1];
        labels[0] = language == Language.EN ? "no shortage" : "geen tekort";
        colours[0] = NONE;
        for (int c = 0; c < CLASSES.length; c++) {
            labels[c + 1] = hectares(c * step) + " - " + hectares((c + 1) * step) + " ha";
            colours[c + 1] = CLASSES[c];
        }
        for (int i = 0; i < labels.length; i++) {
            int y = top + i * 22;
            g.setColor(colours[i]);
            g.fillRect(MARGIN, y, 30, 16);
            g.setColor(new Color(0x59, 0x59, 0x59));
            g.drawRect(MARGIN, y, 30, 16);
            g.setColor(Color.BLACK);
            g.drawString(labels[i], MARGIN + 40, y + 15);
        }
    }

    static Color colour(double value, double step) {
        if (!(value > 0)) {
            return NONE;
        }
        int c = (int) Math.ceil(value / step) - 1;
        return CLASSES[Math.max(0, Math.min(CLASSES.length - 1, c))];
    }

    /** 1, 2, 2.5 or 5 times a power of ten, at least the given size. */
    static double niceStep(double raw) {
        if (!(raw > 0)) {
            return 1;
        }
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double f : new double[] {1, 2, 2.5, 5, 10}) {
            if (f * magnitude >= raw) {
                return f * magnitude;
            }
        }
        return 10 * magnitude;
    }

    private static boolean dark(Color c) {
        return 0.299 * c.getRed() + 0.587 * c.getGreen() + 0.114 * c.getBlue() < 140;
    }

    private static void centred(Graphics2D g, String text, Font font, int x, int width, int baseline) {
        g.setFont(font);
        FontMetrics fm = g.getFontMetrics();
        g.drawString(text, x + (width - fm.stringWidth(text)) / 2, baseline);
    }

    private static String shorten(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    static String hectares(double v) {
        return String.format(Locale.forLanguageTag("nl-NL"), "%,.0f", v);
    }
}
