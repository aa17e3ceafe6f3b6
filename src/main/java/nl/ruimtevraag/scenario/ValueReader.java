package nl.ruimtevraag.scenario;

import nl.ruimtevraag.model.Text;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.ruimtevraag.model.Origin;
import nl.ruimtevraag.model.Param;
import nl.ruimtevraag.scenario.Spec.Bounds;

/**
 * Reads single values: numbers, shares written as 12% or 0.12, distributions, integers, years,
 * ranges of years, choices, strings, booleans. Every method reports what is wrong with the node
 * and returns null; a null node (the key is absent) returns null silently. A value the parser
 * already reported (NaN, ...) also returns null silently.
 */
final class ValueReader {
    private static final Pattern PERCENT = Pattern.compile("\\s*([+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+))\\s*%\\s*");
    private static final Pattern DECIMAL_COMMA = Pattern.compile("\\s*[+-]?\\d+,\\d+\\s*%?\\s*");
    private static final Pattern LOOKS_NUMERIC = Pattern.compile("\\s*[+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?\\s*");
    private static final Pattern RANGE = Pattern.compile("\\s*(\\d{4})\\s*-\\s*(\\d{4})\\s*");

    private final Problems problems;

    ValueReader(Problems problems) {
        this.problems = problems;
    }

    Problems problems() {
        return problems;
    }

    // ---------------------------------------------------------------- params

    /** A number, a percentage (where allowed), {value: x, source}, or a distribution. */
    Param param(Node node, String label, Bounds b) {
        if (node == null || invalid(node)) {
            return null;
        }
        if (node instanceof Node.MapNode map) {
            return distribution(map, label, b);
        }
        if (node instanceof Node.Scalar s && (s.isNumber() || s.isString())) {
            Double v = number(node, label, b, Text.of("een getal of een verdeling", "a number or a distribution"));
            return v == null ? null : new Param.Point(v, origin(node, ""));
        }
        problems.add(node.location(), Text.of("`{0}`: verwacht een getal of een verdeling, gevonden: {1}",
                "`{0}`: expected a number or a distribution, got {1}", label, node.describe()), expectHint(node, b));
        return null;
    }

