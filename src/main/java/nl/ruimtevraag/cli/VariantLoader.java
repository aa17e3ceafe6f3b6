package nl.ruimtevraag.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import nl.ruimtevraag.scenario.LoadResult;
import nl.ruimtevraag.scenario.ScenarioLoader;

/**
 * Loads the variants of a sweep's grid: variant i is the swept scenario with each {@code --vary} set to
 * its value in grid order (the last {@code --vary} changes fastest). The variants are loaded as if
 * each were a file {@code NAME.vary.yaml} beside the scenario that says {@code extends: NAME.yaml}:
 * the scenario is parsed and merged over its bases once ({@code ScenarioLoader.prepare}), each
 * variant's text ({@link Variants}) over it ({@code loadOver}). Errors become {@link UserError}s
 * naming the {@code --vary} they came from. Immutable; {@link #load} may be called from many threads.
 */
final class VariantLoader {
    /** A loaded or failed variant and its text (for messages). */
    record Loaded(LoadResult result, Variants.Text text) {
    }

    private final ScenarioLoader loader;
    private final ScenarioLoader.Prepared base;
    private final String display;
    private final List<Vary> grid;

    private VariantLoader(ScenarioLoader loader, ScenarioLoader.Prepared base, String display, List<Vary> grid) {
        this.loader = loader;
        this.base = base;
        this.display = display;
        this.grid = List.copyOf(grid);
    }

    /**
     * The loader of the variants of {@code scenario} (a file, or a built-in name when no such file
     * exists); a scenario that does not parse or merge is a user error (exit 2).
     */
    static VariantLoader of(String scenario, ScenarioLoader loader, List<Vary> grid) {
        Path path = Path.of(scenario);
        ScenarioLoader.Prepared base;
        Path beside;
        if (!Files.exists(path) && scenario.matches("[A-Za-z0-9_-]+")) {
            base = loader.prepareBuiltIn(scenario);
            beside = Path.of(scenario + ".vary.yaml");
        } else {
            base = loader.prepare(path);
            String name = path.getFileName().toString();
            String stem = name.endsWith(".yaml") ? name.substring(0, name.length() - 5)
                    : name.endsWith(".yml") ? name.substring(0, name.length() - 4) : name;
            beside = path.resolveSibling(stem + ".vary.yaml");
        }
        if (!base.ok()) {
            throw new UserError(Main.INVALID, base.failure().report().stripTrailing());
        }
        return new VariantLoader(loader, base, beside.toString(), grid);
    }

    /** The variant with the given value index per vary (-1: the base's value). */
    Loaded load(int[] choice) {
        Variants.Text text = Variants.text(grid, choice);
        return new Loaded(loader.loadOver(base, text.yaml(), display), text);
    }

    /** Variant i in grid order, as a value index per vary: the last --vary changes fastest. */
    int[] choice(int i) {
        int[] choice = new int[grid.size()];
        for (int v = grid.size() - 1; v >= 0; v--) {
            int n = grid.get(v).values().size();
            choice[v] = i % n;
            i /= n;
        }
        return choice;
    }

    /**
     * Loads the base with each single value of each --vary, so a bad key or value is reported once,
     * naming its --vary, before the grid runs. All such errors are reported together.
     */
    void checkEachValue() {
        Set<String> problems = new LinkedHashSet<>();
        for (int v = 0; v < grid.size(); v++) {
            for (int k = 0; k < grid.get(v).values().size(); k++) {
                int[] choice = new int[grid.size()];
                Arrays.fill(choice, -1);
                choice[v] = k;
                Loaded l = load(choice);
                if (!l.result().ok()) {
                    problems.add(Variants.explain(l.result().problems(), display, l.text(), grid, choice));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new UserError(Main.INVALID, String.join("", problems).stripTrailing());
        }
    }

    /**
     * Combinations whose values are each valid but not together (e.g. a horizon and the periods):
     * a user error naming the first five; nothing when every entry of {@code failed} is null.
     *
     * @param failed per variant in grid order its failed load, or null
     */
    void reportFailures(Loaded[] failed) {
        StringBuilder out = new StringBuilder();
        int count = 0;
        for (int i = 0; i < failed.length; i++) {
            if (failed[i] == null) {
                continue;
            }
            if (++count <= 5) {
                int[] choice = choice(i);
                StringBuilder combination = new StringBuilder();
                for (int v = 0; v < grid.size(); v++) {
                    combination.append(v == 0 ? "" : " ").append(grid.get(v).named(choice[v]));
                }
                out.append("variant ").append(i + 1).append(" (").append(combination).append("):\n")
                        .append(Variants.explain(failed[i].result().problems(), display, failed[i].text(), grid, choice));
            }
        }
        if (count > 0) {
            if (count > 5) {
                out.append("... and ").append(count - 5).append(" more variants with errors\n");
            }
            out.append("  hint: each value is valid on its own, but these combinations are not; "
                    + "leave them out by sweeping the keys separately");
            throw new UserError(Main.INVALID, "error: " + count + " of " + failed.length + " variants are invalid\n" + out);
        }
    }
}
