package nl.ruimtevraag.data;

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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.ruimtevraag.model.Problem;
import nl.ruimtevraag.model.RegionShapes;

/**
 * Reads region outlines from a GeoJSON FeatureCollection ({@code run --boundaries FILE}): each
 * feature's region code comes from a property (by default the first of {@code region_id},
 * {@code code}, {@code statcode}, or the feature's {@code id}); Polygon and MultiPolygon geometries.
 */
public final class BoundariesLoader {
    static final long MAX_BYTES = 64L * 1024 * 1024;
    private static final List<String> KEYS = List.of("region_id", "code", "statcode", "id");
    private static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).build()).build());

    private BoundariesLoader() {
    }

    /**
     * @param key the property holding the region code, or null to try the usual ones
     * @param codes the data set's region codes; features of other regions are ignored
     */
    public static RegionShapes load(Path file, String key, List<String> codes) throws DataSetException {
        String name = file.toString();
        JsonNode root;
        try {
            if (Files.exists(file) && !Files.isRegularFile(file)) {
                throw fail(name, 1, 1, "not a regular file (a pipe or a device), expected a GeoJSON file",
                        "save the outlines as a file and give its path");
            }
            if (Files.size(file) > MAX_BYTES) {
                throw fail(name, 1, 1, "file is larger than 64 MiB", "simplify the outlines (e.g. mapshaper -simplify 5%)");
            }
            try (InputStream in = Files.newInputStream(file); JsonParser p = MAPPER.createParser(in)) {
                root = MAPPER.readTree(p);
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw fail(name, at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(),
                    "not valid JSON: " + e.getOriginalMessage(), "give a GeoJSON FeatureCollection");
        } catch (IOException e) {
            throw fail(name, 1, 1, "cannot read the file (" + e.getClass().getSimpleName() + ")", "check the path");
        }
        if (root == null || !"FeatureCollection".equals(root.path("type").asText())) {
            throw fail(name, 1, 1, "expected a GeoJSON FeatureCollection", "the file's top level needs \"type\": \"FeatureCollection\"");
        }
        Map<String, List<double[]>> rings = new LinkedHashMap<>();
        boolean geographic = true;
        int index = 0;
        for (JsonNode f : root.path("features")) {
            String code = code(f, key);
            index++;
            if (code == null || !codes.contains(code)) {
                continue;
            }
            JsonNode g = f.path("geometry");
            List<double[]> out = rings.computeIfAbsent(code, c -> new ArrayList<>());
            String geometry = "/features/" + (index - 1) + "/geometry";
            switch (g.path("type").asText()) {
                case "Polygon" -> polygon(g.path("coordinates"), out, file, index, geometry + "/coordinates");
                case "MultiPolygon" -> {
                    int k = 0;
                    for (JsonNode poly : g.path("coordinates")) {
                        polygon(poly, out, file, index, geometry + "/coordinates/" + k++);
                    }
                }
                default -> throw failAt(file, g.has("type") ? geometry + "/type" : geometry, "feature " + index + " (" + code
                        + ") has geometry type '" + g.path("type").asText() + "'", "only Polygon and MultiPolygon outlines can be drawn");
            }
            for (double[] ring : out) {
                for (int i = 0; i < ring.length; i += 2) {
                    if (Math.abs(ring[i]) > 180 || Math.abs(ring[i + 1]) > 90) {
                        geographic = false;
                    }
                }
            }
        }
        if (rings.isEmpty()) {
            throw fail(name, 1, 1, "no feature names a region of the data set",
                    "each feature needs a property " + (key != null ? "'" + key + "'" : String.join(", ", KEYS))
                            + " with a code such as " + String.join(" ", codes.subList(0, Math.min(3, codes.size()))));
        }
        return new RegionShapes(name, rings, geographic);
    }

    private static String code(JsonNode f, String key) {
        JsonNode props = f.path("properties");
        if (key != null) {
            JsonNode v = props.path(key);
            return v.isValueNode() ? v.asText() : null;
        }
        for (String k : KEYS) {
            JsonNode v = props.path(k);
            if (v.isValueNode() && !v.asText().isEmpty()) {
                return v.asText();
            }
        }
        return f.path("id").isValueNode() ? f.path("id").asText() : null;
    }

    /** @param pointer the JSON pointer of the polygon's coordinates, to locate a bad point */
    private static void polygon(JsonNode poly, List<double[]> out, Path file, int feature, String pointer) throws DataSetException {
        int r = 0;
        for (JsonNode ring : poly) {
            double[] xy = new double[ring.size() * 2];
            int i = 0;
            int k = 0;
            for (JsonNode pt : ring) {
                double x = pt.path(0).asDouble(Double.NaN);
                double y = pt.path(1).asDouble(Double.NaN);
                if (!Double.isFinite(x) || !Double.isFinite(y)) {
                    throw failAt(file, pointer + "/" + r + "/" + k, "feature " + feature
                            + " has a coordinate that is not a pair of numbers", "coordinates are [x, y] number pairs");
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
    private static DataSetException failAt(Path file, String pointer, String message, String hint) {
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

    private static DataSetException fail(String file, long line, long column, String message, String hint) {
        return new DataSetException(List.of(new Problem(file, (int) Math.max(1, line), (int) Math.max(1, column), message, hint)));
    }
}
