package nl.ruimtevraag.scenario;

import nl.ruimtevraag.model.Text;
import nl.ruimtevraag.model.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.ruimtevraag.model.RegionData;
import nl.ruimtevraag.model.RegionalData;
import nl.ruimtevraag.model.Scenario;
import nl.ruimtevraag.model.Werkmilieu;

/**
 * Loads scenario files: parses the YAML with locations, resolves {@code extends} (every scenario
 * builds on the built-in {@code basis} unless it names another base), merges, validates and
 * converts to a {@link Scenario}. Every problem of the file and its bases is collected and
 * reported together. Immutable and thread-safe.
 */
public final class ScenarioLoader {
    /** The embedded data set's region codes (the 12 provinces), in data set order. */
    public static final List<String> PROVINCE_CODES = List.of("GR", "FR", "DR", "OV", "FL", "GE", "UT", "NH", "ZH", "ZE", "NB", "LI");

    /** The built-in scenario every scenario extends unless it says otherwise. */
    public static final String DEFAULT_BASE = "basis";

    private static final List<String> BUILT_IN = List.of(DEFAULT_BASE);
    private static final String RESOURCE_DIR = "/nl/ruimtevraag/scenarios/";

    private final List<String> regionCodes;
    /** the data set's base-year stock [w] by region code, or null when the loader knows only the codes */
    private final Map<String, double[]> stock;

    /**
     * A loader that knows only the data set's region codes: scenario values are not checked against
     * the data set's figures (transformation against the stock).
     *
     * @param regionCodes the data set's valid region codes, in the data set's order
     */
    public ScenarioLoader(List<String> regionCodes) {
        this(regionCodes, null);
    }

    /** A loader that checks scenarios against a data set: its region codes and its base-year stock. */
    public ScenarioLoader(RegionalData data) {
        this(data.codes(), stockOf(data));
    }

    private ScenarioLoader(List<String> regionCodes, Map<String, double[]> stock) {
        if (regionCodes == null || regionCodes.isEmpty()) {
            throw new IllegalArgumentException("a loader needs the data set's region codes");
        }
        this.regionCodes = List.copyOf(regionCodes);
        this.stock = stock;
    }

    private static Map<String, double[]> stockOf(RegionalData data) {
        Map<String, double[]> stock = new LinkedHashMap<>();
        for (RegionData region : data.regions()) {
            double[] row = new double[Werkmilieu.COUNT];
            for (Werkmilieu w : Werkmilieu.values()) {
                row[w.ordinal()] = region.stock().get(w).value();
            }
            stock.put(region.code(), row);
        }
        return Map.copyOf(stock);
    }

    /** A loader for the embedded data set's provinces. */
    public ScenarioLoader() {
        this(PROVINCE_CODES);
    }

    /** Names of the built-in scenarios ({@code basis}). */
    public static List<String> builtInNames() {
        return BUILT_IN;
    }

    /** The text of a built-in scenario, e.g. for {@code init --from basis}. */
    public static String builtInText(String name) {
        if (!BUILT_IN.contains(name)) {
            throw new IllegalArgumentException("no built-in scenario " + name);
        }
        return new String(resource(name), StandardCharsets.UTF_8);
    }

    /** Loads a scenario file; the file is named in problems as {@code file.toString()}. */
    public LoadResult load(Path file) {
        return load(parse(file));
    }

    /** Loads a built-in scenario by name ({@code basis}). */
    public LoadResult loadBuiltIn(String name) {
        return load(parseBuiltIn(name));
    }

    /**
     * A scenario read, parsed and merged over its bases: the part of loading that needs no region
     * codes, so that it may run (on another thread) while the data set loads. {@link #load(Parsed)}
     * validates and converts it; it is meant to be loaded once.
     */
    public static final class Parsed {
        private final Source source;
        private final Node.MapNode own;
        private final Node.MapNode merged;
        private final List<Source> chain;
        private final Problems problems;
        private final LoadResult.Failed failure;

