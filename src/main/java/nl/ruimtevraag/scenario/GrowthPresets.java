package nl.ruimtevraag.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The growth presets of {@code economy.growth} ({@code hoog}, {@code midden}, {@code laag}), read once from the
 * built-in growth-presets.yaml with the same parser as scenarios.
 */
final class GrowthPresets {
    static final String RESOURCE = "/nl/ruimtevraag/scenarios/growth-presets.yaml";
    static final String FILE = Location.BUILT_IN_PREFIX + "growth-presets.yaml";

    private static final Node.MapNode TREE = load();

    private GrowthPresets() {
    }

    private static Node.MapNode load() {
        try (InputStream in = GrowthPresets.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            Problems problems = new Problems();
            Node.MapNode tree = YamlTree.parse(in.readAllBytes(), FILE, problems);
            if (tree == null || !problems.isEmpty()) {
                throw new IllegalStateException("broken built-in growth presets:\n" + problems.sorted());
            }
            return tree;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> names() {
        return TREE.keys();
    }

    /** The preset's list of rules, or null for an unknown name. */
    static Node rules(String name) {
        Node preset = TREE.get(name);
        return preset instanceof Node.MapNode map ? map.get("rules") : null;
    }
}
