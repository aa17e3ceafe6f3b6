package nl.ruimtevraag.model;

import java.util.List;
import java.util.Map;

/**
 * Region outlines for the map picture: per region code, its polygon rings as flat coordinate
 * arrays {@code x0, y0, x1, y1, ...} (outer rings and holes alike; the map fills with the even-odd
 * rule). {@code geographic} says the coordinates are longitude/latitude degrees; otherwise they
 * are planar (e.g. RD New metres).
 */
public record RegionShapes(String file, Map<String, List<double[]>> rings, boolean geographic) {
    public RegionShapes {
        rings = Maps.ordered(rings);
    }
}
