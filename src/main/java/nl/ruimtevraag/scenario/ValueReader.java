package nl.ruimtevraag.scenario;

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
            Double v = number(node, label, b, "a number or a distribution");
            return v == null ? null : new Param.Point(v, origin(node, ""));
        }
        problems.add(node.location(), "`" + label + "`: expected a number or a distribution, got " + node.describe(),
                expectHint(node, b));
        return null;
    }

    private Param distribution(Node.MapNode map, String label, Bounds b) {
        boolean ok = true;
        for (Node.Entry e : map.entries()) {
            if (!ScenarioFormat.DISTRIBUTION_KEYS.contains(e.key())) {
                String hint = Suggestions.didYouMean(e.key(), ScenarioFormat.DISTRIBUTION_KEYS);
                problems.add(e.keyLocation(), "unknown key `" + e.key() + "` in the distribution of `" + label + "`",
                        hint.isEmpty() ? DISTRIBUTION_FORMS : hint);
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
            problems.add(map.location(), "`" + label + "` mixes the keys of " + String.join(" and ", families)
                    + "; a value has one form", DISTRIBUTION_FORMS);
            return null;
        }
        if (families.isEmpty()) {
            if (ok) {
                problems.add(map.location(), "`" + label + "` has no value", DISTRIBUTION_FORMS);
            }
            return null;
        }
        Origin origin = origin(map, source);
        switch (families.get(0)) {
            case "value" -> {
                Double v = number(map.get("value"), label + ".value", b, "a number");
                return ok && v != null ? new Param.Point(v, origin) : null;
            }
            case "min/mode/max" -> {
                Double min = component(map, "min", label, b, "min, mode and max");
                Double mode = component(map, "mode", label, b, "min, mode and max");
                Double max = component(map, "max", label, b, "min, mode and max");
                String shape = map.get("shape") == null ? "triangular" : choice(map.get("shape"), label + ".shape", ScenarioFormat.SHAPES);
                if (!ok || min == null || mode == null || max == null || shape == null) {
                    return null;
                }
                if (!(min <= mode && mode <= max)) {
                    problems.add(map.location(), "`" + label + "`: expected min <= mode <= max, got " + Node.fmt(min) + ", "
                            + Node.fmt(mode) + ", " + Node.fmt(max), "");
                    return null;
                }
                return shape.equals("pert") ? new Param.Pert(min, mode, max, origin) : new Param.Triangular(min, mode, max, origin);
            }
            case "low/high" -> {
                Double low = component(map, "low", label, b, "low and high");
                Double high = component(map, "high", label, b, "low and high");
                if (!ok || low == null || high == null) {
                    return null;
                }
                if (!(low <= high)) {
                    problems.add(map.location(), "`" + label + "`: expected low <= high, got " + Node.fmt(low) + ", " + Node.fmt(high), "");
                    return null;
                }
                return new Param.Uniform(low, high, origin);
            }
            default -> {
                Double mean = component(map, "mean", label, b, "mean and sd");
                Bounds sdBounds = new Bounds(0, Math.max(0, b.max() - b.min()), b.percent(), "a standard deviation");
                Double sd = component(map, "sd", label, sdBounds, "mean and sd");
                Double lower = map.get("lower") == null ? Double.valueOf(b.min()) : number(map.get("lower"), label + ".lower", b, "a number");
                Double upper = map.get("upper") == null ? Double.valueOf(b.max()) : number(map.get("upper"), label + ".upper", b, "a number");
                if (!ok || mean == null || sd == null || lower == null || upper == null) {
                    return null;
                }
                if (!(lower <= mean && mean <= upper)) {
                    problems.add(map.location(), "`" + label + "`: expected lower <= mean <= upper, got " + Node.fmt(lower) + ", "
                            + Node.fmt(mean) + ", " + Node.fmt(upper), "");
                    return null;
                }
                return new Param.Normal(mean, sd, lower, upper, origin);
            }
        }
    }

    static final String DISTRIBUTION_FORMS = "write a number, {value: x, source: \"...\"}, {min, mode, max} (triangular;"
            + " shape: pert for PERT), {low, high} (uniform) or {mean, sd} (normal, optional lower and upper)";

    private Double component(Node.MapNode map, String key, String label, Bounds b, String needs) {
        Node n = map.get(key);
        if (n == null) {
            problems.add(map.location(), "`" + label + "`: this distribution needs " + needs + "; `" + key + "` is missing",
                    DISTRIBUTION_FORMS);
            return null;
        }
        return number(n, label + "." + key, b, "a number");
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
        return number(node, label, b, "a number");
    }

    private Double number(Node node, String label, Bounds b, String expected) {
        if (node == null || invalid(node)) {
            return null;
        }
        if (!(node instanceof Node.Scalar s) || !(s.isNumber() || s.isString())) {
            problems.add(node.location(), "`" + label + "`: expected " + expected + ", got " + node.describe(), expectHint(node, b));
            return null;
        }
        double value;
        if (s.isNumber()) {
            if (s.value() instanceof BigInteger) {
                problems.add(node.location(), "`" + label + "`: the number " + Node.Scalar.shorten(s.text()) + " is far too large", "");
                return null;
            }
            value = s.number();
        } else {
            Matcher m = PERCENT.matcher(s.text());
            if (!m.matches()) {
                problems.add(node.location(), "`" + label + "`: expected " + expected + ", got " + node.describe(), stringHint(s.text(), b));
                return null;
            }
            if (!b.percent()) {
                problems.add(node.location(), "`" + label + "` cannot be a percentage: it is " + b.noun() + ", got " + s.text().strip(),
                        "write a plain number");
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
        String hint = "";
        if (b.percent() && !got.endsWith("%") && value > b.max() && value <= 100 && value / 100 >= b.min()
                && value / 100 <= b.max()) {
            hint = "write " + got + "% for " + got + " percent";
        }
        if (value < b.min() && b.min() == 0) {
            problems.add(node.location(), "`" + label + "` must not be negative, got " + got, hint);
        } else {
            problems.add(node.location(), "`" + label + "` must lie between " + range(b) + ", got " + got, hint);
        }
        return false;
    }

    static String range(Bounds b) {
        String plain = Node.fmt(b.min()) + " and " + Node.fmt(b.max());
        if (b.percent()) {
            return plain + " (" + Node.fmt(b.min() * 100) + "% and " + Node.fmt(b.max() * 100) + "%)";
        }
        return plain;
    }

    private static String stringHint(String text, Bounds b) {
        if (DECIMAL_COMMA.matcher(text).matches()) {
            return "use a decimal point: " + text.strip().replace(',', '.');
        }
        if (LOOKS_NUMERIC.matcher(text).matches()) {
            return "remove the quotes: a quoted value is text, not a number";
        }
        String t = text.strip().toLowerCase(java.util.Locale.ROOT);
        if (t.matches("[+-]?\\.?(nan|inf|infinity)")) {
            return "NaN and infinity are not allowed; write an ordinary number";
        }
        return b.percent() ? "write a number such as 0.12 or a percentage such as 12%" : "write a number";
    }

    private static String expectHint(Node node, Bounds b) {
        if (node instanceof Node.Scalar s && s.kind() == Node.Kind.NULL) {
            return "the key has no value; write a number" + (b.percent() ? " or a percentage" : "") + ", or leave the key out";
        }
        if (node instanceof Node.ListNode) {
            return DISTRIBUTION_FORMS;
        }
        return "";
    }

    /** A whole number (YAML integer); 1.5 and 1000.0 are refused. */
    Long integer(Node node, String label, Bounds b) {
        if (node == null || invalid(node)) {
            return null;
        }
        if (node instanceof Node.Scalar s && s.kind() == Node.Kind.INTEGER) {
            if (s.value() instanceof BigInteger) {
                problems.add(node.location(), "`" + label + "` must lie between " + range(b) + ", got " + Node.Scalar.shorten(s.text()), "");
                return null;
            }
            long v = (Long) s.value();
            return inBounds(node, label, b, v) ? v : null;
        }
        String hint = "";
        if (node instanceof Node.Scalar s && s.kind() == Node.Kind.FLOAT) {
            double d = s.number();
            hint = d == Math.rint(d) && Math.abs(d) < 1e15 ? "write " + (long) d : "";
        } else if (node instanceof Node.Scalar s && s.isString() && LOOKS_NUMERIC.matcher(s.text()).matches()) {
            hint = "remove the quotes: a quoted value is text, not a number";
        }
        problems.add(node.location(), "`" + label + "` must be a whole number, got " + node.describe(), hint);
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
                    problems.add(node.location(), "`" + label + "` runs backwards: " + s.text().strip(), "write " + to + "-" + from);
                    return null;
                }
                return new int[] {from, to};
            }
        }
        problems.add(node.location(), "`" + label + "` must be a year (2027) or a range of years (2026-2030), got " + node.describe(), "");
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
                    problems.add(node.location(), "period " + s.text().strip() + " must end after it starts",
                            "a period START-END sums the years START+1 to END, e.g. 2025-2030");
                    return null;
                }
                return new int[] {start, end};
            }
        }
        problems.add(node.location(), "`" + label + "`: a period is START-END, e.g. 2025-2030, got " + node.describe(), "");
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
        problems.add(node.location(), "`" + label + "` must be text, got " + node.describe(),
                node instanceof Node.Scalar ? "put the value in quotes" : "");
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
        String got = node instanceof Node.Scalar s && s.isString() ? "`" + s.text() + "`" : node.describe();
        String hint = node instanceof Node.Scalar s ? Suggestions.didYouMean(s.text(), values) : "";
        problems.add(node.location(), "`" + label + "` must be one of " + String.join(", ", values) + "; got " + got, hint);
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
        String got = yamlOneOne ? "`" + ((Node.Scalar) node).text() + "`" : node.describe();
        problems.add(node.location(), "`" + label + "` must be true or false, got " + got,
                yamlOneOne ? "write true or false; yes, no, on and off are ambiguous in YAML" : "");
        return null;
    }

    private static boolean invalid(Node node) {
        return node instanceof Node.Scalar s && s.kind() == Node.Kind.INVALID;
    }
}