        private Parsed(Source source, Node.MapNode own, Node.MapNode merged, List<Source> chain, Problems problems,
                       LoadResult.Failed failure) {
            this.source = source;
            this.own = own;
            this.merged = merged;
            this.chain = chain;
            this.problems = problems;
            this.failure = failure;
        }

        private static Parsed failed(List<Problem> problems) {
            return new Parsed(null, null, null, List.of(), null, new LoadResult.Failed(problems));
        }

        /**
         * A problem with the value at a dotted key path of the merged scenario (e.g. {@code output.template}),
         * located where that value was written, in this file or in a base it extends; at 1:1 of this file
         * when the path is not written (for checks of a loaded scenario that need more than its text,
         * such as whether its template is a workbook).
         */
        public Problem problemAt(String dottedPath, Text message, Text hint) {
            Node node = merged;
            for (String key : dottedPath.split("\\.")) {
                node = node instanceof Node.MapNode map ? map.get(key) : null;
            }
            Location at = node != null ? node.location()
                    : new Location(source == null ? "" : source.display(), 1, 1);
            return new Problem(at.file(), at.line(), at.column(), message, hint);
        }
    }

    /** Reads and parses a scenario file (as {@link #load(Path)} does before it validates). */
    public static Parsed parse(Path file) {
        Problems problems = new Problems();
        Source source = readFile(file, file.toString(), null, problems);
        if (source == null) {
            return Parsed.failed(problems.sorted());
        }
        return parse(source, problems);
    }

    /** The name of a scenario read from standard input ({@code run -}) in problems: {@value}. */
    public static final String STANDARD_INPUT = "<stdin>";

    /**
     * Reads and parses a scenario from a stream (standard input), named {@value #STANDARD_INPUT} in
     * problems, with the same size limit as a file; a relative {@code extends} is resolved against
     * the working folder.
     */
    public static Parsed parse(InputStream in) {
        Problems problems = new Problems();
        byte[] bytes;
        try {
            bytes = in.readNBytes(LoaderLimits.MAX_FILE_BYTES + 1);
        } catch (IOException e) {
            problems.add(new Location(STANDARD_INPUT, 1, 1), Text.of("kan standaardinvoer niet lezen: {0}", "cannot read standard input: {0}",
                    e.getMessage()));
            return Parsed.failed(problems.sorted());
        }
        if (bytes.length > LoaderLimits.MAX_FILE_BYTES) {
            YamlTree.reportTooLarge(STANDARD_INPUT, bytes.length, problems);
            return Parsed.failed(problems.sorted());
        }
        return parse(new Source(STANDARD_INPUT, "stdin:", Path.of("").toAbsolutePath(), bytes), problems);
    }

    /** Parses a built-in scenario by name (as {@link #loadBuiltIn} does before it validates). */
    public static Parsed parseBuiltIn(String name) {
        if (!BUILT_IN.contains(name)) {
            Text hint = Suggestions.didYouMean(name, BUILT_IN);
            return Parsed.failed(List.of(new Problem(Location.BUILT_IN_PREFIX + name + ".yaml", 1, 1,
                    Text.of("geen ingebouwd scenario `{0}`; ingebouwd: {1}", "no built-in scenario `{0}`; built-in: {1}", name,
                            String.join(", ", BUILT_IN)), hint)));
        }
        return parse(builtIn(name), new Problems());
    }

    /** Validates a parsed scenario against this loader's region codes and converts it. */
    public LoadResult load(Parsed parsed) {
        if (parsed.failure != null) {
            return parsed.failure;
        }
        return finish(parsed.source.display(), sha256(parsed.source.bytes()), parsed.own, parsed.merged,
                parsed.chain.stream().map(Source::display).toList(), parsed.problems);
    }

    /**
     * Loads scenario text as if it were the file {@code fileName} (for tests and editors);
     * a relative {@code extends} is resolved against the file name's folder.
     */
    public LoadResult loadString(String yaml, String fileName) {
        Path path = Path.of(fileName);
        Path dir = path.toAbsolutePath().normalize().getParent();
        return load(parse(new Source(fileName, "text:" + path.toAbsolutePath().normalize(), dir, yaml.getBytes(StandardCharsets.UTF_8)),
                new Problems()));
    }

