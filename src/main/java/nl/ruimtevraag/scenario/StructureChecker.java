package nl.ruimtevraag.scenario;

import nl.ruimtevraag.model.Text;
import java.util.List;

/**
 * Walks a merged scenario tree along the key table and reports unknown keys (with the nearest
 * valid key) and maps or lists of the wrong shape. Values are left to the readers, which stay
 * silent about the shapes reported here.
 */
final class StructureChecker {
    private final Problems problems;

    private StructureChecker(Problems problems) {
        this.problems = problems;
    }

    static void check(Node.MapNode root, Problems problems) {
        new StructureChecker(problems).check(root, ScenarioFormat.ROOT, "");
    }

    private void check(Node node, Spec spec, String path) {
        if (node == null) {
            return;
        }
        if (spec instanceof Spec.Section s) {
            section(node, s, path);
        } else if (spec instanceof Spec.ListOf l) {
            if (!(node instanceof Node.ListNode list)) {
                problems.add(node.location(), Text.of("`{0}` moet een lijst zijn, gevonden: {1}", "`{0}` must be a list, got {1}",
                        path, node.describe()), isNull(node) ? Text.of("schrijf [] voor een lege lijst", "write [] for an empty list")
                        : Text.of("schrijf een lijst: [a, b] of één `- item` per regel", "write a list: [a, b] or one `- item` per line"));
                return;
            }
            for (Node item : list.items()) {
                check(item, l.item(), path + "[]");
            }
        } else if (spec instanceof Spec.MapOf m) {
            mapOf(node, m, path);
        } else if (spec instanceof Spec.Regional r) {
            regional(node, r, path);
        } else if (spec instanceof Spec.OneOf o) {
            oneOf(node, o, path);
        }
    }

    /**
     * A value that may take one of several forms is checked as the form its shape allows, when only
     * one does: a list as the one list form (so a typo in a growth rule's key is reported), a map as
     * the one map form, unless a distribution could also be that map. Anything else is left to the
     * reader, which names the forms.
     */
    private void oneOf(Node node, Spec.OneOf o, String path) {
        List<Spec> fits = o.alternatives().stream().filter(a -> fits(node, a)).toList();
        if (fits.size() == 1) {
            check(node, fits.get(0), path);
        }
    }

    private static boolean fits(Node node, Spec form) {
        if (node instanceof Node.ListNode) {
            return form instanceof Spec.ListOf;
        }
        if (node instanceof Node.MapNode) {
            return form instanceof Spec.Section || form instanceof Spec.MapOf || form instanceof Spec.Regional
                    || form instanceof Spec.Leaf leaf && leaf.type() == Spec.Type.PARAM;
        }
        return false;
    }

    private void section(Node node, Spec.Section s, String path) {
        if (!(node instanceof Node.MapNode map)) {
            Text where = path.isEmpty() ? Text.of("een scenario", "a scenario") : Text.same("`" + path + "`");
            problems.add(node.location(), Text.of("{0} moet een map zijn met de sleutels {1}, gevonden: {2}",
                    "{0} must be a map with the keys {1}, got {2}", where, String.join(", ", s.names()), node.describe()),
                    isNull(node) ? Text.of("schrijf {} voor een lege map, of laat de sleutel weg", "write {} for an empty map, or leave the key out")
                    : Text.NONE);
            return;
        }
        for (Node.Entry e : map.entries()) {
            Spec.Key key = s.key(e.key());
            if (key == null) {
                unknownKey(e, s, path);
            } else {
                check(e.value(), key.spec(), path.isEmpty() ? e.key() : path + "." + e.key());
            }
        }
    }

    private void unknownKey(Node.Entry e, Spec.Section s, String path) {
        Text where = path.isEmpty() ? Text.of("onbekende sleutel `{0}` op het hoogste niveau", "unknown top-level key `{0}`", e.key())
                : Text.of("onbekende sleutel `{0}` in `{1}`", "unknown key `{0}` in `{1}`", e.key(), path);
        if (problems.full()) {
            problems.add(e.keyLocation(), where); // counted, not shown: spare the suggestions
            return;
        }
        Text hint = Suggestions.didYouMean(e.key(), s.names());
        if (hint.isEmpty() && e.key().equals("<<")) {
            hint = Text.of("YAML-samenvoegsleutels (<<) worden niet ondersteund; gebruik `extends` om op een ander scenario voort te bouwen",
                    "YAML merge keys (<<) are not supported; use `extends` to build on another scenario");
        }
        if (hint.isEmpty()) {
            List<String> elsewhere = ScenarioFormat.pathsOfKey(e.key());
            if (!elsewhere.isEmpty()) {
                String other = elsewhere.get(0);
                int dot = other.lastIndexOf('.');
                String parent = dot < 0 ? "" : other.substring(0, dot);
                if (parent.isEmpty()) {
                    hint = Text.of("`{0}` is een sleutel van het hoogste niveau; begin hem in kolom 1",
                            "`{0}` is a top-level key; start it at column 1", e.key());
                } else if (parent.endsWith("[]")) {
                    hint = Text.of("`{0}` hoort in de items van `{1}`", "`{0}` belongs in the items of `{1}`", e.key(),
                            parent.substring(0, parent.length() - 2));
                } else {
                    hint = Text.of("`{0}` hoort onder `{1}`", "`{0}` belongs under `{1}`", e.key(), parent);
                }
            }
        }
        if (hint.isEmpty()) {
            hint = Text.of("geldige sleutels hier: {0}", "valid keys here: {0}", String.join(", ", s.names()));
        }
        problems.add(e.keyLocation(), where, hint);
    }