    private Param distribution(Node.MapNode map, String label, Bounds b) {
        boolean ok = true;
        for (Node.Entry e : map.entries()) {
            if (!ScenarioFormat.DISTRIBUTION_KEYS.contains(e.key())) {
                Text hint = Suggestions.didYouMean(e.key(), ScenarioFormat.DISTRIBUTION_KEYS);
                problems.add(e.keyLocation(), Text.of("onbekende sleutel `{0}` in de verdeling van `{1}`",
                        "unknown key `{0}` in the distribution of `{1}`", e.key(), label), hint.isEmpty() ? DISTRIBUTION_FORMS : hint);
                ok = false;
            }
        }
        if (!ok) {
            return null; // a misspelt key would make every other complaint about this value noise
        }
        String source = "";
        Node sourceNode = map.get("source");
        if (sourceNode != null) {
            source = string(sourceNode, label + ".source");
            if (source == null) {
                ok = false;
                source = "";
            }
        }
        List<String> families = new ArrayList<>();
        if (has(map, "value")) {
            families.add("value");
        }
        if (has(map, "min") || has(map, "mode") || has(map, "max") || has(map, "shape")) {
            families.add("min/mode/max");
        }
        if (has(map, "low") || has(map, "high")) {
            families.add("low/high");
        }
        if (has(map, "mean") || has(map, "sd") || has(map, "lower") || has(map, "upper")) {
            families.add("mean/sd");
        }
        if (families.size() > 1) {
            problems.add(map.location(), Text.of("`{0}` mengt de sleutels van {1}; een waarde heeft één vorm",
                    "`{0}` mixes the keys of {2}; a value has one form", label, String.join(" en ", families),
                    String.join(" and ", families)), DISTRIBUTION_FORMS);
            return null;
        }
        if (families.isEmpty()) {
            if (ok) {
                problems.add(map.location(), Text.of("`{0}` heeft geen waarde", "`{0}` has no value", label), DISTRIBUTION_FORMS);
            }
            return null;
        }
        Origin origin = origin(map, source);
        switch (families.get(0)) {
            case "value" -> {
                Double v = number(map.get("value"), label + ".value", b, A_NUMBER);
                return ok && v != null ? new Param.Point(v, origin) : null;
            }
            case "min/mode/max" -> {
                Text needs = Text.of("min, mode en max", "min, mode and max");
                Double min = component(map, "min", label, b, needs);
                Double mode = component(map, "mode", label, b, needs);
                Double max = component(map, "max", label, b, needs);
                String shape = map.get("shape") == null ? "triangular" : choice(map.get("shape"), label + ".shape", ScenarioFormat.SHAPES);
                if (!ok || min == null || mode == null || max == null || shape == null) {
                    return null;
                }
                if (!(min <= mode && mode <= max)) {
                    problems.add(map.location(), Text.of("`{0}`: verwacht min <= mode <= max, gevonden: {1}",
                            "`{0}`: expected min <= mode <= max, got {1}", label,
                            Node.fmt(min) + ", " + Node.fmt(mode) + ", " + Node.fmt(max)));
                    return null;
                }
                return shape.equals("pert") ? new Param.Pert(min, mode, max, origin) : new Param.Triangular(min, mode, max, origin);
            }
            case "low/high" -> {
                Text needs = Text.of("low en high", "low and high");
                Double low = component(map, "low", label, b, needs);
                Double high = component(map, "high", label, b, needs);
                if (!ok || low == null || high == null) {
                    return null;
                }
                if (!(low <= high)) {
                    problems.add(map.location(), Text.of("`{0}`: verwacht low <= high, gevonden: {1}", "`{0}`: expected low <= high, got {1}",
                            label, Node.fmt(low) + ", " + Node.fmt(high)));
                    return null;
                }
                return new Param.Uniform(low, high, origin);
            }
            default -> {
                Text needs = Text.of("mean en sd", "mean and sd");
                Double mean = component(map, "mean", label, b, needs);
                Bounds sdBounds = new Bounds(0, Math.max(0, b.max() - b.min()), b.percent(),
                        Text.of("een standaardafwijking", "a standard deviation"));
                Double sd = component(map, "sd", label, sdBounds, needs);
                Double lower = map.get("lower") == null ? Double.valueOf(b.min()) : number(map.get("lower"), label + ".lower", b, A_NUMBER);
                Double upper = map.get("upper") == null ? Double.valueOf(b.max()) : number(map.get("upper"), label + ".upper", b, A_NUMBER);
                if (!ok || mean == null || sd == null || lower == null || upper == null) {
                    return null;
                }
                if (!(lower <= mean && mean <= upper)) {
                    problems.add(map.location(), Text.of("`{0}`: verwacht lower <= mean <= upper, gevonden: {1}",
                            "`{0}`: expected lower <= mean <= upper, got {1}", label,
                            Node.fmt(lower) + ", " + Node.fmt(mean) + ", " + Node.fmt(upper)));
                    return null;
                }
                return new Param.Normal(mean, sd, lower, upper, origin);
            }
        }
    }

    static final Text DISTRIBUTION_FORMS = Text.of("schrijf een getal, {value: x, source: \"...\"}, {min, mode, max} (driehoek;"
            + " shape: pert voor PERT), {low, high} (uniform) of {mean, sd} (normaal, eventueel met lower en upper)",
            "write a number, {value: x, source: \"...\"}, {min, mode, max} (triangular;"
            + " shape: pert for PERT), {low, high} (uniform) or {mean, sd} (normal, optional lower and upper)");

    private static final Text A_NUMBER = Text.of("een getal", "a number");

