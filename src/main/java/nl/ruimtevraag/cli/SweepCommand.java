package nl.ruimtevraag.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import nl.ruimtevraag.model.RegionalData;
import nl.ruimtevraag.model.Scenario;
import nl.ruimtevraag.report.SweepTable;
import nl.ruimtevraag.scenario.LoadResult;
import nl.ruimtevraag.scenario.ScenarioLoader;
import nl.ruimtevraag.uncertainty.Sweep;
import nl.ruimtevraag.uncertainty.SweepResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The full grid of combinations of some scenario keys' values, one deterministic projection per
 * combination, one row each with the national headline results (issue 7). Each variant is the text
 * {@code extends: SCENARIO} plus the varied keys, loaded by the scenario loader, so validation,
 * merging and messages are the loader's own; an error names the {@code --vary} it came from. The
 * projections are {@link Sweep}'s; this class parses, loads the variants, reports and writes.
 */
@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = {"Project every combination of the values of one or more scenario keys (the full grid) and write one "
                + "row per combination: the values, then per period end the national demand, realisable supply, saldo and "
                + "extra hectares (strict and netted).",
            "PATH is a scenario key in dotted form exactly as the YAML nests it (planning_reserve, circular.extra_share, "
                + "constraints.netcongestie.relief_year.default, economy.method); values are written as in YAML (12%%, 0.12, "
                + "2035, mean, {low: 40%%, high: 90%%}), separated by commas."})