    private void mapOf(Node node, Spec.MapOf m, String path) {
        if (!(node instanceof Node.MapNode map)) {
            problems.add(node.location(), Text.of("`{0}` moet een map zijn, gevonden: {1}", "`{0}` must be a map, got {1}", path, node.describe()),
                    m.keyKind() == Spec.KeyKind.FIXED ? Text.of("schrijf {{0}: ...}", "write {{0}: ...}", m.names().get(0)) : Text.NONE);
            return;
        }
        for (Node.Entry e : map.entries()) {
            if (m.keyKind() == Spec.KeyKind.FIXED && !m.names().contains(e.key())) {
                Text[] noun = noun(m.names());
                Text hint = Suggestions.didYouMean(e.key(), m.names());
                problems.add(e.keyLocation(), Text.of("{0} `{1}` in `{2}`", "{0} `{1}` in `{2}`", noun[0], e.key(), path),
                        (hint.isEmpty() ? hint : hint.plus(Text.same(" "))).plus(Text.of("{0}: {1}", "{0}: {1}", noun[1],
                                String.join(", ", m.names()))));
                continue;
            }
            check(e.value(), m.value(), path + "." + e.key());
        }
    }

    private void regional(Node node, Spec.Regional r, String path) {
        if (!(node instanceof Node.MapNode map)) {
            String example = node instanceof Node.Scalar sc && sc.kind() != Node.Kind.NULL ? sc.text() : "X";
            problems.add(node.location(), Text.of("`{0}` moet een map {default: X, regions: {CODE: Y}} zijn, gevonden: {1}",
                    "`{0}` must be a map {default: X, regions: {CODE: Y}}, got {1}", path, node.describe()),
                    Text.of("schrijf `{default: {0}}` voor één waarde in elke regio, of {} voor de waarden van de dataset",
                            "write `{default: {0}}` to set one value for every region, or {} for the data set's values", example));
            return;
        }
        for (Node.Entry e : map.entries()) {
            if (!ScenarioFormat.REGIONAL_KEYS.contains(e.key())) {
                Text hint = Suggestions.didYouMean(e.key(), ScenarioFormat.REGIONAL_KEYS);
                problems.add(e.keyLocation(), Text.of("onbekende sleutel `{0}` in `{1}`", "unknown key `{0}` in `{1}`", e.key(), path),
                        hint.isEmpty() ? Text.of("een waarde per regio heeft de sleutels `default` en `regions`, bijv. {default: X, regions: {UT: Y}}",
                                "a per-region value has the keys `default` and `regions`, e.g. {default: X, regions: {UT: Y}}") : hint);
            } else if (e.key().equals("regions") && !(e.value() instanceof Node.MapNode)) {
                problems.add(e.value().location(), Text.of("`{0}.regions` moet een map van regiocodes of groepen naar waarden zijn, gevonden: {1}",
                        "`{0}.regions` must be a map of region codes or groups to values, got {1}", path, e.value().describe()),
                        Text.of("schrijf bijv. {UT: 0.7, randstad: 0.5}", "write e.g. {UT: 0.7, randstad: 0.5}"));
            }
        }
    }

    /** An unknown one of the names and what they are: {onbekende sector, sectoren}. */
    static Text[] noun(List<String> names) {
        if (names.equals(ScenarioFormat.SECTORS)) {
            return new Text[] {Text.of("onbekende sector", "unknown sector"), Text.of("sectoren", "sectors")};
        }
        if (names.equals(ScenarioFormat.WERKMILIEUS)) {
            return new Text[] {Text.of("onbekend werkmilieu", "unknown werkmilieu"), Text.of("werkmilieus", "werkmilieus")};
        }
        if (names.equals(ScenarioFormat.STRATEGIES)) {
            return new Text[] {Text.of("onbekende R-strategiegroep", "unknown R-strategy group"), Text.of("R-strategiegroepen", "R-strategy groups")};
        }
        return new Text[] {Text.of("onbekende sleutel", "unknown key"), Text.of("sleutels", "keys")};
    }

    private static boolean isNull(Node node) {
        return node instanceof Node.Scalar s && s.kind() == Node.Kind.NULL;
    }
}
