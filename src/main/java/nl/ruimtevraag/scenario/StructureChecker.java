package nl.ruimtevraag.scenario;

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
                problems.add(node.location(), "`" + path + "` must be a list, got " + node.describe(),
                        isNull(node) ? "write [] for an empty list" : "write a list: [a, b] or one `- item` per line");
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
            String where = path.isEmpty() ? "a scenario" : "`" + path + "`";
            problems.add(node.location(), where + " must be a map with the keys " + String.join(", ", s.names())
                    + ", got " + node.describe(), isNull(node) ? "write {} for an empty map, or leave the key out" : "");
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
        String where = path.isEmpty() ? "unknown top-level key `" + e.key() + "`" : "unknown key `" + e.key() + "` in `" + path + "`";
        if (problems.full()) {
            problems.add(e.keyLocation(), where, ""); // counted, not shown: spare the suggestions
            return;
        }
        String hint = Suggestions.didYouMean(e.key(), s.names());
        if (hint.isEmpty() && e.key().equals("<<")) {
            hint = "YAML merge keys (<<) are not supported; use `extends` to build on another scenario";
        }
        if (hint.isEmpty()) {
            List<String> elsewhere = ScenarioFormat.pathsOfKey(e.key());
            if (!elsewhere.isEmpty()) {
                String other = elsewhere.get(0);
                int dot = other.lastIndexOf('.');
                String parent = dot < 0 ? "" : other.substring(0, dot);
                if (parent.isEmpty()) {
                    hint = "`" + e.key() + "` is a top-level key; start it at column 1";
                } else if (parent.endsWith("[]")) {
                    hint = "`" + e.key() + "` belongs in the items of `" + parent.substring(0, parent.length() - 2) + "`";
                } else {
                    hint = "`" + e.key() + "` belongs under `" + parent + "`";
                }
            }
        }
        if (hint.isEmpty()) {
            hint = "valid keys here: " + String.join(", ", s.names());
        }
        problems.add(e.keyLocation(), where, hint);
    }

    private void mapOf(Node node, Spec.MapOf m, String path) {
        if (!(node instanceof Node.MapNode map)) {
            problems.add(node.location(), "`" + path + "` must be a map, got " + node.describe(),
                    m.keyKind() == Spec.KeyKind.FIXED ? "write {" + m.names().get(0) + ": ...}" : "");
            return;
        }
        for (Node.Entry e : map.entries()) {
            if (m.keyKind() == Spec.KeyKind.FIXED && !m.names().contains(e.key())) {
                String noun = noun(m.names());
                String hint = Suggestions.didYouMean(e.key(), m.names());
                problems.add(e.keyLocation(), "unknown " + noun + " `" + e.key() + "` in `" + path + "`",
                        (hint.isEmpty() ? "" : hint + " ") + plural(noun) + ": " + String.join(", ", m.names()));
                continue;
            }
            check(e.value(), m.value(), path + "." + e.key());
        }
    }

    private void regional(Node node, Spec.Regional r, String path) {
        if (!(node instanceof Node.MapNode map)) {
            String example = node instanceof Node.Scalar sc && sc.kind() != Node.Kind.NULL ? sc.text() : "X";
            problems.add(node.location(), "`" + path + "` must be a map {default: X, regions: {CODE: Y}}, got " + node.describe(),
                    "write `{default: " + example + "}` to set one value for every region, or {} for the data set's values");
            return;
        }
        for (Node.Entry e : map.entries()) {
            if (!ScenarioFormat.REGIONAL_KEYS.contains(e.key())) {
                String hint = Suggestions.didYouMean(e.key(), ScenarioFormat.REGIONAL_KEYS);
                problems.add(e.keyLocation(), "unknown key `" + e.key() + "` in `" + path + "`",
                        hint.isEmpty() ? "a per-region value has the keys `default` and `regions`, e.g. {default: X, regions: {UT: Y}}"
                                : hint);
            } else if (e.key().equals("regions") && !(e.value() instanceof Node.MapNode)) {
                problems.add(e.value().location(), "`" + path + ".regions` must be a map of region codes or groups to values, got "
                        + e.value().describe(), "write e.g. {UT: 0.7, randstad: 0.5}");
            }
        }
    }

    static String noun(List<String> names) {
        if (names.equals(ScenarioFormat.SECTORS)) {
            return "sector";
        }
        if (names.equals(ScenarioFormat.WERKMILIEUS)) {
            return "werkmilieu";
        }
        if (names.equals(ScenarioFormat.STRATEGIES)) {
            return "R-strategy group";
        }
        return "key";
    }

    static String plural(String noun) {
        return noun + "s";
    }

    private static boolean isNull(Node node) {
        return node instanceof Node.Scalar s && s.kind() == Node.Kind.NULL;
    }
}
