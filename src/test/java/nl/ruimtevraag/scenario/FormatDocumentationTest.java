package nl.ruimtevraag.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Keeps the key table, docs/scenario-format.md, the JSON Schema, the template and the example
 * scenarios in step: a key the loader accepts must be documented and in the schema, and every
 * example must load (or, for the documented errors, fail exactly as documented).
 */
class FormatDocumentationTest {
    private static final Path ROOT = Path.of(System.getProperty("project.root", "."));
    private static final Path DOCS = ROOT.resolve("docs/scenario-format.md");
    private static final Path SCHEMA = ROOT.resolve("docs/scenario.schema.json");
    private static final Pattern FENCE = Pattern.compile("(?ms)^```(\\S*)([^\\n]*)\\n(.*?)^```\\s*$");

    private final ScenarioLoader loader = new ScenarioLoader();

    private static String docs() throws IOException {
        return Files.readString(DOCS, StandardCharsets.UTF_8);
    }

    @Test
    void everyAcceptedKeyIsDocumented() throws IOException {
        String docs = docs();
        List<String> missing = new ArrayList<>();
        for (String path : ScenarioFormat.keyPaths()) {
            String needle = path.startsWith("<") ? path.substring(path.indexOf('.') + 1) : path;
            if (!docs.contains("`" + needle + "`")) {
                missing.add(path);
            }
        }
        assertEquals(List.of(), missing, "keys the loader accepts but docs/scenario-format.md does not mention in `backticks`");
    }

    @Test
    void everyAcceptedKeyIsInTheSchema() throws IOException {
        JsonNode schema = new ObjectMapper().readTree(ScenarioSchema.json());
        List<String> missing = new ArrayList<>();
        for (String path : ScenarioFormat.keyPaths()) {
            boolean found;
            if (path.startsWith("<distribution>.")) {
                // every distribution definition (one per range of the keys that take one) has the key
                List<String> key = List.of(path.substring(path.indexOf('.') + 1));
                List<String> defs = new ArrayList<>();
                schema.get("$defs").fieldNames().forEachRemaining(n -> {
                    if (n.startsWith("distribution")) {
                        defs.add(n);
                    }
                });
                found = !defs.isEmpty() && defs.stream().allMatch(n -> !find(schema, schema.at("/$defs/" + n), key).isEmpty());
            } else if (path.startsWith("<regional>.")) {
                found = !find(schema, schema, List.of("circular", "intensity", path.substring(path.indexOf('.') + 1))).isEmpty();
            } else {
                found = !find(schema, schema, List.of(path.split("\\."))).isEmpty();
            }
            if (!found) {
                missing.add(path);
            }
        }
        assertEquals(List.of(), missing, "keys the loader accepts but the JSON Schema lacks");
    }

    /** The schema nodes reached by following property names ("x[]": property x, then its items). */
    private static List<JsonNode> find(JsonNode root, JsonNode start, List<String> segments) {
        List<JsonNode> current = List.of(start);
        for (String segment : segments) {
            boolean list = segment.endsWith("[]");
            String name = list ? segment.substring(0, segment.length() - 2) : segment;
            List<JsonNode> next = new ArrayList<>();
            for (JsonNode node : expand(root, current)) {
                JsonNode child = node.path("properties").path(name);
                if (!child.isMissingNode()) {
                    if (list) {
                        for (JsonNode alternative : expand(root, List.of(child))) {
                            if (alternative.has("items")) {
                                next.add(alternative.get("items"));
                            }
                        }
                    } else {
                        next.add(child);
                    }
                }
            }
            current = next;
        }
        return current;
    }

    private static List<JsonNode> expand(JsonNode root, List<JsonNode> nodes) {
        List<JsonNode> all = new ArrayList<>();
        for (JsonNode n : nodes) {
            all.add(n);
            if (n.has("$ref")) {
                all.addAll(expand(root, List.of(root.at(n.get("$ref").asText().substring(1)))));
            }
            for (String k : List.of("anyOf", "oneOf")) {
                for (JsonNode alternative : n.path(k)) {
                    all.addAll(expand(root, List.of(alternative)));
                }
            }
        }
        return all;
    }

    @Test
    void theCommittedSchemaIsCurrent() throws IOException {
        assertEquals(ScenarioSchema.json(), Files.readString(SCHEMA, StandardCharsets.UTF_8),
                "docs/scenario.schema.json is stale: regenerate it with `ruimtevraag schema > docs/scenario.schema.json`");
    }

