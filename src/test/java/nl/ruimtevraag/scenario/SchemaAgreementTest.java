package nl.ruimtevraag.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One truth for the format (issue 23): a real JSON Schema validator (networknt, draft 2020-12) on
 * docs/scenario.schema.json and the loader give the same verdict on generated scenarios, valid and
 * broken, for everything the schema can express. Scenarios are the shipped ones and a seed of every
 * one-of form, each mutated once at a random place: an unknown key at any depth (one-of sections
 * such as a growth rule included), a value of the wrong type, a number far out of range, a
 * distribution that mixes two forms. The JSON text goes to the loader as it is (JSON is YAML 1.2).
 *
 * <p>Always: the schema refuses ⇒ the loader refuses (the loader is never more lenient than the
 * editor). For unknown keys, wrong types and mixed forms also the converse: the loader refuses ⇒
 * the schema refuses, so an editor flags what the loader flags. Out-of-range numbers are held only
 * one way where the rule is one of those the schema cannot express (docs/scenario-format.md,
 * "What the schema cannot check"): a year outside the horizon, a region code of the data set.
 */
class SchemaAgreementTest {
    private static final Path ROOT = Path.of(System.getProperty("project.root", ".")).toAbsolutePath();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int CASES = 400;
    private static Schema schema;
    private static final ScenarioLoader LOADER = new ScenarioLoader();

    private enum Kind { NONE, UNKNOWN_KEY, WRONG_TYPE, OUT_OF_RANGE, MIXED_FORMS }

    private record Case(String seed, Kind kind, String where, ObjectNode doc) {
    }

    @BeforeAll
    static void schema() throws IOException {
        schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(JSON.readTree(ROOT.resolve("docs/scenario.schema.json").toFile()));
    }

    private static List<Path> seeds() throws IOException {
        List<Path> seeds = new ArrayList<>();
        try (Stream<Path> files = Files.list(ROOT.resolve("scenarios"))) {
            files.filter(f -> f.toString().endsWith(".yaml")).sorted().forEach(seeds::add);
        }
        seeds.add(ROOT.resolve("src/test/resources/nl/ruimtevraag/scenario/agreement/one-of-forms.yaml"));
        return seeds;
    }

    private static boolean schemaAccepts(JsonNode doc) {
        return schema.validate(doc).isEmpty();
    }

    private static LoadResult load(JsonNode doc) throws IOException {
        // read as the file scenarios/generated.yaml, so that extends of the shipped scenarios resolves
        return LOADER.loadString(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(doc),
                ROOT.resolve("scenarios/generated.yaml").toString());
    }

    @Test
    void theShippedScenariosAreValidForBoth() throws IOException {
        for (Path seed : seeds()) {
            JsonNode doc = new YAMLMapper().readTree(seed.toFile());
            assertEquals(List.of(), schema.validate(doc).stream().map(Object::toString).toList(), seed.toString());
            LoadResult r = load(doc);
            assertTrue(r.ok(), seed + "\n" + r.report());
        }
    }

    @Test
    void schemaAndLoaderAgreeOnGeneratedScenarios() throws IOException {
        List<Path> seeds = seeds();
        List<ObjectNode> docs = new ArrayList<>();
        for (Path seed : seeds) {
            docs.add((ObjectNode) new YAMLMapper().readTree(seed.toFile()));
        }
        Random random = new Random(23);
        int[] rejectedBoth = new int[Kind.values().length];
        List<String> disagreements = new ArrayList<>();
        for (int i = 0; i < CASES; i++) {
            int s = random.nextInt(docs.size());
            Case c = mutate(seeds.get(s).getFileName().toString(), docs.get(s).deepCopy(), random);
            boolean schemaOk = schemaAccepts(c.doc);
            LoadResult loaded = load(c.doc);
            String what = c.seed + " " + c.kind + " at " + c.where;
            if (!schemaOk && loaded.ok()) {
                disagreements.add("schema refuses, loader accepts: " + what + "\n  " + schema.validate(c.doc));
            } else if (schemaOk && !loaded.ok() && c.kind != Kind.NONE && !beyondTheSchema(loaded)) {
                disagreements.add("loader refuses, schema accepts: " + what + "\n  " + loaded.report().strip());
            } else if (c.kind == Kind.NONE && !(schemaOk && loaded.ok())) {
                disagreements.add("an unchanged seed is refused: " + what);
            }
            if (!schemaOk && !loaded.ok()) {
                rejectedBoth[c.kind.ordinal()]++;
            }
        }
        if (!disagreements.isEmpty()) {
            fail(disagreements.size() + " of " + CASES + " disagree:\n" + String.join("\n", disagreements));
        }
        // the generator reaches every kind of break (a test that cannot fail holds nothing)
        for (Kind k : Kind.values()) {
            if (k != Kind.NONE) {
                assertTrue(rejectedBoth[k.ordinal()] > 5, k + ": " + rejectedBoth[k.ordinal()] + " cases refused by both");
            }
        }
    }

