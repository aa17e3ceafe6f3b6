package nl.ruimtevraag.scenario;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import nl.ruimtevraag.model.Param;
import nl.ruimtevraag.model.RegionSelection;
import nl.ruimtevraag.model.RegionalParam;
import nl.ruimtevraag.scenario.Spec.Bounds;

/**
 * Region codes, named groups and the scenario's selection: resolves every place a region code or
 * group may be written, and reads per-region parameters with their precedence.
 */
final class RegionResolver {
    private final List<String> codes;
    private final Problems problems;
    private final ValueReader values;
    private final Map<String, List<String>> groups = new LinkedHashMap<>();
    private final Map<String, Location> groupAt = new HashMap<>();
    /** selected codes in data set order; null when every region is selected */
    private List<String> selected;
    private Location selectionAt;

    RegionResolver(List<String> codes, ValueReader values) {
        this.codes = List.copyOf(codes);
        this.values = values;
        this.problems = values.problems();
    }

    // ---------------------------------------------------------------- groups and selection

    /**
     * Reads {@code groups}. A group defined by a built-in scenario that names codes the data set
     * lacks (basis names provinces; a user data set may hold other regions) is dropped quietly;
     * a user's own group is checked strictly.
     */
    void readGroups(Node node) {
        if (node instanceof Node.MapNode map) {
            for (Node.Entry e : map.entries()) {
                defineGroup(e);
            }
        }
    }

    private void defineGroup(Node.Entry e) {
        String name = e.key();
        if (codes.contains(name) || name.equals("all")) {
            problems.add(e.keyLocation(), "group name `" + name + "` is " + (name.equals("all") ? "reserved" : "a region code"),
                    "choose another name for the group");
            return;
        }
        if (!(e.value() instanceof Node.ListNode list)) {
            problems.add(e.value().location(), "group `" + name + "` must be a list of region codes, got " + e.value().describe(),
                    "write e.g. " + name + ": [" + String.join(", ", codes.subList(0, Math.min(3, codes.size()))) + "]");
            return;
        }
        boolean builtIn = e.keyLocation().builtIn();
        if (builtIn) {
            for (Node item : list.items()) {
                if (!(item instanceof Node.Scalar s && s.isString() && codes.contains(s.string()))) {
                    return;
                }
            }
        }
        if (list.items().isEmpty()) {
            problems.add(list.location(), "group `" + name + "` is empty", "list at least one region code");
            return;
        }
        Set<String> members = new LinkedHashSet<>();
        boolean ok = true;
        for (Node item : list.items()) {
            String code = code(item, "group `" + name + "`", false);
            if (code == null) {
                ok = false;
            } else {
                members.add(code);
            }
        }
        if (ok) {
            groups.put(name, inDataOrder(members));
            groupAt.put(name, e.keyLocation());
        }
    }

    /** Reads {@code regions}: all, a list of codes and groups, or a map of named groups (their union). */
    void readSelection(Node node) {
        if (node == null) {
            return;
        }
        selectionAt = node.location();
        if (node instanceof Node.Scalar s && s.isString() && s.string().equals("all")) {
            selected = null;
            return;
        }
        Set<String> union = new LinkedHashSet<>();
        boolean ok = true;
        if (node instanceof Node.ListNode list) {
            for (Node item : list.items()) {
                List<String> refs = refer(item, "regions", true, false);
                if (refs == null) {
                    ok = false;
                } else {
                    union.addAll(refs);
                }
            }
        } else if (node instanceof Node.MapNode map) {
            for (Node.Entry e : map.entries()) {
                int before = problems.size();
                defineGroup(e);
                if (problems.size() > before || !groups.containsKey(e.key())) {
                    ok = false;
                } else {
                    union.addAll(groups.get(e.key()));
                }
            }
        } else {
            String hint = node instanceof Node.Scalar s && s.isString() ? Suggestions.didYouMean(s.string(), List.of("all")) : "";
            problems.add(node.location(), "`regions` must be all, a list of region codes and groups, or a map of named groups; got "
                    + node.describe(), hint.isEmpty() ? "e.g. regions: [NH, ZH, UT] or regions: {randstad: [NH, ZH, UT]}" : hint);
            return;
        }
        if (ok && union.isEmpty()) {
            problems.add(node.location(), "`regions` selects no region", "write all, or list region codes");
            return;
        }
        selected = ok ? inDataOrder(union) : null;
    }

    RegionSelection selection() {
        return new RegionSelection(selected == null ? List.of() : selected, groups);
    }

    Map<String, List<String>> groups() {
        return groups;
    }

    // ---------------------------------------------------------------- references

    /** One region code (no groups); null after a reported problem. */
    String code(Node node, String label, boolean groupIsMistake) {
        if (node == null) {
            return null;
        }
        if (!(node instanceof Node.Scalar s) || !s.isString()) {
            problems.add(node.location(), "`" + label + "` must be a region code, got " + node.describe(),
                    "valid codes are " + String.join(", ", codes));
            return null;
        }
        String text = s.string();
        if (codes.contains(text)) {
            return text;
        }
        if (groupIsMistake && groups.containsKey(text)) {
            problems.add(node.location(), "`" + label + "` needs one region code; `" + text + "` is a group",
                    "write one item per region: " + String.join(", ", groups.get(text)));
            return null;
        }
        unknown(node, text, false);
        return null;
    }

