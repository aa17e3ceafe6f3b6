package nl.ruimtevraag.scenario;

import nl.ruimtevraag.model.Text;

/**
 * A map of the scenario read through its {@link Spec.Section}: asking for a key the format table
 * does not declare is a programming error, so the reader cannot accept a key that the schema, the
 * docs test and the unknown-key check do not know.
 */
final class Fields {
    private final Node.MapNode map;
    private final Spec.Section spec;
    private final String path;

    private Fields(Node.MapNode map, Spec.Section spec, String path) {
        this.map = map;
        this.spec = spec;
        this.path = path;
    }

    /** A view of {@code node}; a node that is absent or not a map (reported elsewhere) gives an empty view. */
    static Fields of(Node node, Spec.Section spec, String path) {
        return new Fields(node instanceof Node.MapNode m ? m : null, spec, path);
    }

    boolean present() {
        return map != null;
    }

    Node.MapNode map() {
        return map;
    }

    Location location() {
        return map == null ? null : map.location();
    }

    String path() {
        return path;
    }

    Node get(String key) {
        declared(key);
        return map == null ? null : map.get(key);
    }

    Spec spec(String key) {
        return declared(key).spec();
    }

    Spec.Leaf leaf(String key) {
        return (Spec.Leaf) spec(key);
    }

    Fields section(String key) {
        return of(get(key), (Spec.Section) spec(key), label(key));
    }

    String label(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    /**
     * Reports a key the reader needs but the map lacks. For a list item these are the item's
     * required keys; for a section, a key that not even {@code basis} set.
     */
    boolean require(String key, Problems problems) {
        if (map == null) {
            return false;
        }
        if (map.get(key) != null) {
            return true;
        }
        StringBuilder needed = new StringBuilder();
        for (Spec.Key k : spec.keys()) {
            if (k.required()) {
                needed.append(needed.length() == 0 ? "" : ", ").append(k.name());
            }
        }
        Text where = path.endsWith("[]") ? Text.of("dit item van `{0}`", "this item of `{0}`", path.substring(0, path.length() - 2))
                : Text.same("`" + path + "`");
        problems.add(map.location(), Text.of("{0} mist `{1}`", "{0} lacks `{1}`", where, key),
                needed.length() == 0 ? Text.NONE : Text.of("verplichte sleutels: {0}", "required keys: {0}", needed));
        return false;
    }

    private Spec.Key declared(String key) {
        Spec.Key k = spec.key(key);
        if (k == null) {
            throw new IllegalStateException("`" + label(key) + "` is not in the format table (ScenarioFormat)");
        }
        return k;
    }
}