final class SweepCommand implements Callable<Integer> {
    /** The largest grid a sweep runs. */
    static final int MAX_ROWS = 100_000;

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "scenario file (YAML) or built-in name (basis)")
    String scenario;

    @Option(names = "--vary", required = true, paramLabel = "PATH=V1,V2,...",
            description = "a scenario key and the values to try; repeat for more keys (the grid is every combination; "
                    + "the last --vary changes fastest)")
    List<String> varies;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "workbook to write; the CSV goes beside it as <name>.csv; default: out/<scenario>-sweep.xlsx")
    Path output;

    @Option(names = "--format", split = ",", paramLabel = "FORMAT", description = "xlsx, csv or both (default: xlsx,csv)")
    List<String> formats;

    @picocli.CommandLine.Mixin
    InputOptions input = new InputOptions();

    @picocli.CommandLine.Mixin
    OutputOptions files = new OutputOptions();

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    /** A loaded or failed variant and its text (for messages). */
    private record Loaded(LoadResult result, Variants.Text text) {
    }

    @Override
    public Integer call() {
        List<Vary> grid = new ArrayList<>();
        for (String v : varies) {
            grid.add(Vary.parse(v));
        }
        Vary.checkDistinct(grid);
        long size = 1;
        for (Vary v : grid) {
            size *= v.values().size();
            if (size > MAX_ROWS) {
                break;
            }
        }
        if (size > MAX_ROWS) {
            StringBuilder counts = new StringBuilder();
            for (Vary v : grid) {
                counts.append(counts.length() == 0 ? "" : " x ").append(v.values().size());
            }
            throw new UserError(Main.INVALID, "error: the grid has more than " + MAX_ROWS + " combinations (" + counts + ")"
                    + "\n  hint: fewer values per --vary, or fewer --vary options; a sweep runs at most " + MAX_ROWS + " variants");
        }
        Set<String> wanted = formats();
        RegionalData d = Inputs.data(input.data);
        ScenarioLoader loader = new ScenarioLoader(d.codes());
        LoadResult baseResult = Inputs.load(scenario, loader);
        if (!baseResult.ok()) {
            throw new UserError(Main.INVALID, baseResult.report().stripTrailing());
        }
        Scenario base = baseResult.scenario();
        Path workbook = output != null ? output : Path.of("out", base.name() + "-sweep.xlsx");
        Path csv = RunCommand.sibling(workbook, ".csv");
        List<Path> targets = new ArrayList<>();
        if (wanted.contains("xlsx")) {
            targets.add(workbook);
        }
        if (wanted.contains("csv")) {
            targets.add(csv);
        }
        Outputs.check(targets, files.force);

        VariantLoader variants = variantLoader(loader, grid);
        checkEachValue(variants, grid);
        int rows = (int) size;
        Loaded[] failed = new Loaded[rows];
        SweepResult result = Sweep.project(rows, i -> {
            Loaded l = variants.load(choice(i, grid));
            if (!l.result().ok()) {
                failed[i] = l;
                return Optional.empty();
            }
            return Optional.of(l.result().scenario());
        }, d, Runtime.getRuntime().availableProcessors());
        reportFailures(failed, grid, variants);

        List<List<String>> values = new ArrayList<>(rows);
        for (int i = 0; i < rows; i++) {
            int[] choice = choice(i, grid);
            List<String> row = new ArrayList<>(grid.size());
            for (int v = 0; v < grid.size(); v++) {
                row.add(grid.get(v).values().get(choice[v]));
            }
            values.add(row);
        }
        List<String> paths = new ArrayList<>();
        List<String> options = new ArrayList<>();
        for (Vary v : grid) {
            paths.add(v.dotted());
            options.add(v.option());
        }
        SweepTable sweep = new SweepTable(base.name(), scenario, base.sha256(), options, paths, values, result);
        List<Path> written = new ArrayList<>();
        if (wanted.contains("xlsx")) {
            Outputs.write(workbook, t -> sweep.writeXlsx(t, Version.get(), d.name() + " " + d.version()));
            written.add(workbook);
        }
        if (wanted.contains("csv")) {
            Outputs.write(csv, sweep::writeCsv);
            written.add(csv);
        }
        if (!files.quiet) {
            var out = spec.commandLine().getOut();
            out.print(summary(sweep));
            for (Path p : written) {
                out.println("geschreven: " + p);
            }
        }
        return Main.OK;
    }

    // ------------------------------------------------------------------ variants

    /** Builds and loads the variants of one scenario, parsed once. */
    private static final class VariantLoader {
        final ScenarioLoader loader;
        final ScenarioLoader.Prepared base;
        final String display;
        final List<Vary> grid;

        VariantLoader(ScenarioLoader loader, ScenarioLoader.Prepared base, String display, List<Vary> grid) {
            this.loader = loader;
            this.base = base;
            this.display = display;
            this.grid = grid;
        }

        /** The variant with the given value index per vary (-1: the base's value). */
        Loaded load(int[] choice) {
            Variants.Text text = Variants.text(grid, choice);
            return new Loaded(loader.loadOver(base, text.yaml(), display), text);
        }
    }

    /**
     * The variants are loaded as if each were a file {@code NAME.vary.yaml} beside the scenario that
     * says {@code extends: NAME.yaml}: the scenario is parsed and merged over its bases once.
     */
    private VariantLoader variantLoader(ScenarioLoader loader, List<Vary> grid) {
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

    /**
     * Loads the base with each single value of each --vary, so a bad key or value is reported once,
     * naming its --vary, before the grid runs. All such errors are reported together.
     */
    private static void checkEachValue(VariantLoader variants, List<Vary> grid) {
        Set<String> problems = new LinkedHashSet<>();
        for (int v = 0; v < grid.size(); v++) {
            for (int k = 0; k < grid.get(v).values().size(); k++) {
                int[] choice = new int[grid.size()];
                java.util.Arrays.fill(choice, -1);
                choice[v] = k;
                Loaded l = variants.load(choice);
                if (!l.result().ok()) {
                    problems.add(Variants.explain(l.result().problems(), variants.display, l.text(), grid, choice));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new UserError(Main.INVALID, String.join("", problems).stripTrailing());
        }
    }

    /** Combinations whose values are each valid but not together (e.g. a horizon and the periods). */
    private static void reportFailures(Loaded[] failed, List<Vary> grid, VariantLoader variants) {
        StringBuilder out = new StringBuilder();
        int count = 0;
        for (int i = 0; i < failed.length; i++) {
            if (failed[i] == null) {
                continue;
            }
            if (++count <= 5) {
                int[] choice = choice(i, grid);
                StringBuilder combination = new StringBuilder();
                for (int v = 0; v < grid.size(); v++) {
                    combination.append(v == 0 ? "" : " ").append(grid.get(v).named(choice[v]));
                }
                out.append("variant ").append(i + 1).append(" (").append(combination).append("):\n")
                        .append(Variants.explain(failed[i].result().problems(), variants.display, failed[i].text(), grid,
                                choice));
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

    /** Variant i in grid order: the last --vary changes fastest. */
    static int[] choice(int i, List<Vary> grid) {
        int[] choice = new int[grid.size()];
        for (int v = grid.size() - 1; v >= 0; v--) {
            int n = grid.get(v).values().size();
            choice[v] = i % n;
            i /= n;
        }
        return choice;
    }

    private Set<String> formats() {
        return OutputFormats.parse(formats != null ? formats : List.of("xlsx", "csv"), Set.of("xlsx", "csv"),
                "use xlsx, csv or both: --format xlsx,csv", "use --format xlsx,csv");
    }

    /** The first rows (at most 20) with the extra hectares (strict) at every period end. */
    static String summary(SweepTable t) {
        Locale dutch = Locale.forLanguageTag("nl-NL");
        StringBuilder b = new StringBuilder();
        b.append("Sweep: ").append(t.rows()).append(t.rows() == 1 ? " variant" : " varianten")
                .append("; extra ha nodig (strikt), Nederland (som van de regio's)\n");
        List<String[]> rows = new ArrayList<>();
        List<String> head = new ArrayList<>(List.of("#"));
        head.addAll(t.paths());
        for (int end : t.periodEnds()) {
            head.add("t/m " + end);
        }
        rows.add(head.toArray(new String[0]));
        int shown = Math.min(20, t.rows());
        for (int r = 0; r < shown; r++) {
            List<String> row = new ArrayList<>();
            row.add(Integer.toString(r + 1));
            row.addAll(t.values(r));
            for (int p = 0; p < t.periodEnds().size(); p++) {
                double x = t.result(r, p, 3);
                row.add(Double.isNaN(x) ? "-" : String.format(dutch, "%,.1f", x == 0 ? 0.0 : x));
            }
            rows.add(row.toArray(new String[0]));
        }
        int[] width = new int[head.size()];
        for (String[] row : rows) {
            for (int c = 0; c < row.length; c++) {
                width[c] = Math.max(width[c], row[c].length());
            }
        }
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < row.length; c++) {
                String pad = " ".repeat(width[c] - row[c].length());
                line.append(c == 0 ? "" : "  ").append(c <= t.paths().size() ? row[c] + pad : pad + row[c]);
            }
            b.append(line.toString().stripTrailing()).append('\n');
        }
        if (t.rows() > shown) {
            b.append("... ").append(t.rows() - shown).append(" rijen meer in het bestand\n");
        }
        return b.toString();
    }
}
