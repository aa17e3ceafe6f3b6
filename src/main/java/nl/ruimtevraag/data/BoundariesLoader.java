package nl.ruimtevraag.data;

import nl.ruimtevraag.model.Text;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.ruimtevraag.model.Problem;
import nl.ruimtevraag.model.RegionShapes;

/**
 * Reads region outlines from a GeoJSON FeatureCollection ({@code run --boundaries FILE}), or the
 * embedded 2025 CBS/Kadaster outlines ({@link #embedded}): each feature's region code comes from a
 * property (by default the first of {@code region_id}, {@code code}, {@code statcode}, or the
 * feature's {@code id} that is a region of the data set; a CBS province statcode {@code PV20}..
 * {@code PV31} names its province {@code GR}..{@code LI}); Polygon and MultiPolygon geometries.
 * Features of other regions are kept as neighbours, which the map draws in grey.
 */
public final class BoundariesLoader {
    static final long MAX_BYTES = 64L * 1024 * 1024;
    private static final List<String> KEYS = List.of("region_id", "code", "statcode", "id");
    private static final String RESOURCE_DIR = "/nl/ruimtevraag/boundaries/";
    private static final String PROVINCES = "provincies-2025.geojson";
    /** The embedded layers and the region ids each one covers. */
    private static final Map<String, String> LAYERS = orderedLayers();
    /** The licence's attribution for the embedded outlines (CC BY 4.0). */
    public static final String ATTRIBUTION = "CBS, Kadaster 2025 (CC BY 4.0)";
    private static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).build()).build());

    private BoundariesLoader() {
    }

    private static Map<String, String> orderedLayers() {
        Map<String, String> layers = new LinkedHashMap<>();
        layers.put(PROVINCES, "GR|FR|DR|OV|FL|GE|UT|NH|ZH|ZE|NB|LI|PV\\d\\d");
        layers.put("corop-2025.geojson", "CR\\d\\d");
        layers.put("gemeenten-2025.geojson", "GM\\d{4}");
        return layers;
    }

    /**
     * @param key the property holding the region code, or null to try the usual ones
     * @param codes the data set's region codes; features of other regions are kept as neighbours
     */
    public static RegionShapes load(Path file, String key, List<String> codes) throws DataSetException {
        String name = file.toString();
        JsonNode root;
        try {
            if (Files.exists(file) && !Files.isRegularFile(file)) {
                throw fail(name, 1, 1, Text.of("geen gewoon bestand (een pipe of apparaat); verwacht een GeoJSON-bestand",
                        "not a regular file (a pipe or a device), expected a GeoJSON file"),
                        Text.of("sla de contouren op als bestand en geef het pad", "save the outlines as a file and give its path"));
            }
            if (Files.size(file) > MAX_BYTES) {
                throw fail(name, 1, 1, Text.of("bestand is groter dan 64 MiB", "file is larger than 64 MiB"),
                        Text.of("vereenvoudig de contouren (bijv. mapshaper -simplify 5%)", "simplify the outlines (e.g. mapshaper -simplify 5%)"));
            }
            try (InputStream in = Files.newInputStream(file); JsonParser p = MAPPER.createParser(in)) {
                root = MAPPER.readTree(p);
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw fail(name, at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(),
                    Text.of("geen geldige JSON", "not valid JSON: {0}", e.getOriginalMessage()),
                    Text.of("geef een GeoJSON-FeatureCollection", "give a GeoJSON FeatureCollection"));
        } catch (IOException e) {
            throw fail(name, 1, 1, Text.of("kan het bestand niet lezen ({0})", "cannot read the file ({0})", e.getClass().getSimpleName()),
                    Text.of("controleer het pad", "check the path"));
        }
        return shapes(root, file, name, key, codes, "");
    }

    /**
     * The embedded 2025 CBS/Kadaster outlines (RD New) of the layer that fits the data set's region
     * ids: provinces (codes {@code GR}..{@code LI} or statcodes {@code PV20}..{@code PV31}), COROP
     * areas ({@code CR01}..) or municipalities ({@code GM0014}..); null when no layer holds at least
     * half of the data set's regions (then the map is schematic).
     */
    public static RegionShapes embedded(List<String> codes) {
        String best = null;
        int bestCount = 0;
        for (Map.Entry<String, String> layer : LAYERS.entrySet()) {
            int count = 0;
            for (String c : codes) {
                if (c.matches(layer.getValue())) {
                    count++;
                }
            }
            if (count > bestCount) {
                best = layer.getKey();
                bestCount = count;
            }
        }
        if (best == null) {
            return null;
        }
        RegionShapes shapes;
        try {
            shapes = shapes(resource(best), null, RESOURCE_DIR + best, null, codes, ATTRIBUTION);
        } catch (DataSetException e) {
            return null; // the codes look like CBS codes but none is in the layer
        }
        // codes that only look like CBS codes (data synth numbers its regions GM0001..) are no map
        long found = codes.stream().filter(shapes.rings()::containsKey).count();
        return 2 * found >= codes.size() ? shapes : null;
    }

    private static JsonNode resource(String file) {
        try (InputStream in = BoundariesLoader.class.getResourceAsStream(RESOURCE_DIR + file)) {
            if (in == null) {
                throw new IllegalStateException("resource " + RESOURCE_DIR + file + " is missing from the jar");
            }
            return MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** CBS province statcodes ({@code PV30}) to the project's province codes ({@code NB}), from the embedded provinces. */
    private static final class ProvinceCodes {
        static final Map<String, String> BY_STATCODE = read();

        private static Map<String, String> read() {
            Map<String, String> map = new LinkedHashMap<>();
            for (JsonNode f : resource(PROVINCES).path("features")) {
                map.put(f.path("properties").path("statcode").asText(), f.path("properties").path("region_id").asText());
            }
            return Map.copyOf(map);
        }
    }

    /**
     * Every feature's rings, under the data set's region code when the feature names one (directly or
     * by its CBS province statcode), else under its own code: those are drawn as grey neighbours.
     */
    /** @param file the file the tree was read from, to locate a problem in it; null for an embedded layer */
    private static RegionShapes shapes(JsonNode root, Path file, String name, String key, List<String> codes, String attribution)
            throws DataSetException {
        if (root == null || !"FeatureCollection".equals(root.path("type").asText())) {
            throw fail(name, 1, 1, Text.of("verwacht een GeoJSON-FeatureCollection", "expected a GeoJSON FeatureCollection"),
                    Text.of("het hoogste niveau van het bestand heeft \"type\": \"FeatureCollection\" nodig",
                            "the file's top level needs \"type\": \"FeatureCollection\""));
        }
        Set<String> wanted = new HashSet<>(codes);
        Map<String, List<double[]>> rings = new LinkedHashMap<>();
        boolean geographic = true;
        boolean any = false;
        int index = 0;
        for (JsonNode f : root.path("features")) {
            index++;
            List<String> candidates = candidates(f, key);
            String code = match(candidates, wanted);
            boolean ours = code != null;
            if (!ours) {
                code = candidates.isEmpty() ? null : candidates.get(0);
                if (code == null || wanted.contains(code)) {
                    continue;
                }
            }
            JsonNode g = f.path("geometry");
            List<double[]> out = new ArrayList<>();
            String geometry = "/features/" + (index - 1) + "/geometry";
            switch (g.path("type").asText()) {
                case "Polygon" -> polygon(g.path("coordinates"), out, file, name, index, geometry + "/coordinates");
                case "MultiPolygon" -> {
                    int k = 0;
                    for (JsonNode poly : g.path("coordinates")) {
                        polygon(poly, out, file, name, index, geometry + "/coordinates/" + k++);
                    }
                }
                default -> {
                    if (ours) {
                        throw failAt(file, name, g.has("type") ? geometry + "/type" : geometry, Text.of("feature {0} ({1}) heeft geometrietype '{2}'",
                                "feature {0} ({1}) has geometry type '{2}'", index, code, g.path("type").asText()),
                                Text.of("alleen Polygon- en MultiPolygon-contouren kunnen worden getekend", "only Polygon and MultiPolygon outlines can be drawn"));
                    }
                    continue; // a neighbour that cannot be drawn is left out
                }
            }
            any |= ours;
            for (double[] ring : out) {
                for (int i = 0; i < ring.length; i += 2) {
                    if (Math.abs(ring[i]) > 180 || Math.abs(ring[i + 1]) > 90) {
                        geographic = false;
                    }
                }
            }
            rings.computeIfAbsent(code, c -> new ArrayList<>()).addAll(out);
        }
        if (!any) {
            throw fail(name, 1, 1, Text.of("geen feature noemt een regio van de dataset", "no feature names a region of the data set"),
                    Text.of("elke feature heeft een eigenschap {0} nodig met een code zoals {1} (de CBS-statcodes PV20-PV31 noemen de provincies)",
                            "each feature needs a property {0} with a code such as {1} (CBS statcodes PV20-PV31 name the provinces)",
                            key != null ? "'" + key + "'" : String.join(", ", KEYS), String.join(" ", codes.subList(0, Math.min(3, codes.size())))));
        }
        return new RegionShapes(name, rings, geographic, attribution);
    }

    /** The feature's codes to try, in order: the given property, or region_id, code, statcode and the feature id. */
    private static List<String> candidates(JsonNode f, String key) {
        JsonNode props = f.path("properties");
        List<String> out = new ArrayList<>();
        if (key != null) {
            JsonNode v = props.path(key);
            if (v.isValueNode() && !v.asText().isEmpty()) {
                out.add(v.asText());
            }
            return out;
        }
        for (String k : KEYS) {
            JsonNode v = props.path(k);
            if (v.isValueNode() && !v.asText().isEmpty()) {
                out.add(v.asText());
            }
        }
        if (f.path("id").isValueNode() && !f.path("id").asText().isEmpty()) {
            out.add(f.path("id").asText());
        }
        return out;
    }

    /** The first candidate that is a region of the data set, directly or as a CBS province statcode. */
    private static String match(List<String> candidates, Set<String> wanted) {
        for (String c : candidates) {
            if (wanted.contains(c)) {
                return c;
            }
        }
        for (String c : candidates) {
            String province = c.matches("PV\\d\\d") ? ProvinceCodes.BY_STATCODE.get(c) : null;
            if (province != null && wanted.contains(province)) {
                return province;
            }
        }
        return null;
    }

    /** @param pointer the JSON pointer of the polygon's coordinates, to locate a bad point */
    private static void polygon(JsonNode poly, List<double[]> out, Path file, String name, int feature, String pointer)
            throws DataSetException {
        int r = 0;
        for (JsonNode ring : poly) {
            double[] xy = new double[ring.size() * 2];
            int i = 0;
            int k = 0;
            for (JsonNode pt : ring) {
                double x = pt.path(0).asDouble(Double.NaN);
                double y = pt.path(1).asDouble(Double.NaN);
                if (!Double.isFinite(x) || !Double.isFinite(y)) {
                    throw failAt(file, name, pointer + "/" + r + "/" + k, Text.of("feature {0} heeft een coördinaat die geen paar getallen is",
                            "feature {0} has a coordinate that is not a pair of numbers", feature),
                            Text.of("coördinaten zijn paren getallen [x, y]", "coordinates are [x, y] number pairs"));
                }
                k++;
                xy[i++] = x;
                xy[i++] = y;
            }
            if (xy.length >= 6) {
                out.add(xy);
            }
            r++;
        }
    }

    /**
     * A problem at the place of a value in the file, found by reading it again with the streaming
     * parser (the tree keeps no places) up to the value at the JSON pointer; at 1:1 if not found.
     */
    private static DataSetException failAt(Path file, String name, String pointer, Text message, Text hint) {
        if (file == null) {
            return fail(name, 1, 1, message, hint);
        }
        JsonPointer target = JsonPointer.compile(pointer);
        try (InputStream in = Files.newInputStream(file); JsonParser p = MAPPER.createParser(in)) {
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                // a value's place: a scalar's context is its container; an array or object opens a
                // context of its own, whose parent holds its index or name
                var context = t.isStructStart() ? p.getParsingContext().getParent() : p.getParsingContext();
                if (t != JsonToken.FIELD_NAME && !t.isStructEnd() && context.pathAsPointer().equals(target)) {
                    JsonLocation at = p.currentTokenLocation();
                    return fail(file.toString(), at.getLineNr(), at.getColumnNr(), message, hint);
                }
            }
        } catch (IOException e) {
            // read once already: fall through to the file's start
        }
        return fail(file.toString(), 1, 1, message, hint);
    }

    private static DataSetException fail(String file, long line, long column, Text message, Text hint) {
        return new DataSetException(List.of(new Problem(file, (int) Math.max(1, line), (int) Math.max(1, column), message, hint)));
    }
}