    /**
     * The loader's rules that the schema cannot express (docs/scenario-format.md, "What the schema
     * cannot check"): true when every problem is one of them, so a schema that accepts is right.
     */
    private static boolean beyondTheSchema(LoadResult r) {
        return r.problems().stream().allMatch(p -> BEYOND.stream().anyMatch(p.message().en()::contains));
    }

    private static final List<String> BEYOND = List.of(
            "unknown region"); // region codes and groups come from the data set and the scenario

    // ------------------------------------------------------------------ the generator

    /** Every object (with its JSON pointer) and every scalar slot (parent, key or index). */
    private record Slot(JsonNode parent, String key, int index, String pointer) {
        JsonNode value() {
            return key != null ? parent.get(key) : parent.get(index);
        }

        void set(JsonNode v) {
            if (key != null) {
                ((ObjectNode) parent).set(key, v);
            } else {
                ((ArrayNode) parent).set(index, v);
            }
        }
    }

    private static void collect(JsonNode node, String pointer, List<Slot> objects, List<Slot> scalars, JsonNode parent,
                                String key, int index) {
        if (node.isObject()) {
            objects.add(new Slot(parent, key, index, pointer.isEmpty() ? "/" : pointer));
            node.properties().forEach(e -> collect(e.getValue(), pointer + "/" + e.getKey(), objects, scalars, node, e.getKey(), -1));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), pointer + "/" + i, objects, scalars, node, null, i);
            }
        } else if (parent != null) {
            scalars.add(new Slot(parent, key, index, pointer));
        }
    }

    private static Case mutate(String seed, ObjectNode doc, Random random) {
        List<Slot> objects = new ArrayList<>();
        List<Slot> scalars = new ArrayList<>();
        collect(doc, "", objects, scalars, null, null, -1);
        JsonNodeFactory f = JsonNodeFactory.instance;
        Kind kind = Kind.values()[random.nextInt(Kind.values().length)];
        switch (kind) {
            case NONE -> {
                return new Case(seed, kind, "-", doc);
            }
            case UNKNOWN_KEY -> {
                Slot o = objects.get(random.nextInt(objects.size()));
                ObjectNode target = o.parent == null ? doc : (ObjectNode) o.value();
                // a typo of a key that is there (regoin for region), or a key of nobody's
                List<String> keys = new ArrayList<>();
                target.fieldNames().forEachRemaining(keys::add);
                String key = !keys.isEmpty() && random.nextBoolean() ? typo(keys.get(random.nextInt(keys.size())), random) : "zzz_onbekend";
                target.put(key, 1);
                return new Case(seed, kind, o.pointer + " key " + key, doc);
            }
            case WRONG_TYPE -> {
                Slot s = scalars.get(random.nextInt(scalars.size()));
                JsonNode old = s.value();
                JsonNode wrong = old.isBoolean() ? f.numberNode(12) : random.nextBoolean() ? f.booleanNode(true)
                        : f.arrayNode().add(f.arrayNode());
                s.set(wrong);
                return new Case(seed, kind, s.pointer + " " + old + " -> " + wrong, doc);
            }
            case OUT_OF_RANGE -> {
                List<Slot> numbers = scalars.stream().filter(x -> x.value().isNumber()).toList();
                Slot s = numbers.get(random.nextInt(numbers.size()));
                JsonNode old = s.value();
                JsonNode far = random.nextBoolean() ? f.numberNode(-1_000_000) : f.numberNode(1e12);
                s.set(far);
                return new Case(seed, kind, s.pointer + " " + old + " -> " + far, doc);
            }
            case MIXED_FORMS -> {
                List<Slot> numbers = scalars.stream().filter(x -> x.value().isNumber() || x.value().asText().endsWith("%")).toList();
                Slot s = numbers.get(random.nextInt(numbers.size()));
                JsonNode old = s.value();
                ObjectNode mixed = f.objectNode();
                mixed.set("min", old);
                mixed.set("mode", old);
                mixed.set("max", old);
                mixed.set(random.nextBoolean() ? "low" : "sd", old);
                s.set(mixed);
                return new Case(seed, kind, s.pointer + " " + old + " -> " + mixed, doc);
            }
            default -> throw new IllegalStateException(kind.toString());
        }
    }

    /** A one-letter slip: two letters swapped, or one doubled. */
    private static String typo(String key, Random random) {
        if (key.length() < 2) {
            return key + key;
        }
        int i = random.nextInt(key.length() - 1);
        if (key.charAt(i) != key.charAt(i + 1) && random.nextBoolean()) {
            return key.substring(0, i) + key.charAt(i + 1) + key.charAt(i) + key.substring(i + 2);
        }
        return key.substring(0, i + 1) + key.charAt(i) + key.substring(i + 1);
    }
}
