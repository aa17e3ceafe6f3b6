package nl.ruimtevraag.model;

import java.util.List;
import java.util.Map;

/**
 * Region outlines for the map picture: per region code, its polygon rings as flat coordinate
 * arrays {@code x0, y0, x1, y1, ...} (outer rings and holes alike; the map fills with the even-odd
 * rule). Codes that are not regions of the run are neighbours, drawn in grey. {@code geographic}
 * says the coordinates are longitude/latitude degrees; otherwise they are planar (e.g. RD New
 * metres). {@code attribution} is the source the licence asks to name under the map ("" for none,
 * e.g. a user's own file).
 */
public record RegionShapes(String file, Map<String, List<double[]>> rings, boolean geographic, String attribution) {
    public RegionShapes {
        rings = Maps.ordered(rings);
        attribution = attribution == null ? "" : attribution;
    }
}