    private Double component(Node.MapNode map, String key, String label, Bounds b, Text needs) {
        Node n = map.get(key);
        if (n == null) {
            problems.add(map.location(), Text.of("`{0}`: deze verdeling heeft {1} nodig; `{2}` ontbreekt",
                    "`{0}`: this distribution needs {1}; `{2}` is missing", label, needs, key), DISTRIBUTION_FORMS);
            return null;
        }
        return number(n, label + "." + key, b, A_NUMBER);
    }

    private static boolean has(Node.MapNode map, String key) {
        return map.get(key) != null;
    }

    static Origin origin(Node node, String source) {
        Location l = node.location();
        return new Origin(l.file(), l.line(), l.column(), source);
    }

    // ---------------------------------------------------------------- numbers

    /** A plain number, or a percentage when the bounds allow one; checked against the bounds. */
    Double number(Node node, String label, Bounds b) {
        return number(node, label, b, A_NUMBER);
    }

    private Double number(Node node, String label, Bounds b, Text expected) {
        if (node == null || invalid(node)) {
            return null;
        }
        if (!(node instanceof Node.Scalar s) || !(s.isNumber() || s.isString())) {
            problems.add(node.location(), Text.of("`{0}`: verwacht {1}, gevonden: {2}", "`{0}`: expected {1}, got {2}",
                    label, expected, node.describe()), expectHint(node, b));
            return null;
        }
        double value;
        if (s.isNumber()) {
            if (s.value() instanceof BigInteger) {
                problems.add(node.location(), Text.of("`{0}`: het getal {1} is veel te groot", "`{0}`: the number {1} is far too large",
                        label, Node.Scalar.shorten(s.text())));
                return null;
            }
            value = s.number();
        } else {
            Matcher m = PERCENT.matcher(s.text());
            if (!m.matches()) {
                problems.add(node.location(), Text.of("`{0}`: verwacht {1}, gevonden: {2}", "`{0}`: expected {1}, got {2}",
                        label, expected, node.describe()), stringHint(s.text(), b));
                return null;
            }
            if (!b.percent()) {
                problems.add(node.location(), Text.of("`{0}` kan geen percentage zijn: het is {1}, gevonden: {2}",
                        "`{0}` cannot be a percentage: it is {1}, got {2}", label, b.noun(), s.text().strip()),
                        Text.of("schrijf een gewoon getal", "write a plain number"));
                return null;
            }
            value = Double.parseDouble(m.group(1)) / 100.0;
        }
        return inBounds(node, label, b, value) ? value : null;
    }

    private boolean inBounds(Node node, String label, Bounds b, double value) {
        if (value >= b.min() && value <= b.max()) {
            return true;
        }
        String got = ((Node.Scalar) node).text().strip();
        Text hint = Text.NONE;
        if (b.percent() && !got.endsWith("%") && value > b.max() && value <= 100 && value / 100 >= b.min()
                && value / 100 <= b.max()) {
            hint = Text.of("schrijf {0}% voor {0} procent", "write {0}% for {0} percent", got);
        }
        if (value < b.min() && b.min() == 0) {
            problems.add(node.location(), Text.of("`{0}` mag niet negatief zijn, gevonden: {1}", "`{0}` must not be negative, got {1}",
                    label, got), hint);
        } else {
            problems.add(node.location(), Text.of("`{0}` moet tussen {1} liggen, gevonden: {2}", "`{0}` must lie between {1}, got {2}",
                    label, range(b), got), hint);
        }
        return false;
    }

    static Text range(Bounds b) {
        Text plain = Text.of("{0} en {1}", "{0} and {1}", Node.fmt(b.min()), Node.fmt(b.max()));
        if (b.percent()) {
            return plain.plus(Text.of(" ({0}% en {1}%)", " ({0}% and {1}%)", Node.fmt(b.min() * 100), Node.fmt(b.max() * 100)));
        }
        return plain;
    }

    private static final Text UNQUOTE = Text.of("haal de aanhalingstekens weg: een waarde tussen aanhalingstekens is tekst, geen getal",
            "remove the quotes: a quoted value is text, not a number");