    /**
     * Loads raw bytes as if they were the file {@code fileName}: the same path as {@link #load(Path)}
     * after the file has been read, including the UTF-8 check (for the fuzz test).
     */
    LoadResult loadBytes(byte[] bytes, String fileName) {
        Path path = Path.of(fileName);
        Path dir = path.toAbsolutePath().normalize().getParent();
        return load(parse(new Source(fileName, "text:" + path.toAbsolutePath().normalize(), dir, bytes.clone()), new Problems()));
    }

    // ---------------------------------------------------------------- internals

    /**
     * A scenario's bytes and where it came from.
     *
     * @param display the name used in problems
     * @param identity what makes two references the same scenario (cycle detection)
     * @param dir the folder relative extends are resolved against; null for built-ins
     */
    private record Source(String display, String identity, Path dir, byte[] bytes) {
    }

    private static Parsed parse(Source source, Problems problems) {
        Node.MapNode own = YamlTree.parse(source.bytes(), source.display(), problems);
        if (own == null) {
            return Parsed.failed(problems.sorted());
        }
        List<Source> chain = new ArrayList<>();
        Node.MapNode merged = resolve(source, own, chain, problems);
        return new Parsed(source, own, merged, chain, problems, null);
    }

    /**
     * The one way a merged tree becomes a scenario: the problems are ordered by the files of
     * {@code order} (the user's first, then its bases), then the tree is validated and converted.
     * {@code merged} is null when a base could not be had. {@code own} is the user's tree before
     * merging: a file's, or a sweep variant's varied keys.
     */
    LoadResult finish(String display, String sha256, Node.MapNode own, Node.MapNode merged, List<String> order,
                      Problems problems) {
        problems.fileOrder(order);
        if (merged == null) {
            return new LoadResult.Failed(problems.sorted());
        }
        Scenario scenario;
        try {
            scenario = ScenarioReader.read(merged, own, display, stem(display), sha256, regionCodes, stock, problems);
        } catch (IllegalArgumentException e) {
            // a model record refused a value the checks let through: report it rather than crash
            problems.add(own.location(), Text.of("het scenario kon niet worden opgebouwd: {0}", "the scenario could not be built: {0}", e.getMessage()),
                    Text.of("dit is een gat in de controles van ruimtevraag; meld het graag samen met het bestand",
                            "this is a gap in ruimtevraag's checks; please report it together with the file"));
            scenario = null;
        }
        if (scenario == null || !problems.isEmpty()) {
            if (problems.isEmpty()) {
                problems.add(own.location(), Text.of("het scenario kon niet worden gelezen", "the scenario could not be read"));
            }
            return new LoadResult.Failed(problems.sorted());
        }
        return new LoadResult.Loaded(scenario);
    }

    /** A scenario merged over its bases, with what it came from: the base of sweep variants. */
    record Merged(String display, String sha256, Node.MapNode tree, List<String> files) {
    }

    /**
     * A file, or a built-in scenario by name when no such file exists, parsed and merged over its
     * bases. It must load (load it first to report its problems), else this throws
     * {@link IllegalArgumentException}.
     */
    Merged merged(String fileOrName) {
        Problems problems = new Problems();
        Path path = Path.of(fileOrName);
        Source source = !Files.exists(path) && BUILT_IN.contains(fileOrName) ? builtIn(fileOrName)
                : readFile(path, path.toString(), null, problems);
        Node.MapNode own = source == null ? null : YamlTree.parse(source.bytes(), source.display(), problems);
        List<Source> chain = new ArrayList<>();
        Node.MapNode merged = own == null ? null : resolve(source, own, chain, problems);
        if (merged == null || !problems.isEmpty()) {
            throw new IllegalArgumentException("the scenario has problems:\n" + new LoadResult.Failed(problems.sorted()).report());
        }
        return new Merged(source.display(), sha256(source.bytes()), merged, chain.stream().map(Source::display).toList());
    }

