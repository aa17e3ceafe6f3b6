package nl.ruimtevraag.scenario;

import java.util.ArrayList;
import java.util.List;

/**
 * Merges a scenario over the scenario it extends: maps merge key by key, lists replace, values
 * replace. Which maps are "values" (a distribution, a row of shares that must sum to 1, a choice
 * between forms) comes from the key table, so a child's {@code {low, high}} replaces the parent's
 * {@code {min, mode, max}} instead of mixing with it. Every node keeps its own file and place, so a
 * problem in an inherited value points at the file that wrote it.
 */
final class ScenarioMerger {
    private ScenarioMerger() {
    }

    /** The child scenario's tree over its parent's. {@code name}, {@code description} and {@code extends} are not inherited. */
    static Node.MapNode merge(Node.MapNode parent, Node.MapNode child) {
        List<Node.Entry> inherited = new ArrayList<>();
        for (Node.Entry e : parent.entries()) {
            if (!ScenarioFormat.NOT_INHERITED.contains(e.key())) {
                inherited.add(e);
            }
        }
        Node.MapNode base = new Node.MapNode(parent.location(), inherited);
        return (Node.MapNode) mergeMaps(base, child, ScenarioFormat.ROOT);
    }

    private static Node merge(Node parent, Node child, Spec spec) {
        if (parent instanceof Node.MapNode p && child instanceof Node.MapNode c && mergesByKey(spec)) {
            return mergeMaps(p, c, spec);
        }
        return child;
    }

    private static boolean mergesByKey(Spec spec) {
        return spec instanceof Spec.Section || spec instanceof Spec.Regional
                || (spec instanceof Spec.MapOf m && !m.atomic());
    }

    private static Node mergeMaps(Node.MapNode parent, Node.MapNode child, Spec spec) {
        List<Node.Entry> entries = new ArrayList<>();
        for (Node.Entry pe : parent.entries()) {
            Node.Entry ce = child.entry(pe.key());
            if (ce == null) {
                entries.add(pe);
            } else {
                entries.add(new Node.Entry(ce.key(), ce.keyLocation(), merge(pe.value(), ce.value(), childSpec(spec, pe.key()))));
            }
        }
        for (Node.Entry ce : child.entries()) {
            if (parent.entry(ce.key()) == null) {
                entries.add(ce);
            }
        }
        return new Node.MapNode(child.location(), entries);
    }

    /** The spec of a key inside a map spec; null (replace) for keys the table does not know. */
    private static Spec childSpec(Spec spec, String key) {
        if (spec instanceof Spec.Section s) {
            Spec.Key k = s.key(key);
            return k == null ? null : k.spec();
        }
        if (spec instanceof Spec.MapOf m) {
            return m.value();
        }
        if (spec instanceof Spec.Regional r && key.equals("regions")) {
            return new Spec.MapOf(r.doc(), Spec.KeyKind.REGION, List.of(), r.value(), false);
        }
        return null;
    }
}
