package nl.ruimtevraag.scenario;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import nl.ruimtevraag.model.Problem;

/**
 * The variants of a sweep's grid: variant i is the swept scenario with each {@link Vary} set to its
 * value in grid order (the last vary changes fastest). A variant's varied keys are a tree of
 * {@link Node}s placed at the {@code --vary} that wrote them (a key at {@code --vary PATH}, a value
 * at {@code --vary PATH=VALUE}), merged over the scenario as a file that extends it would be, and
 * read by the scenario reader: the checks are those of a file, and a problem in a varied key or
 * value names its {@code --vary}. The scenario is parsed once ({@link #of}),
 * each value once here. The grid's keys must be distinct ({@link Vary#checkDistinct}). Immutable;
 * {@link #load} may be called from many threads.
 */
public final class Variants {
    /** the language of the reports: Dutch unless {@link #in} says English */
    private java.util.Locale locale = Problem.DUTCH;

    /** Reports in the locale's language (English or Dutch); returns this. */
    public Variants in(java.util.Locale locale) {
        this.locale = locale;
        return this;
    }

    /** A value as parsed: its tree (null when it is not one YAML value) and the problems found in it. */
    private record Value(Node node, List<Problem> problems) {
    }

    private final ScenarioLoader loader;
    private final String display;
    private final String sha256;
    private final Node.MapNode base;
    private final List<String> baseFiles;
    private final List<Vary> grid;
    private final Value[][] values;

    /**
     * The sweep variants of a scenario: a file, or a built-in scenario by name when no such file
     * exists. The scenario is parsed and merged over its bases once; it must load (load it first to
     * report its problems), else this throws {@link IllegalArgumentException}.
     */
    public static Variants of(ScenarioLoader loader, String fileOrName, List<Vary> grid) {
        return new Variants(loader, loader.merged(fileOrName), grid);
    }

    /** {@code merged}'s display name and SHA-256 are what each variant says it came from. */
    private Variants(ScenarioLoader loader, ScenarioLoader.Merged merged, List<Vary> grid) {
        this.loader = loader;
        this.display = merged.display();
        this.sha256 = merged.sha256();
        this.base = merged.tree();
        this.baseFiles = merged.files();
        this.grid = List.copyOf(grid);
        values = new Value[grid.size()][];
        for (int v = 0; v < grid.size(); v++) {
            values[v] = new Value[grid.get(v).values().size()];
            for (int k = 0; k < values[v].length; k++) {
                Problems problems = new Problems();
                Node node = YamlTree.value(grid.get(v).values().get(k), new Location(grid.get(v).named(k), 0, 0), problems);
                values[v][k] = new Value(node, problems.sorted());
            }
        }
    }

    /** Variant i in grid order, as a value index per vary: the last vary changes fastest. */
    public int[] choice(int i) {
        int[] choice = new int[grid.size()];
        for (int v = grid.size() - 1; v >= 0; v--) {
            int n = grid.get(v).values().size();
            choice[v] = i % n;
            i /= n;
        }
        return choice;
    }

    /** The variant with the given value index per vary (-1: the key as the scenario has it). */
    public LoadResult load(int[] choice) {
        Problems problems = new Problems();
        boolean parsed = true;
        for (int v = 0; v < grid.size(); v++) {
            if (choice[v] >= 0) {
                values[v][choice[v]].problems().forEach(problems::add);
                parsed &= values[v][choice[v]].node() != null;
            }
        }
        if (!parsed) {
            return new LoadResult.Failed(problems.sorted());
        }
        Set<String> places = new LinkedHashSet<>();
        Node.MapNode override = map(List.of(), choice, places);
        List<String> order = new ArrayList<>(places);
        order.addAll(baseFiles);
        return loader.finish(display, sha256, override, ScenarioMerger.merge(base, override), order, problems);
    }

    /** The varied keys below {@code prefix} as a map, in grid order; {@code places} collects the places used. */
    private Node.MapNode map(List<String> prefix, int[] choice, Set<String> places) {
        Location at = place(prefix, choice, true, places);
        List<Node.Entry> entries = new ArrayList<>();
        for (int v = 0; v < grid.size(); v++) {
            List<String> path = grid.get(v).path();
            String key = choice[v] < 0 || !startsWith(path, prefix) ? null : path.get(prefix.size());
            if (key == null || entries.stream().anyMatch(e -> e.key().equals(key))) {
                continue;
            }
            List<String> keyPath = path.subList(0, prefix.size() + 1);
            Location keyAt = place(keyPath, choice, false, places);
            if (keyPath.size() < path.size()) {
                entries.add(new Node.Entry(key, keyAt, map(keyPath, choice, places)));
            } else {
                places.add(grid.get(v).named(choice[v]));
                entries.add(new Node.Entry(key, keyAt, values[v][choice[v]].node()));
            }
        }
        return new Node.MapNode(at, entries);
    }