    @Test
    void theSchemaAcceptsTheKeysOfBasis() throws IOException {
        JsonNode properties = new ObjectMapper().readTree(ScenarioSchema.json()).get("properties");
        Node.MapNode basis = YamlTree.parse(ScenarioLoader.builtInText("basis").getBytes(StandardCharsets.UTF_8), "basis", new Problems());
        for (String key : basis.keys()) {
            assertTrue(properties.has(key), key);
        }
    }

    @TestFactory
    Stream<DynamicTest> everyYamlExampleInTheDocsLoadsOrFailsAsDocumented() throws IOException {
        String docs = docs();
        Matcher m = FENCE.matcher(docs);
        List<String[]> blocks = new ArrayList<>();
        while (m.find()) {
            blocks.add(new String[] {m.group(1), m.group(2).strip(), m.group(3), Integer.toString(lineOf(docs, m.start()))});
        }
        List<DynamicTest> tests = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            String[] b = blocks.get(i);
            if (!b[0].equals("yaml")) {
                continue;
            }
            String name = "docs/scenario-format.md line " + b[3];
            if (b[1].equals("invalid")) {
                String[] expected = blocks.get(i + 1);
                String[] english = i + 2 < blocks.size() && blocks.get(i + 2)[0].equals("text") && blocks.get(i + 2)[1].equals("en")
                        ? blocks.get(i + 2) : null;
                tests.add(DynamicTest.dynamicTest(name + " (documented errors)", () -> {
                    assertEquals("text", expected[0], "an invalid example is followed by its ```text report");
                    assertEquals(expected[2], loader.loadString(b[2], "scenario.yaml").report());
                    // a ```text en block right after the Dutch report: the same report with --lang en
                    if (english != null) {
                        assertEquals(english[2], loader.loadString(b[2], "scenario.yaml").report(java.util.Locale.ENGLISH));
                    }
                }));
            } else {
                tests.add(DynamicTest.dynamicTest(name, () -> {
                    LoadResult r = loader.loadString(b[2], "scenario.yaml");
                    assertTrue(r.ok(), r.report());
                }));
            }
        }
        assertTrue(tests.size() >= 10, "expected the docs to carry examples");
        return tests.stream();
    }

    private static int lineOf(String text, int offset) {
        return (int) text.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
    }

    // ---------------------------------------------------------------- template and examples

    @Test
    void theTemplateInTheRepositoryAndOnTheClasspathAreEqual() throws IOException {
        assertEquals(Files.readString(ROOT.resolve("templates/scenario.yaml"), StandardCharsets.UTF_8), ScenarioInit.template(),
                "copy templates/scenario.yaml to src/main/resources/nl/ruimtevraag/templates/scenario.yaml");
    }

    @Test
    void theTemplateValidatesAsWritten() {
        LoadResult r = loader.loadString(ScenarioInit.template(), "scenario.yaml");
        assertTrue(r.ok(), r.report());
        assertEquals("NAME", r.scenario().name());
    }

    @Test
    void theTemplatesCommentedExamplesValidateWhenUncommented() {
        String uncommented = ScenarioInit.template().lines()
                .map(l -> l.matches("# ( *)([a-z_]+:|- ).*") ? l.substring(2) : l)
                .collect(Collectors.joining("\n", "", "\n"));
        assertTrue(uncommented.contains("\ncircular:\n"), uncommented);
        LoadResult r = loader.loadString(uncommented, "scenario.yaml");
        assertTrue(r.ok(), r.report() + "\n" + uncommented);
        assertFalse(r.scenario().transformation().isEmpty());
    }

    @TestFactory
    Stream<DynamicTest> everyScenarioInTheRepositoryValidates() throws IOException {
        Path folder = ROOT.resolve("scenarios");
        List<Path> files = new ArrayList<>();
        if (Files.isDirectory(folder)) {
            try (Stream<Path> s = Files.walk(folder)) {
                s.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml")).sorted().forEach(files::add);
            }
        }
        Stream<DynamicTest> builtIn = Stream.of(DynamicTest.dynamicTest("basis (built-in)", () -> {
            LoadResult r = loader.loadBuiltIn("basis");
            assertTrue(r.ok(), r.report());
        }));
        // scenarios/bench/ runs on a synthetic data set ('data synth --regions 342'): codes GM0001..GM0342
        List<String> synthetic = new ArrayList<>();
        for (int i = 1; i <= 342; i++) {
            synthetic.add(String.format(java.util.Locale.ROOT, "GM%04d", i));
        }
        ScenarioLoader benchLoader = new ScenarioLoader(synthetic);
        return Stream.concat(builtIn, files.stream().map(p -> DynamicTest.dynamicTest(ROOT.relativize(p).toString(), () -> {
            LoadResult r = (p.startsWith(folder.resolve("bench")) ? benchLoader : loader).load(p);
            assertTrue(r.ok(), r.report());
        })));
    }
}