    /**
     * A region code, a group name, or (when allowed) {@code all}. Returns the codes; for {@code all}
     * an empty list; null after a reported problem.
     */
    List<String> refer(Node node, String label, boolean allowGroups, boolean allowAll) {
        if (node == null) {
            return null;
        }
        if (!(node instanceof Node.Scalar s) || !s.isString()) {
            problems.add(node.location(), "`" + label + "` must be a region code" + (allowGroups ? " or group" : "") + ", got "
                    + node.describe(), "valid codes are " + String.join(", ", codes));
            return null;
        }
        String text = s.string();
        if (allowAll && text.equals("all")) {
            return List.of();
        }
        if (codes.contains(text)) {
            return List.of(text);
        }
        if (allowGroups && groups.containsKey(text)) {
            return groups.get(text);
        }
        unknown(node, text, allowGroups);
        return null;
    }

    private void unknown(Node node, String text, boolean allowGroups) {
        List<String> candidates = new ArrayList<>(codes);
        String message = "unknown region `" + text + "`; valid codes are " + String.join(", ", codes);
        if (allowGroups) {
            candidates.addAll(groups.keySet());
            if (!groups.isEmpty()) {
                message += "; groups: " + String.join(", ", groups.keySet());
            }
        }
        problems.add(node.location(), message, Suggestions.didYouMean(text, candidates));
    }

    /**
     * Checks that an event's region is among the scenario's regions; the error names both the
     * event and the {@code regions} key.
     */
    boolean checkSelected(String code, Node node, String what) {
        if (selected == null || selected.contains(code)) {
            return true;
        }
        problems.add(node.location(), what + " in region " + code + ", which the scenario does not select",
                "`regions` at " + selectionAt + " selects " + String.join(", ", selected) + "; add " + code
                        + " there or remove this " + (what.startsWith("a ") ? what.substring(2) : what));
        return false;
    }

    // ---------------------------------------------------------------- per-region parameters

    /**
     * {@code {}} or {@code {default: X, regions: {CODE_OR_GROUP: Y}}}. A code's own entry beats a
     * group's; a code that two groups give a value is an error (which one would be meant?).
     */
    RegionalParam regional(Node node, String label, Bounds bounds, Param fallback) {
        if (!(node instanceof Node.MapNode map)) {
            return null;
        }
        boolean ok = true;
        Param defaultValue = null;
        Node def = map.get("default");
        if (def != null) {
            defaultValue = values.param(def, label + ".default", bounds);
            ok = defaultValue != null;
        }
        Map<String, Param> perCode = Map.of();
        Node regions = map.get("regions");
        if (regions instanceof Node.MapNode rmap) {
            perCode = byRegion(rmap, label + ".regions", (value, valueLabel) -> values.param(value, valueLabel, bounds));
            ok &= perCode != null;
        }
        if (!ok) {
            return null;
        }
        return new RegionalParam(defaultValue, perCode, fallback);
    }

    /**
     * A map keyed by region codes and group names, read value by value, as a map by region code in
     * data set order. A code's own entry beats a group's; a code that two groups give a value is an
     * error (which one would be meant?). An entry of a built-in scenario that names a region or group
     * the data set lacks is dropped quietly, as its groups are. Null after a reported problem.
     */
    <T> Map<String, T> byRegion(Node.MapNode map, String label, BiFunction<Node, String, T> read) {
        boolean ok = true;
        Map<String, T> perCode = new LinkedHashMap<>();
        Map<String, Node.Entry> byGroup = new HashMap<>();
        Map<Node.Entry, T> groupEntries = new LinkedHashMap<>();
        for (Node.Entry e : map.entries()) {
            if (e.keyLocation().builtIn() && !codes.contains(e.key()) && !groups.containsKey(e.key())) {
                continue; // basis names provinces; a user data set may hold other regions
            }
            Node keyNode = new Node.Scalar(e.keyLocation(), Node.Kind.STRING, e.key(), e.key());
            List<String> target = refer(keyNode, label, true, false);
            T value = read.apply(e.value(), label + "." + e.key());
            if (target == null || value == null) {
                ok = false;
            } else if (codes.contains(e.key())) {
                perCode.put(e.key(), value);
            } else {
                groupEntries.put(e, value);
            }
        }
        Map<String, T> fromGroups = new LinkedHashMap<>();
        for (Map.Entry<Node.Entry, T> ge : groupEntries.entrySet()) {
            Node.Entry e = ge.getKey();
            for (String code : groups.get(e.key())) {
                if (perCode.containsKey(code)) {
                    continue;
                }
                Node.Entry other = byGroup.get(code);
                if (other != null) {
                    problems.add(e.keyLocation(), "region " + code + " gets a value from group `" + other.key() + "` (at "
                            + other.keyLocation() + ") and from group `" + e.key() + "`",
                            "give " + code + " its own entry under `" + label.substring(label.lastIndexOf('.') + 1)
                                    + "`; a region's own value beats its groups'");
                    ok = false;
                    continue;
                }
                byGroup.put(code, e);
                fromGroups.put(code, ge.getValue());
            }
        }
        if (!ok) {
            return null;
        }
        Map<String, T> ordered = new LinkedHashMap<>();
        for (String code : codes) {
            T value = perCode.containsKey(code) ? perCode.get(code) : fromGroups.get(code);
            if (value != null) {
                ordered.put(code, value);
            }
        }
        return ordered;
    }

    private List<String> inDataOrder(Set<String> set) {
        List<String> ordered = new ArrayList<>();
        for (String code : codes) {
            if (set.contains(code)) {
                ordered.add(code);
            }
        }
        return ordered;
    }
}
