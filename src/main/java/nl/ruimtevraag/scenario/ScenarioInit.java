package nl.ruimtevraag.scenario;

import nl.ruimtevraag.model.Text;
import nl.ruimtevraag.model.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Text for new scenario files ({@code init}): the commented template with its name set, or a copy
 * of an existing scenario with its name set and a relative {@code extends} rewritten so that it
 * still points at the same base from the new file's folder.
 */
public final class ScenarioInit {
    /** Classpath copy of templates/scenario.yaml. */
    public static final String TEMPLATE_RESOURCE = "/nl/ruimtevraag/templates/scenario.yaml";

    private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    private static final Pattern PLAIN_SCALAR = Pattern.compile("[A-Za-z][A-Za-z0-9._-]*");
    private static final List<String> RESERVED = List.of("con", "prn", "aux", "nul", "com1", "com2", "com3", "com4", "com5",
            "com6", "com7", "com8", "com9", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9");
    private static final List<String> YAML_WORDS = List.of("true", "false", "yes", "no", "on", "off", "y", "n", "null");

    /** The text of a new file, or why it cannot be made. */
    public record Draft(String text, String error) {
        public boolean ok() {
            return error == null;
        }
    }

    private ScenarioInit() {
    }

    /** Why NAME is not a safe file name, in English ({@link #whyUnsafe} has both languages), or empty when it is. */
    public static Optional<String> nameProblem(String name) {
        return whyUnsafe(name).map(Text::en);
    }

    /** Why NAME is not a safe file name (letters, digits, '.', '-', '_'; at most 64), in Dutch and English, or empty when it is. */
    public static Optional<Text> whyUnsafe(String name) {
        if (name.endsWith(".yaml") || name.endsWith(".yml")) {
            return Optional.of(Text.of("geef de naam zonder .yaml: {0}", "give the name without .yaml: {0}", name.replaceFirst("\\.ya?ml$", "")));
        }
        if (!SAFE_NAME.matcher(name).matches() || name.endsWith(".")) {
            return Optional.of(Text.of("`{0}` is geen veilige bestandsnaam: gebruik letters, cijfers, '.', '-' en '_' (hoogstens 64,"
                    + " beginnend met een letter of cijfer)", "`{0}` is not a safe file name: use letters, digits, '.', '-' and '_' (at most 64,"
                    + " starting with a letter or digit)", name));
        }
        if (RESERVED.contains(name.toLowerCase(Locale.ROOT).replaceFirst("\\..*$", ""))) {
            return Optional.of(Text.of("`{0}` is een gereserveerde apparaatnaam in Windows; kies een andere naam",
                    "`{0}` is a reserved device name on Windows; choose another name", name));
        }
        return Optional.empty();
    }

    /** The template text as shipped. */
    public static String template() {
        try (InputStream in = ScenarioInit.class.getResourceAsStream(TEMPLATE_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + TEMPLATE_RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The template with {@code name:} set to NAME. */
    public static Draft fromTemplate(String name) {
        return withName(template(), "templates/scenario.yaml", name);
    }

    /**
     * A copy of SCENARIO (a built-in name or a file path) for the file {@code target}: its
     * {@code name} set to NAME and a relative {@code extends} rewritten for the new folder. The
     * copy keeps everything else, comments included.
     */
    public static Draft copyOf(String scenario, Path target, String name) {
        String text;
        String display;
        Path sourceDir = null;
        if (ScenarioLoader.builtInNames().contains(scenario)) {
            text = ScenarioLoader.builtInText(scenario);
            display = scenario;
        } else {
            Path source = Path.of(scenario);
            if (!Files.isRegularFile(source)) {
                return new Draft(null, "no scenario `" + scenario + "`: not a built-in scenario ("
                        + String.join(", ", ScenarioLoader.builtInNames()) + ") and not a file");
            }
            try {
                if (Files.size(source) > LoaderLimits.MAX_FILE_BYTES) {
                    return new Draft(null, scenario + " is larger than a scenario file may be (1 MiB)");
                }
                text = Files.readString(source, StandardCharsets.UTF_8);
            } catch (IOException | UncheckedIOException e) {
                return new Draft(null, "cannot read " + scenario + ": " + e.getMessage());
            }
            display = scenario;
            sourceDir = source.toAbsolutePath().normalize().getParent();
        }
        Draft named = withName(text, display, name);
        if (!named.ok() || sourceDir == null) {
            return named;
        }
        return rebaseExtends(named.text(), display, sourceDir, target.toAbsolutePath().normalize().getParent());
    }

    /** Sets (or adds) the top-level {@code name}, found through the parsed tree's locations. */
    private static Draft withName(String text, String display, String name) {
        Problems problems = new Problems();
        Node.MapNode tree = YamlTree.parse(text.getBytes(StandardCharsets.UTF_8), display, problems);
        if (tree == null) {
            return new Draft(null, display + " is not a readable scenario:\n" + formatted(problems));
        }
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        String nameLine = "name: " + yamlString(name);
        Node.Entry entry = tree.entry("name");
        if (entry == null) {
            int at = 0;
            while (at < lines.size() && (lines.get(at).isBlank() || lines.get(at).startsWith("#"))) {
                at++;
            }
            lines.add(at, nameLine);
        } else {
            if (!replaceLine(lines, entry)) {
                return new Draft(null, "the name in " + display + " spans several lines; write it on one line first");
            }
            lines.set(entry.keyLocation().line() - 1, nameLine);
        }
        return new Draft(String.join("\n", lines), null);
    }

    /** A relative extends, resolved from the source's folder, re-expressed from the new file's folder. */
    private static Draft rebaseExtends(String text, String display, Path sourceDir, Path targetDir) {
        Problems problems = new Problems();
        Node.MapNode tree = YamlTree.parse(text.getBytes(StandardCharsets.UTF_8), display, problems);
        Node.Entry entry = tree == null ? null : tree.entry("extends");
        if (entry == null || !(entry.value() instanceof Node.Scalar s) || !s.isString()
                || ScenarioLoader.builtInNames().contains(s.string().strip())) {
            return new Draft(text, null);
        }
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        if (!replaceLine(lines, entry)) {
            return new Draft(null, "the extends in " + display + " spans several lines; write it on one line first");
        }
        Path base = sourceDir.resolve(s.string().strip()).normalize();
        String relative = targetDir.relativize(base).toString().replace('\\', '/');
        lines.set(entry.keyLocation().line() - 1, "extends: " + yamlPath(relative));
        return new Draft(String.join("\n", lines), null);
    }

    /** True when the entry is a one-line scalar starting at column 1, so its line can be replaced whole. */
    private static boolean replaceLine(List<String> lines, Node.Entry entry) {
        return entry.keyLocation().column() == 1 && entry.value() instanceof Node.Scalar s
                && s.location().line() == entry.keyLocation().line() && !s.text().contains("\n");
    }

    /** NAME as a YAML string: plain when YAML would read it as text, quoted otherwise (2030, yes, 1e3). */
    static String yamlString(String value) {
        if (PLAIN_SCALAR.matcher(value).matches() && !YAML_WORDS.contains(value.toLowerCase(Locale.ROOT))) {
            return value;
        }
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** A relative path as YAML: plain when it is clearly a path, quoted otherwise. */
    static String yamlPath(String path) {
        if (path.matches("[A-Za-z0-9._/-]+") && (path.contains("/") || path.matches(".*\\.ya?ml"))
                && !path.startsWith("-")) {
            return path;
        }
        return yamlString(path);
    }

    private static String formatted(Problems problems) {
        StringBuilder b = new StringBuilder();
        for (Problem p : problems.sorted()) {
            b.append(p.format()).append('\n');
        }
        return b.toString();
    }
}
