package nl.ruimtevraag.scenario;

import nl.ruimtevraag.model.Text;
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
            problems.add(e.keyLocation(), name.equals("all") ? Text.of("groepsnaam `{0}` is gereserveerd", "group name `{0}` is reserved", name)
                    : Text.of("groepsnaam `{0}` is een regiocode", "group name `{0}` is a region code", name),
                    Text.of("kies een andere naam voor de groep", "choose another name for the group"));
            return;
        }
        if (!(e.value() instanceof Node.ListNode list)) {
            problems.add(e.value().location(), Text.of("groep `{0}` moet een lijst regiocodes zijn, gevonden: {1}",
                    "group `{0}` must be a list of region codes, got {1}", name, e.value().describe()),
                    Text.of("schrijf bijv. {0}: [{1}]", "write e.g. {0}: [{1}]", name, String.join(", ", codes.subList(0, Math.min(3, codes.size())))));
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
            problems.add(list.location(), Text.of("groep `{0}` is leeg", "group `{0}` is empty", name),
                    Text.of("noem minstens één regiocode", "list at least one region code"));
            return;
        }
        Set<String> members = new LinkedHashSet<>();
        boolean ok = true;
        for (Node item : list.items()) {
            String code = code(item, "regions." + name, false);
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
            Text hint = node instanceof Node.Scalar s && s.isString() ? Suggestions.didYouMean(s.string(), List.of("all")) : Text.NONE;
            problems.add(node.location(), Text.of("`regions` moet all zijn, een lijst regiocodes en groepen, of een map van benoemde groepen;"
                    + " gevonden: {0}", "`regions` must be all, a list of region codes and groups, or a map of named groups; got {0}",
                    node.describe()), hint.isEmpty() ? Text.of("bijv. regions: [NH, ZH, UT] of regions: {randstad: [NH, ZH, UT]}",
                    "e.g. regions: [NH, ZH, UT] or regions: {randstad: [NH, ZH, UT]}") : hint);
            return;
        }
        if (ok && union.isEmpty()) {
            problems.add(node.location(), Text.of("`regions` kiest geen enkele regio", "`regions` selects no region"),
                    Text.of("schrijf all, of noem regiocodes", "write all, or list region codes"));
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
            problems.add(node.location(), Text.of("`{0}` moet een regiocode zijn, gevonden: {1}", "`{0}` must be a region code, got {1}",
                    label, node.describe()), validCodes());
            return null;
        }
        String text = s.string();
        if (codes.contains(text)) {
            return text;
        }
        if (groupIsMistake && groups.containsKey(text)) {
            problems.add(node.location(), Text.of("`{0}` vraagt één regiocode; `{1}` is een groep", "`{0}` needs one region code; `{1}` is a group",
                    label, text), Text.of("schrijf één item per regio: {0}", "write one item per region: {0}", String.join(", ", groups.get(text))));
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
            problems.add(node.location(), allowGroups ? Text.of("`{0}` moet een regiocode of groep zijn, gevonden: {1}",
                    "`{0}` must be a region code or group, got {1}", label, node.describe())
                    : Text.of("`{0}` moet een regiocode zijn, gevonden: {1}", "`{0}` must be a region code, got {1}", label, node.describe()),
                    validCodes());
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
        Text message = Text.of("onbekende regio `{0}`; geldige codes zijn {1}", "unknown region `{0}`; valid codes are {1}",
                text, String.join(", ", codes));
        if (allowGroups) {
            candidates.addAll(groups.keySet());
            if (!groups.isEmpty()) {
                message = message.plus(Text.of("; groepen: {0}", "; groups: {0}", String.join(", ", groups.keySet())));
            }
        }
        problems.add(node.location(), message, Suggestions.didYouMean(text, candidates));
    }

    private Text validCodes() {
        return Text.of("geldige codes zijn {0}", "valid codes are {0}", String.join(", ", codes));
    }

    /**
     * Checks that an event's region is among the scenario's regions; the error names both the
     * event and the {@code regions} key.
     */
    boolean checkSelected(String code, Node node, Text what) {
        if (selected == null || selected.contains(code)) {
            return true;
        }
        problems.add(node.location(), Text.of("{0} in regio {1}, die het scenario niet kiest", "{0} in region {1}, which the scenario does not select",
                what, code), Text.of("`regions` op {0} kiest {1}; voeg {2} daar toe of verwijder deze {3}",
                "`regions` at {0} selects {1}; add {2} there or remove this {3}", selectionAt, String.join(", ", selected), code,
                Text.of(what.nl().replaceFirst("^een ", ""), what.en().replaceFirst("^an? ", ""))));
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
                    problems.add(e.keyLocation(), Text.of("regio {0} krijgt een waarde van groep `{1}` (op {2}) en van groep `{3}`",
                            "region {0} gets a value from group `{1}` (at {2}) and from group `{3}`", code, other.key(), other.keyLocation(), e.key()),
                            Text.of("geef {0} een eigen regel onder `{1}`; de eigen waarde van een regio gaat voor die van haar groepen",
                                    "give {0} its own entry under `{1}`; a region's own value beats its groups'", code,
                                    label.substring(label.lastIndexOf('.') + 1)));
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
