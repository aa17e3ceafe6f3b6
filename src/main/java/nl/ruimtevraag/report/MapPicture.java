package nl.ruimtevraag.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Area;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.PathIterator;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;
import nl.ruimtevraag.model.RegionShapes;

/**
 * The map of the extra hectares, drawn with Java2D, with a legend. With outlines (the embedded
 * 2025 CBS/Kadaster provinces, COROP areas or municipalities, or {@code --boundaries}) the real
 * shapes, zoomed to the run's regions with their neighbours in grey and the outlines' source
 * under the legend. Without: a schematic map, one tile per region; the twelve provinces get tiles
 * in their rough geographic place, any other set of regions a grid in data-set order.
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
    private static final Color EDGE = new Color(0x59, 0x59, 0x59);
    private static final Color NEIGHBOUR = new Color(0xEC, 0xEC, 0xEC);
    private static final Color NEIGHBOUR_EDGE = new Color(0xB4, 0xB4, 0xB4);
    private static final Color NEIGHBOUR_TEXT = new Color(0x8C, 0x8C, 0x8C);
    private static final Color[] CLASSES = {new Color(0xFD, 0xD0, 0xA2), new Color(0xFD, 0xAE, 0x6B),
        new Color(0xF1, 0x69, 0x13), new Color(0xA6, 0x36, 0x03)};
    static final int WIDTH = 560;
    private static final int TILE = 120;
    private static final int GAP = 8;
    private static final int MARGIN = 20;
    private static final int MAP_TOP = 50;
    /** The outline map is at most this high and at least MIN_MAP_HEIGHT (a wide region shows neighbours above and below). */
    private static final double MAX_MAP_HEIGHT = 640;
    private static final double MIN_MAP_HEIGHT = 260;
    /** Room around the run's regions, as a share of their larger extent, where the neighbours show. */
    private static final double ZOOM_MARGIN = 0.04;
    private static final int LABEL_GRID = 24;
    private static final Font CODE_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 13);
    private static final Font VALUE_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
    private static final Font NEIGHBOUR_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 11);

    private MapPicture() {
    }

    /** Height in pixels of a PNG this class drew (read from its IHDR chunk). */
    static int height(byte[] png) {
        return ((png[20] & 0xFF) << 24) | ((png[21] & 0xFF) << 16) | ((png[22] & 0xFF) << 8) | (png[23] & 0xFF);
    }

    /** With outlines (embedded or {@code --boundaries}) the real shapes; else the schematic tiles. */
    static byte[] png(String title, List<Region> regions, Language language, RegionShapes shapes) {
        Layout layout = shapes == null ? null : layout(regions, shapes);
        return layout == null ? png(title, regions, language) : outlines(title, layout, language, shapes.attribution());
    }

    /** One outline in picture pixels: a region of the run (coloured by its value) or a neighbour (grey). */
    record Drawn(String code, Path2D.Double path, boolean region, double value) {
    }

    /** What the outline map draws: the map frame in pixels and the outlines in drawing order (neighbours first). */
    record Layout(Rectangle2D frame, List<Drawn> shapes, double step) {
        List<Drawn> regions() {
            return shapes.stream().filter(Drawn::region).toList();
        }
    }

    /** From data coordinates to picture pixels. */
    private record Transform(double xScale, double left, double top, double scale) {
        double x(double dataX) {
            return MARGIN + (dataX * xScale - left) * scale;
        }

        double y(double dataY) {
            return MAP_TOP + (top - dataY) * scale;
        }
    }

    /**
     * Fits the run's regions into the map frame, zoomed to their bounding box with a small margin
     * and widened to the full picture width; the other outlines that reach into the frame are
     * neighbours. Null when no region of the run has an outline.
     */
    static Layout layout(List<Region> regions, RegionShapes shapes) {
        double[] box = {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY};
        Map<String, Region> ours = new LinkedHashMap<>();
        for (Region r : regions) {
            List<double[]> rings = shapes.rings().get(r.code());
            if (rings != null && !rings.isEmpty()) {
                ours.put(r.code(), r);
                bounds(rings, box);
            }
        }
        if (ours.isEmpty()) {
            return null;
        }
        // longitude shrinks with latitude: scale x by cos(mid latitude) for geographic coordinates
        double xScale = shapes.geographic() ? Math.cos(Math.toRadians((box[1] + box[3]) / 2)) : 1;
        double pad = ZOOM_MARGIN * Math.max((box[2] - box[0]) * xScale, box[3] - box[1]);
        double spanX = Math.max(1e-9, (box[2] - box[0]) * xScale + 2 * pad);
        double spanY = Math.max(1e-9, box[3] - box[1] + 2 * pad);
        double width = WIDTH - 2.0 * MARGIN;
        double scale = Math.min(width / spanX, MAX_MAP_HEIGHT / spanY);
        double height = Math.max(MIN_MAP_HEIGHT, Math.ceil(spanY * scale));
        // the frame has the full width (and at least MIN_MAP_HEIGHT), centred on the run's regions
        Transform t = new Transform(xScale, (box[0] + box[2]) / 2 * xScale - width / 2 / scale,
                (box[1] + box[3]) / 2 + height / 2 / scale, scale);
        Rectangle2D frame = new Rectangle2D.Double(MARGIN, MAP_TOP, width, height);
        List<Drawn> drawn = new ArrayList<>();
        for (Map.Entry<String, List<double[]>> e : shapes.rings().entrySet()) {
            if (!ours.containsKey(e.getKey())) {
                Path2D.Double path = path(e.getValue(), t);
                if (path.intersects(frame)) {
                    drawn.add(new Drawn(e.getKey(), path, false, 0));
                }
            }
        }
        for (Region r : ours.values()) {
            drawn.add(new Drawn(r.code(), path(shapes.rings().get(r.code()), t), true, r.value()));
        }
        return new Layout(frame, drawn, step(regions));
    }

    private static void bounds(List<double[]> rings, double[] box) {
        for (double[] ring : rings) {
            for (int i = 0; i < ring.length; i += 2) {
                box[0] = Math.min(box[0], ring[i]);
                box[1] = Math.min(box[1], ring[i + 1]);
                box[2] = Math.max(box[2], ring[i]);
                box[3] = Math.max(box[3], ring[i + 1]);
            }
        }
    }

    private static Path2D.Double path(List<double[]> rings, Transform t) {
        Path2D.Double path = new Path2D.Double(Path2D.WIND_EVEN_ODD);
        for (double[] ring : rings) {
            for (int i = 0; i < ring.length; i += 2) {
                if (i == 0) {
                    path.moveTo(t.x(ring[i]), t.y(ring[i + 1]));
                } else {
                    path.lineTo(t.x(ring[i]), t.y(ring[i + 1]));
                }
            }
            path.closePath();
        }
        return path;
    }

    private static byte[] outlines(String title, Layout layout, Language language, String attribution) {
        Rectangle2D frame = layout.frame();
        int legendTop = (int) Math.ceil(frame.getMaxY()) + 16;
        int legendBottom = legendTop + (CLASSES.length + 1) * 22;
        int height = legendBottom + (attribution.isEmpty() ? 20 : 38);
        BufferedImage img = new BufferedImage(WIDTH, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = titled(img, title);
        try {
            g.setClip(frame);
            boolean neighbours = false;
            for (Drawn d : layout.shapes()) {
                Color fill = d.region() ? colour(d.value(), layout.step()) : NEIGHBOUR;
                g.setColor(fill);
                g.fill(d.path());
                g.setColor(d.region() ? EDGE : NEIGHBOUR_EDGE);
                g.setStroke(new BasicStroke(d.region() ? 0.8f : 0.6f));
                g.draw(d.path());
                neighbours |= !d.region();
            }
            // labels of the run's regions first, then of the neighbours where room is left
            List<Rectangle2D> placed = new ArrayList<>();
            Area covered = new Area();
            for (Drawn d : layout.regions()) {
                label(g, d, d.path(), frame, layout.step(), placed);
                covered.add(new Area(d.path()));
            }
            for (Drawn d : layout.shapes()) {
                if (!d.region()) {
                    // a neighbour's label goes where it shows: inside the frame, not under a region of the run
                    Area visible = new Area(d.path());
                    visible.intersect(new Area(frame));
                    if (visible.getBounds2D().intersects(covered.getBounds2D())) {
                        visible.subtract(covered);
                    }
                    label(g, d, visible, frame, layout.step(), placed);
                }
            }
            g.setClip(null);
            if (neighbours) {
                g.setColor(NEIGHBOUR_EDGE);
                g.setStroke(new BasicStroke(1f));
                g.draw(frame);
            }
            legend(g, legendTop, layout.step(), language);
            if (!attribution.isEmpty()) {
                g.setColor(new Color(0x59, 0x59, 0x59));
                g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
                g.drawString(Label.MAP_SOURCE.format(language, attribution), MARGIN, legendBottom + 16);
            }
        } finally {
            g.dispose();
        }
        return encode(img);
    }

    /**
     * Code and hectares of a region (its code only, in grey, for a neighbour) where the text fits
     * inside the outline without covering a label already placed.
     */
    private static void label(Graphics2D g, Drawn d, Shape visible, Rectangle2D frame, double step, List<Rectangle2D> placed) {
        Rectangle2D b = visible.getBounds2D().createIntersection(frame);
        if (b.getWidth() < 24 || b.getHeight() < 12) {
            return;
        }
        String[] lines = d.region() ? new String[] {d.code(), hectares(d.value()) + " ha"} : new String[] {d.code()};
        Font[] fonts = d.region() ? new Font[] {CODE_FONT, VALUE_FONT} : new Font[] {NEIGHBOUR_FONT};
        double w = 0;
        for (int i = 0; i < lines.length; i++) {
            w = Math.max(w, g.getFontMetrics(fonts[i]).stringWidth(lines[i]));
        }
        double h = 13.0 * lines.length + 2;
        List<double[]> points = labelPoints(visible, b);
        // a region of the run too narrow for its label (FL, a coast of islands) gets it at its most inner
        // point as long as the outline is as large as the label and no other label is covered
        boolean relaxed = d.region() && b.getWidth() >= w && b.getHeight() >= h;
        for (int pass = 0; pass < (relaxed ? 2 : 1); pass++) {
            double[] at = pass == 0 ? fitting(points, visible, w, h, frame, placed) : points.isEmpty() ? null : points.get(0);
            if (at == null) {
                continue;
            }
            Rectangle2D box = box(at, w, h);
            if (!frame.contains(box) || placed.stream().anyMatch(box::intersects)) {
                continue;
            }
            placed.add(box);
            int x = (int) Math.round(at[0]);
            int top = (int) Math.round(box.getY());
            g.setColor(d.region() ? (dark(colour(d.value(), step)) ? Color.WHITE : Color.BLACK) : NEIGHBOUR_TEXT);
            for (int i = 0; i < lines.length; i++) {
                centred(g, lines[i], fonts[i], x - 100, 200, top + 12 + 13 * i);
            }
            return;
        }
    }

    /** The first point whose label box lies inside the shape and the frame and covers no label placed. */
    private static double[] fitting(List<double[]> points, Shape shape, double w, double h, Rectangle2D frame,
                                    List<Rectangle2D> placed) {
        for (double[] at : points) {
            Rectangle2D box = box(at, w, h);
            if (shape.contains(box) && frame.contains(box) && placed.stream().noneMatch(box::intersects)) {
                return at;
            }
        }
        return null;
    }

    private static Rectangle2D box(double[] at, double w, double h) {
        return new Rectangle2D.Double(at[0] - w / 2 - 1, at[1] - h / 2, w + 2, h);
    }

    /**
     * Points well inside the shape for its label: the inside points of a grid over its bounds, the
     * farthest from the outline first (each as x, y and that distance).
     */
    static List<double[]> labelPoints(Shape shape, Rectangle2D bounds) {
        List<double[]> edges = new ArrayList<>();
        double[] seg = new double[6];
        double startX = 0;
        double startY = 0;
        double lastX = 0;
        double lastY = 0;
        for (PathIterator it = shape.getPathIterator(null, 0.5); !it.isDone(); it.next()) {
            int type = it.currentSegment(seg);
            if (type == PathIterator.SEG_MOVETO) {
                startX = seg[0];
                startY = seg[1];
            } else if (type == PathIterator.SEG_LINETO) {
                edges.add(new double[] {lastX, lastY, seg[0], seg[1]});
            } else if (type == PathIterator.SEG_CLOSE) {
                edges.add(new double[] {lastX, lastY, startX, startY});
                seg[0] = startX;
                seg[1] = startY;
            }
            lastX = seg[0];
            lastY = seg[1];
        }
        List<double[]> points = new ArrayList<>();
        for (int i = 1; i < LABEL_GRID; i++) {
            for (int j = 1; j < LABEL_GRID; j++) {
                double x = bounds.getX() + bounds.getWidth() * j / LABEL_GRID;
                double y = bounds.getY() + bounds.getHeight() * i / LABEL_GRID;
                if (!shape.contains(x, y)) {
                    continue;
                }
                double distance = Double.POSITIVE_INFINITY;
                for (double[] e : edges) {
                    distance = Math.min(distance, Line2D.ptSegDist(e[0], e[1], e[2], e[3], x, y));
                }
                points.add(new double[] {x, y, distance});
            }
        }
        // stable sort: equal distances keep grid order, so the picture is the same on every run
        points.sort((p, q) -> Double.compare(q[2], p[2]));
        return points;
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
