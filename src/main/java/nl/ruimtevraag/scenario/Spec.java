package nl.ruimtevraag.scenario;

import java.util.ArrayList;
import java.util.List;

/**
 * One declaration of the scenario format's key table ({@link ScenarioFormat}). The same table
 * drives the unknown-key check and its suggestions, the merging of {@code extends}, the reader's
 * bounds, and the JSON Schema, so they cannot disagree about which keys exist.
 */
sealed interface Spec permits Spec.Section, Spec.ListOf, Spec.MapOf, Spec.Regional, Spec.OneOf, Spec.Leaf {

    /** One-line description, used in the JSON Schema. */
    String doc();

    /** A key of a section. */
    record Key(String name, Spec spec, boolean required) {
    }

    /** A map with a fixed set of keys. Merges key by key. */
    record Section(String doc, List<Key> keys) implements Spec {
        public Section {
            keys = List.copyOf(keys);
        }

        Key key(String name) {
            for (Key k : keys) {
                if (k.name().equals(name)) {
                    return k;
                }
            }
            return null;
        }

        List<String> names() {
            List<String> names = new ArrayList<>();
            for (Key k : keys) {
                names.add(k.name());
            }
            return names;
        }
    }

    /**
     * A list; a list in a scenario replaces the list of the scenario it extends.
     *
     * @param maxItems the most items the list may hold, or 0 for no limit of its own
     */
    record ListOf(String doc, Spec item, int maxItems) implements Spec {
        ListOf(String doc, Spec item) {
            this(doc, item, 0);
        }
    }

    /** What the keys of a {@link MapOf} are. */
    enum KeyKind {
        /** a fixed set of names (sector codes, werkmilieus, ...) */
        FIXED,
        /** a name the user chooses (a group) */
        NAME,
        /** a region code or group name */
        REGION,
        /** a year */
        YEAR
    }

    /**
     * A map from keys of one kind to values of one spec. An atomic map (a row of shares that must
     * sum to 1) is replaced as a whole by {@code extends}; others merge key by key.
     */
    record MapOf(String doc, KeyKind keyKind, List<String> names, Spec value, boolean atomic) implements Spec {
        public MapOf {
            names = List.copyOf(names);
        }
    }

    /** A per-region parameter: {@code {default: X, regions: {CODE_OR_GROUP: Y}}}. Merges key by key. */
    record Regional(String doc, Leaf value) implements Spec {
    }

    /** One of several forms; replaced as a whole by {@code extends}. */
    record OneOf(String doc, List<Spec> alternatives) implements Spec {
        public OneOf {
            alternatives = List.copyOf(alternatives);
        }
    }

    /** What a leaf holds. */
    enum Type {
        /** a number, a share like 12%, or a distribution (see {@link ValueReader}) */
        PARAM,
        /** a plain number (or a percentage where the bounds allow) */
        NUMBER,
        INTEGER,
        STRING,
        BOOLEAN,
        /** one of {@link Leaf#values()} */
        ENUM,
        /** a calendar year */
        YEAR,
        /** a year or an inclusive range of years, 2026-2030 */
        YEAR_RANGE,
        /** a reporting period, 2025-2030 */
        PERIOD,
        /** a region code of the data set */
        REGION,
        /** a region code or group name */
        REGION_OR_GROUP
    }

    /** A value. {@code values} lists the choices of an ENUM; {@code bounds} holds for numbers. */
    record Leaf(String doc, Type type, Bounds bounds, List<String> values) implements Spec {
        public Leaf {
            values = List.copyOf(values);
        }
    }

    /**
     * The range a number must lie in, whether it may be written as a percentage, and what it is
     * called in messages.
     */
    record Bounds(double min, double max, boolean percent, nl.ruimtevraag.model.Text noun) {
        static final Bounds NONE = new Bounds(-1e12, 1e12, false, nl.ruimtevraag.model.Text.of("een getal", "a number"));
    }
}
