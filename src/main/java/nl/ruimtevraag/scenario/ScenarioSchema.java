package nl.ruimtevraag.scenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.ruimtevraag.scenario.Spec.Bounds;

/**
 * The JSON Schema (draft 2020-12) of the scenario format, generated from the key table
 * ({@link ScenarioFormat}), so that an editor with the YAML language server completes keys and
 * flags mistakes while typing. The loader checks more than the schema can say (sums of shares,
 * years inside the horizon, region codes of the data set); the schema is the editor's first line.
 */
public final class ScenarioSchema {
    static final String DRAFT = "https://json-schema.org/draft/2020-12/schema";
    static final String PERCENT_PATTERN = "^\\s*[+-]?(\\d+(\\.\\d*)?|\\.\\d+)\\s*%\\s*$";
    static final String RANGE_PATTERN = "^\\s*\\d{4}\\s*-\\s*\\d{4}\\s*$";

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private ScenarioSchema() {
    }

    /** The schema as pretty-printed JSON with "\n" line ends and a final newline. */
    public static String json() {
        try {
            DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                    .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                    .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n"));
            return new ObjectMapper().writer(printer).writeValueAsString(schema()) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static ObjectNode schema() {
        ObjectNode root = F.objectNode();
        root.put("$schema", DRAFT);
        root.put("title", "ruimtevraag scenario");
        root.put("description", "A scenario for the ruimtevraag simulator; keys left out come from the scenario it extends"
                + " (default: the built-in basis). Format: docs/scenario-format.md");
        // the distributions of bounded keys, by name: their components carry the key's range
        Map<String, Bounds> dists = new LinkedHashMap<>();
        ObjectNode body = of(ScenarioFormat.ROOT, dists);
        body.fields().forEachRemaining(e -> {
            if (!e.getKey().equals("description")) {
                root.set(e.getKey(), e.getValue());
            }
        });
        root.set("$defs", defs(dists));
        return root;
    }

    private static ObjectNode defs(Map<String, Bounds> dists) {
        ObjectNode defs = F.objectNode();
        ObjectNode percent = F.objectNode();
        percent.put("type", "string");
        percent.put("pattern", PERCENT_PATTERN);
        percent.put("description", "a percentage, e.g. 12% for 0.12");
        defs.set("percent", percent);
        ObjectNode numberOrPercent = F.objectNode();
        ArrayNode any = numberOrPercent.putArray("anyOf");
        any.addObject().put("type", "number");
        any.addObject().put("$ref", "#/$defs/percent");
        defs.set("number_or_percent", numberOrPercent);
        dists.forEach((name, b) -> defs.set(name, b != Bounds.NONE ? distribution(b)
                : distribution(name.equals("distribution") ? "#/$defs/number_or_percent" : null)));
        return defs;
    }

    /** The four forms of a distribution and the annotated point, components as numbers (or percentages). */
    private static ObjectNode distribution(String component) {
        ObjectNode d = F.objectNode();
        d.put("description", "a point {value, source} or a distribution: {min, mode, max} (triangular, shape: pert for PERT),"
                + " {low, high} (uniform), {mean, sd} (normal, optional lower/upper)");
        ArrayNode forms = d.putArray("oneOf");
        forms.add(form(component, List.of("value"), List.of()));
        ObjectNode tri = form(component, List.of("min", "mode", "max"), List.of());
        ObjectNode shape = ((ObjectNode) tri.get("properties")).putObject("shape");
        shape.put("description", "triangular (default) or pert");
        ArrayNode shapes = shape.putArray("enum");
        ScenarioFormat.SHAPES.forEach(shapes::add);
        forms.add(tri);
        forms.add(form(component, List.of("low", "high"), List.of()));
        forms.add(form(component, List.of("mean", "sd"), List.of("lower", "upper")));
        return d;
    }

    /**
     * The name of the distribution whose components lie in the bounds (registered in dists): the
     * loader checks every component of a distribution against its key's range, and sd against
     * 0..(max - min); {@code distribution} and {@code distribution_plain} for unbounded keys.
     */
    private static String distributionName(Bounds b, Map<String, Bounds> dists) {
        String name = b == Bounds.NONE ? (b.percent() ? "distribution" : "distribution_plain")
                : "distribution_" + plain(b.min()) + "_" + plain(b.max()) + (b.percent() ? "_or_percent" : "");
        dists.putIfAbsent(name, b);
        return name;
    }

    private static String plain(double v) {
        return new java.math.BigDecimal(Double.toString(v)).stripTrailingZeros().toPlainString().replace("-", "minus").replace('.', 'p');
    }

    /** The distribution forms with components in the bounds (a percentage: by its form only). */
    private static ObjectNode distribution(Bounds b) {
        ObjectNode d = distribution(b.percent() ? "#/$defs/number_or_percent" : null);
        Bounds sd = new Bounds(0, Math.max(0, b.max() - b.min()), b.percent(), nl.ruimtevraag.model.Text.of("een standaardafwijking", "a standard deviation"));
        for (JsonNode form : d.get("oneOf")) {
            form.get("properties").fields().forEachRemaining(e -> {
                if (!e.getKey().equals("source") && !e.getKey().equals("shape")) {
                    e.setValue(boundedComponent(e.getKey().equals("sd") ? sd : b));
                }
            });
        }
        return d;
    }

    private static ObjectNode boundedComponent(Bounds b) {
        ObjectNode number = bounded(F.objectNode().put("type", "number"), b);
        if (!b.percent()) {
            return number;
        }
        ObjectNode c = F.objectNode();
        ArrayNode any = c.putArray("anyOf");
        any.add(number);
        any.addObject().put("$ref", "#/$defs/percent");
        return c;
    }

    private static ObjectNode form(String component, List<String> required, List<String> optional) {
        ObjectNode f = F.objectNode();
        f.put("type", "object");
        ObjectNode props = f.putObject("properties");
        for (String k : required) {
            props.set(k, component(component));
        }
        for (String k : optional) {
            props.set(k, component(component));
        }
        props.putObject("source").put("type", "string").put("description", "the public source or estimate behind the value");
        ArrayNode req = f.putArray("required");
        required.forEach(req::add);
        f.put("additionalProperties", false);
        return f;
    }

    private static ObjectNode component(String ref) {
        ObjectNode c = F.objectNode();
        if (ref == null) {
            c.put("type", "number");
        } else {
            c.put("$ref", ref);
        }
        return c;
    }

    private static ObjectNode of(Spec spec, Map<String, Bounds> dists) {
        ObjectNode s = F.objectNode();
        s.put("description", spec.doc());
        if (spec instanceof Spec.Section section) {
            s.put("type", "object");
            ObjectNode props = s.putObject("properties");
            ArrayNode required = F.arrayNode();
            for (Spec.Key k : section.keys()) {
                props.set(k.name(), of(k.spec(), dists));
                if (k.required()) {
                    required.add(k.name());
                }
            }
            if (!required.isEmpty()) {
                s.set("required", required);
            }
            s.put("additionalProperties", false);
        } else if (spec instanceof Spec.ListOf list) {
            s.put("type", "array");
            s.set("items", of(list.item(), dists));
            if (list.maxItems() > 0) {
                s.put("maxItems", list.maxItems());
            }
        } else if (spec instanceof Spec.MapOf map) {
            s.put("type", "object");
            if (map.keyKind() == Spec.KeyKind.FIXED) {
                ObjectNode props = s.putObject("properties");
                for (String name : map.names()) {
                    props.set(name, of(map.value(), dists));
                }
                s.put("additionalProperties", false);
            } else {
                if (map.keyKind() == Spec.KeyKind.YEAR) {
                    s.putObject("propertyNames").put("pattern", "^\\d{4}$");
                }
                s.set("additionalProperties", of(map.value(), dists));
            }
        } else if (spec instanceof Spec.Regional regional) {
            s.put("type", "object");
            ObjectNode props = s.putObject("properties");
            ObjectNode def = of(regional.value(), dists);
            def.put("description", "the value for every region without its own");
            props.set("default", def);
            ObjectNode regions = props.putObject("regions");
            regions.put("description", "values per region code or group name; a region's own value beats its group's");
            regions.put("type", "object");
            regions.set("additionalProperties", of(regional.value(), dists));
            s.put("additionalProperties", false);
        } else if (spec instanceof Spec.OneOf oneOf) {
            ArrayNode any = s.putArray("anyOf");
            for (Spec alternative : oneOf.alternatives()) {
                any.add(of(alternative, dists));
            }
        } else if (spec instanceof Spec.Leaf leaf) {
            leaf(s, leaf, dists);
        }
        return s;
    }

    private static void leaf(ObjectNode s, Spec.Leaf leaf, Map<String, Bounds> dists) {
        Bounds b = leaf.bounds();
        switch (leaf.type()) {
            case PARAM -> {
                ArrayNode any = s.putArray("anyOf");
                any.add(bounded(F.objectNode().put("type", "number"), b));
                if (b.percent()) {
                    any.addObject().put("$ref", "#/$defs/percent");
                }
                any.addObject().put("$ref", "#/$defs/" + distributionName(b, dists));
            }
            case NUMBER -> {
                if (b.percent()) {
                    ArrayNode any = s.putArray("anyOf");
                    any.add(bounded(F.objectNode().put("type", "number"), b));
                    any.addObject().put("$ref", "#/$defs/percent");
                } else {
                    bounded(s.put("type", "number"), b);
                }
            }
            case INTEGER -> {
                s.put("type", "integer");
                if (b != ScenarioFormat.SEED) {
                    s.put("minimum", (long) b.min());
                    s.put("maximum", (long) b.max());
                }
            }
            case YEAR -> s.put("type", "integer").put("minimum", (long) b.min()).put("maximum", (long) b.max());
            case STRING, REGION -> s.put("type", "string");
            case REGION_OR_GROUP -> {
                s.put("type", "string");
                if (!leaf.values().isEmpty()) {
                    ArrayNode examples = s.putArray("examples");
                    leaf.values().forEach(examples::add);
                }
            }
            case BOOLEAN -> s.put("type", "boolean");
            case ENUM -> {
                ArrayNode values = s.putArray("enum");
                leaf.values().forEach(values::add);
            }
            case YEAR_RANGE -> {
                ArrayNode any = s.putArray("anyOf");
                any.addObject().put("type", "integer").put("minimum", (long) b.min()).put("maximum", (long) b.max());
                any.addObject().put("type", "string").put("pattern", RANGE_PATTERN);
            }
            case PERIOD -> s.put("type", "string").put("pattern", RANGE_PATTERN);
        }
    }

    private static ObjectNode bounded(ObjectNode s, Bounds b) {
        if (b != Bounds.NONE) {
            s.put("minimum", b.min());
            s.put("maximum", b.max());
        }
        return s;
    }
}