    private static Text stringHint(String text, Bounds b) {
        if (DECIMAL_COMMA.matcher(text).matches()) {
            return Text.of("gebruik een decimale punt: {0}", "use a decimal point: {0}", text.strip().replace(',', '.'));
        }
        if (LOOKS_NUMERIC.matcher(text).matches()) {
            return UNQUOTE;
        }
        String t = text.strip().toLowerCase(java.util.Locale.ROOT);
        if (t.matches("[+-]?\\.?(nan|inf|infinity)")) {
            return Text.of("NaN en oneindig zijn niet toegestaan; schrijf een gewoon getal",
                    "NaN and infinity are not allowed; write an ordinary number");
        }
        return b.percent() ? Text.of("schrijf een getal zoals 0.12 of een percentage zoals 12%",
                "write a number such as 0.12 or a percentage such as 12%") : Text.of("schrijf een getal", "write a number");
    }

    private static Text expectHint(Node node, Bounds b) {
        if (node instanceof Node.Scalar s && s.kind() == Node.Kind.NULL) {
            return b.percent() ? Text.of("de sleutel heeft geen waarde; schrijf een getal of een percentage, of laat de sleutel weg",
                    "the key has no value; write a number or a percentage, or leave the key out")
                    : Text.of("de sleutel heeft geen waarde; schrijf een getal, of laat de sleutel weg",
                    "the key has no value; write a number, or leave the key out");
        }
        if (node instanceof Node.ListNode) {
            return DISTRIBUTION_FORMS;
        }
        return Text.NONE;
    }

    /** A whole number (YAML integer); 1.5 and 1000.0 are refused. */
    Long integer(Node node, String label, Bounds b) {
        if (node == null || invalid(node)) {
            return null;
        }
        if (node instanceof Node.Scalar s && s.kind() == Node.Kind.INTEGER) {
            if (s.value() instanceof BigInteger) {
                problems.add(node.location(), Text.of("`{0}` moet tussen {1} liggen, gevonden: {2}", "`{0}` must lie between {1}, got {2}",
                        label, range(b), Node.Scalar.shorten(s.text())));
                return null;
            }
            long v = (Long) s.value();
            return inBounds(node, label, b, v) ? v : null;
        }
        Text hint = Text.NONE;
        if (node instanceof Node.Scalar s && s.kind() == Node.Kind.FLOAT) {
            double d = s.number();
            hint = d == Math.rint(d) && Math.abs(d) < 1e15 ? Text.of("schrijf {0}", "write {0}", (long) d) : Text.NONE;
        } else if (node instanceof Node.Scalar s && s.isString() && LOOKS_NUMERIC.matcher(s.text()).matches()) {
            hint = UNQUOTE;
        }
        problems.add(node.location(), Text.of("`{0}` moet een geheel getal zijn, gevonden: {1}", "`{0}` must be a whole number, got {1}",
                label, node.describe()), hint);
        return null;
    }

    /** A calendar year. */
    Integer year(Node node, String label) {
        Long y = integer(node, label, ScenarioFormat.YEAR);
        return y == null ? null : y.intValue();
    }

    /** A year (2027) or an inclusive range (2026-2030): {from, to}. */
    int[] yearRange(Node node, String label) {
        if (node == null || invalid(node)) {
            return null;
        }
        if (node instanceof Node.Scalar s && s.kind() == Node.Kind.INTEGER) {
            Integer y = year(node, label);
            return y == null ? null : new int[] {y, y};
        }
        if (node instanceof Node.Scalar s && s.isString()) {
            Matcher m = RANGE.matcher(s.text());
            if (m.matches()) {
                int from = Integer.parseInt(m.group(1));
                int to = Integer.parseInt(m.group(2));
                if (to < from) {
                    problems.add(node.location(), Text.of("`{0}` loopt achteruit: {1}", "`{0}` runs backwards: {1}", label, s.text().strip()),
                            Text.of("schrijf {0}-{1}", "write {0}-{1}", to, from));
                    return null;
                }
                return new int[] {from, to};
            }
        }
        problems.add(node.location(), Text.of("`{0}` moet een jaar (2027) of een reeks jaren (2026-2030) zijn, gevonden: {1}",
                "`{0}` must be a year (2027) or a range of years (2026-2030), got {1}", label, node.describe()));
        return null;
    }