    /** The scenario's tree merged over its bases, or null when a base cannot be had (reported). */
    private static Node.MapNode resolve(Source source, Node.MapNode tree, List<Source> chain, Problems problems) {
        chain.add(source);
        Node ext = tree.get("extends");
        Source parent;
        if (ext == null) {
            if (source.identity().equals(builtInIdentity(DEFAULT_BASE))) {
                return tree;
            }
            parent = builtIn(DEFAULT_BASE);
        } else {
            String target = new ValueReader(problems).string(ext, "extends");
            if (target == null) {
                return null;
            }
            parent = locate(target.strip(), source, ext, problems);
            if (parent == null) {
                return null;
            }
            for (Source earlier : chain) {
                if (earlier.identity().equals(parent.identity())) {
                    StringBuilder cycle = new StringBuilder();
                    for (Source s : chain.subList(chain.indexOf(earlier), chain.size())) {
                        cycle.append(s.display()).append(" -> ");
                    }
                    cycle.append(parent.display());
                    problems.add(ext.location(), Text.of("`extends` maakt een kringloop: {0}", "`extends` makes a cycle: {0}", cycle),
                            Text.of("een scenario kan niet op zichzelf voortbouwen; laat een van beide op basis voortbouwen",
                                    "a scenario cannot build on itself; let one of them extend basis instead"));
                    return null;
                }
            }
            if (chain.size() >= LoaderLimits.MAX_EXTENDS_DEPTH) {
                problems.add(ext.location(), Text.of("`extends` rijgt meer dan {0} scenario's aaneen", "`extends` chains more than {0} scenarios",
                        LoaderLimits.MAX_EXTENDS_DEPTH), Text.of("bouw op minder lagen voort", "build on fewer layers"));
                return null;
            }
        }
        Node.MapNode parentTree = YamlTree.parse(parent.bytes(), parent.display(), problems);
        if (parentTree == null) {
            if (ext != null) {
                problems.add(ext.location(), Text.of("het basisscenario `{0}` kan niet worden gelezen", "the base scenario `{0}` cannot be read",
                        ((Node.Scalar) ext).text()), Text.of("zie de fouten bij {0}", "see the errors reported for {0}", parent.display()));
            }
            return null;
        }
        Node.MapNode parentMerged = resolve(parent, parentTree, chain, problems);
        return parentMerged == null ? null : ScenarioMerger.merge(parentMerged, tree);
    }

    /** A built-in name first, then a path relative to the scenario's folder (".yaml" may be left out). */
    private static Source locate(String target, Source from, Node at, Problems problems) {
        if (BUILT_IN.contains(target)) {
            return builtIn(target);
        }
        try {
            Path.of(target);
        } catch (java.nio.file.InvalidPathException e) {
            problems.add(at.location(), Text.of("`extends` is geen bruikbaar bestandspad ({0})", "`extends` is not a usable file path ({0})",
                    e.getReason()), Text.of("geef een ingebouwd scenario ({0}) of een pad van gewone tekens",
                    "give a built-in scenario ({0}) or a path of ordinary characters", String.join(", ", BUILT_IN)));
            return null;
        }
        if (from.dir() == null || target.isEmpty()) {
            problems.add(at.location(), Text.of("`extends` noemt geen ingebouwd scenario: `{0}`", "`extends` names no built-in scenario: `{0}`",
                    target), Text.of("ingebouwde scenario's: {0}", "built-in scenarios: {0}", String.join(", ", BUILT_IN)));
            return null;
        }
        Path path = from.dir().resolve(target).normalize();
        String display = displayOf(from.display(), target);
        if (!Files.exists(path) && !target.endsWith(".yaml") && !target.endsWith(".yml")
                && Files.exists(from.dir().resolve(target + ".yaml"))) {
            path = from.dir().resolve(target + ".yaml").normalize();
            display = displayOf(from.display(), target + ".yaml");
        }
        if (!Files.isRegularFile(path)) {
            Text hint = Text.of("`extends` neemt een ingebouwd scenario ({0}) of een pad ten opzichte van dit bestand",
                    "`extends` takes a built-in scenario ({0}) or a path relative to this file", String.join(", ", BUILT_IN));
            Text near = Suggestions.didYouMean(target, BUILT_IN);
            problems.add(at.location(), Text.of("basisscenario `{0}` niet gevonden: geen ingebouwd scenario met die naam en geen bestand {1}",
                    "base scenario `{0}` not found: no built-in scenario of that name and no file {1}", target, display), near.isEmpty() ? hint : near);
            return null;
        }
        return readFile(path, display, at, problems);
    }