    /**
     * Where the varied key at {@code prefix} is written, or with {@code withValues} the map below it:
     * at the {@code --vary} options below it ({@code --vary PATH}, or {@code --vary PATH=VALUE}).
     */
    private Location place(List<String> prefix, int[] choice, boolean withValues, Set<String> places) {
        List<String> who = new ArrayList<>();
        for (int v = 0; v < grid.size(); v++) {
            if (choice[v] >= 0 && startsWith(grid.get(v).path(), prefix)) {
                who.add(withValues ? grid.get(v).named(choice[v]) : "--vary " + grid.get(v).dotted());
            }
        }
        String file = String.join(" ", who);
        places.add(file);
        return new Location(file, 0, 0);
    }

    private static boolean startsWith(List<String> path, List<String> prefix) {
        return path.size() >= prefix.size() && path.subList(0, prefix.size()).equals(prefix);
    }

    /**
     * A failed variant's problems, formatted, one after the other: a problem in a varied key or value
     * names its {@code --vary}; one in the scenario or its bases is preceded by the variant's
     * {@code --vary} options; one at a varied key gets a hint on how PATH is written.
     */
    public String explain(LoadResult failed, int[] choice) {
        boolean english = locale.getLanguage().equals("en");
        String all = place(List.of(), choice, true, new HashSet<>()).file();
        Set<String> keys = new HashSet<>();
        for (int v = 0; v < grid.size(); v++) {
            for (int n = 1; choice[v] >= 0 && n <= grid.get(v).path().size(); n++) {
                place(grid.get(v).path().subList(0, n), choice, false, keys);
            }
        }
        StringBuilder out = new StringBuilder();
        for (Problem p : failed.problems()) {
            out.append(baseFiles.contains(p.file()) ? all + ": " : "").append(p.format(locale));
            if (keys.contains(p.file())) {
                out.append(english ? "\n  hint: PATH must follow the scenario's keys exactly (docs/scenario-format.md#keys), "
                        + "e.g. constraints.netcongestie.relief_year.default"
                        : "\n  tip: PAD volgt de sleutels van het scenario precies (docs/scenario-format.md#keys), "
                        + "bijv. constraints.netcongestie.relief_year.default");
            }
            out.append('\n');
        }
        return out.toString();
    }

    /**
     * Each value of each vary alone over the scenario, so that a bad key or value is reported once,
     * naming its {@code --vary}, before the grid runs: every problem ({@link #explain}), or "".
     */
    public String checkEachValue() {
        Set<String> problems = new LinkedHashSet<>();
        for (int v = 0; v < grid.size(); v++) {
            for (int k = 0; k < values[v].length; k++) {
                int[] choice = new int[grid.size()];
                Arrays.fill(choice, -1);
                choice[v] = k;
                LoadResult r = load(choice);
                if (!r.ok()) {
                    problems.add(explain(r, choice));
                }
            }
        }
        return String.join("", problems);
    }

    /**
     * Combinations whose values are each valid but not together (e.g. a horizon and the periods):
     * an error naming the first five; "" when every entry of {@code failed} is null.
     *
     * @param failed per variant in grid order its failed load, or null
     */
    public String failures(LoadResult[] failed) {
        StringBuilder out = new StringBuilder();
        int count = 0;
        boolean english = locale.getLanguage().equals("en");
        for (int i = 0; i < failed.length; i++) {
            if (failed[i] != null && ++count <= 5) {
                int[] choice = choice(i);
                out.append(english ? "variant " : "variant ").append(i + 1).append(" (").append(place(List.of(), choice, true, new HashSet<>()).file())
                        .append("):\n").append(explain(failed[i], choice));
            }
        }
        if (count == 0) {
            return "";
        }
        if (count > 5) {
            out.append(english ? "... and " : "... en nog ").append(count - 5).append(english ? " more variants with errors\n"
                    : " varianten met fouten\n");
        }
        return english ? "error: " + count + " of " + failed.length + " variants are invalid\n" + out
                + "  hint: each value is valid on its own, but these combinations are not; leave them out by sweeping the keys separately"
                : "fout: " + count + " van de " + failed.length + " varianten zijn ongeldig\n" + out
                + "  tip: elke waarde is op zich geldig, maar deze combinaties niet; laat ze weg door de sleutels apart te variëren";
    }
}