    /** A reporting period 2025-2030: {start, end}, start before end. */
    int[] period(Node node, String label) {
        if (node == null || invalid(node)) {
            return null;
        }
        if (node instanceof Node.Scalar s && s.isString()) {
            Matcher m = RANGE.matcher(s.text());
            if (m.matches()) {
                int start = Integer.parseInt(m.group(1));
                int end = Integer.parseInt(m.group(2));
                if (end <= start) {
                    problems.add(node.location(), Text.of("periode {0} moet eindigen na het begin", "period {0} must end after it starts",
                            s.text().strip()), Text.of("een periode BEGIN-EIND telt de jaren BEGIN+1 t/m EIND op, bijv. 2025-2030",
                            "a period START-END sums the years START+1 to END, e.g. 2025-2030"));
                    return null;
                }
                return new int[] {start, end};
            }
        }
        problems.add(node.location(), Text.of("`{0}`: een periode is BEGIN-EIND, bijv. 2025-2030, gevonden: {1}",
                "`{0}`: a period is START-END, e.g. 2025-2030, got {1}", label, node.describe()));
        return null;
    }

    // ---------------------------------------------------------------- text

    String string(Node node, String label) {
        if (node == null || invalid(node)) {
            return null;
        }
        if (node instanceof Node.Scalar s && s.isString()) {
            return s.string();
        }
        problems.add(node.location(), Text.of("`{0}` moet tekst zijn, gevonden: {1}", "`{0}` must be text, got {1}", label, node.describe()),
                node instanceof Node.Scalar ? Text.of("zet de waarde tussen aanhalingstekens", "put the value in quotes") : Text.NONE);
        return null;
    }

    /** One of {@code values}; a near miss gets a "did you mean" hint. */
    String choice(Node node, String label, List<String> values) {
        if (node == null || invalid(node)) {
            return null;
        }
        if (node instanceof Node.Scalar s && s.isString() && values.contains(s.string())) {
            return s.string();
        }
        Text got = node instanceof Node.Scalar s && s.isString() ? Text.same("`" + s.text() + "`") : node.describe();
        Text hint = node instanceof Node.Scalar s ? Suggestions.didYouMean(s.text(), values) : Text.NONE;
        problems.add(node.location(), Text.of("`{0}` moet een van {1} zijn; gevonden: {2}", "`{0}` must be one of {1}; got {2}",
                label, String.join(", ", values), got), hint);
        return null;
    }

    Boolean bool(Node node, String label) {
        if (node == null || invalid(node)) {
            return null;
        }
        if (node instanceof Node.Scalar s && s.kind() == Node.Kind.BOOLEAN
                && (s.text().equalsIgnoreCase("true") || s.text().equalsIgnoreCase("false"))) {
            return (Boolean) s.value();
        }
        boolean yamlOneOne = node instanceof Node.Scalar s && s.kind() == Node.Kind.BOOLEAN;
        Text got = yamlOneOne ? Text.same("`" + ((Node.Scalar) node).text() + "`") : node.describe();
        problems.add(node.location(), Text.of("`{0}` moet true of false zijn, gevonden: {1}", "`{0}` must be true or false, got {1}", label, got),
                yamlOneOne ? Text.of("schrijf true of false; yes, no, on en off zijn in YAML dubbelzinnig",
                        "write true or false; yes, no, on and off are ambiguous in YAML") : Text.NONE);
        return null;
    }

    private static boolean invalid(Node node) {
        return node instanceof Node.Scalar s && s.kind() == Node.Kind.INVALID;
    }
}