    private static String displayOf(String fromDisplay, String target) {
        Path parent = fromDisplay.equals(STANDARD_INPUT) ? null : Path.of(fromDisplay).getParent();
        Path p = parent == null ? Path.of(target) : parent.resolve(target);
        return p.normalize().toString();
    }

    private static Source readFile(Path path, String display, Node referredFrom, Problems problems) {
        Location at = referredFrom != null ? referredFrom.location() : new Location(display, 1, 1);
        try {
            if (Files.isDirectory(path)) {
                problems.add(at, Text.of("{0} is een map, geen scenariobestand", "{0} is a folder, not a scenario file", display));
                return null;
            }
            if (Files.exists(path) && !Files.isRegularFile(path)) {
                // a pipe or a device would block the read or never end
                problems.add(at, Text.of("{0} is geen gewoon bestand (een pipe of apparaat); verwacht een scenariobestand",
                        "{0} is not a regular file (a pipe or a device), expected a scenario file", display),
                        Text.of("sla het scenario op als bestand en geef het pad", "save the scenario as a file and give its path"));
                return null;
            }
            long size = Files.size(path);
            if (size > LoaderLimits.MAX_FILE_BYTES) {
                YamlTree.reportTooLarge(display, size, problems);
                return null;
            }
            byte[] bytes;
            try (InputStream in = Files.newInputStream(path)) {
                // at most one byte over the limit: a file that grows while it is read, or a special
                // file that reports size 0, cannot exhaust memory
                bytes = in.readNBytes(LoaderLimits.MAX_FILE_BYTES + 1);
            }
            if (bytes.length > LoaderLimits.MAX_FILE_BYTES) {
                YamlTree.reportTooLarge(display, bytes.length, problems);
                return null;
            }
            Path real = path.toRealPath();
            return new Source(display, "file:" + real, real.getParent(), bytes);
        } catch (NoSuchFileException e) {
            problems.add(at, Text.of("bestand niet gevonden: {0}", "file not found: {0}", display),
                    Text.of("controleer het pad; het is ten opzichte van de huidige map", "check the path; it is relative to the current folder"));
            return null;
        } catch (IOException e) {
            problems.add(at, Text.of("kan {0} niet lezen: {1}", "cannot read {0}: {1}", display, e.getMessage()));
            return null;
        }
    }

    private static Source builtIn(String name) {
        return new Source(Location.BUILT_IN_PREFIX + name + ".yaml", builtInIdentity(name), null, resource(name));
    }

    private static String builtInIdentity(String name) {
        return "builtin:" + name;
    }

    private static byte[] resource(String name) {
        try (InputStream in = ScenarioLoader.class.getResourceAsStream(RESOURCE_DIR + name + ".yaml")) {
            if (in == null) {
                throw new IllegalStateException("missing built-in scenario resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String stem(String display) {
        if (display.equals(STANDARD_INPUT)) {
            return "stdin"; // the output files' default name: out/stdin.xlsx
        }
        String name = display.substring(Math.max(display.lastIndexOf('/'), display.lastIndexOf('\\')) + 1);
        for (String ext : List.of(".yaml", ".yml")) {
            if (name.endsWith(ext)) {
                return name.substring(0, name.length() - ext.length());
            }
        }
        return name;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java", e);
        }
    }
}
