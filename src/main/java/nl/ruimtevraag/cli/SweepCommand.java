package nl.ruimtevraag.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import nl.ruimtevraag.model.RegionalData;
import nl.ruimtevraag.model.Scenario;
import nl.ruimtevraag.report.Label;
import nl.ruimtevraag.report.Language;
import nl.ruimtevraag.report.SweepTable;
import nl.ruimtevraag.scenario.LoadResult;
import nl.ruimtevraag.scenario.ScenarioLoader;
import nl.ruimtevraag.scenario.Variants;
import nl.ruimtevraag.scenario.Vary;
import nl.ruimtevraag.uncertainty.Sweep;
import nl.ruimtevraag.uncertainty.SweepResult;
import nl.ruimtevraag.uncertainty.TotalOutput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The full grid of combinations of some scenario keys' values, one deterministic projection per
 * combination, one row each with the national headline results (issue 7). The variants are the
 * scenario package's {@link Variants} (an error names the {@code --vary} it came from), the
 * projections {@link Sweep}'s; this class parses, wires, reports and writes.
 */
@Command(name = "sweep", mixinStandardHelpOptions = true)
final class SweepCommand implements Callable<Integer> {
    /** The largest grid a sweep runs. */
    static final int MAX_ROWS = 100_000;

    @Parameters(descriptionKey = "scenario", index = "0", paramLabel = "SCENARIO")
    String scenario;

    @Option(names = "--vary", required = true, paramLabel = "PATH=V1,V2,...")
    List<String> varies;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE")
    String output;

    @Option(names = "--format", split = ",", paramLabel = "FORMAT", completionCandidates = CompletionCommand.TableFormats.class)
    List<String> formats;

    @Option(names = "--lang", paramLabel = "nl|en", completionCandidates = LanguageOption.Codes.class)
    String language;

    @picocli.CommandLine.Mixin
    InputOptions input = new InputOptions();

    @picocli.CommandLine.Mixin
    OutputOptions files = new OutputOptions();

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        List<Vary> grid = new ArrayList<>();
        try {
            for (String v : varies) {
                grid.add(Vary.parse(v));
            }
            Vary.checkDistinct(grid);
        } catch (Vary.Invalid e) {
            throw new UserError(ExitCodes.INVALID, e.format(Languages.option(language).consoleLocale()));
        }
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
            throw UserError.of(Languages.option(language), ExitCodes.INVALID, "het raster heeft meer dan " + MAX_ROWS
                    + " combinaties (" + counts + ")", "minder waarden per --vary, of minder --vary-opties; een sweep rekent hoogstens "
                    + MAX_ROWS + " varianten", "the grid has more than " + MAX_ROWS + " combinations (" + counts + ")",
                    "fewer values per --vary, or fewer --vary options; a sweep runs at most " + MAX_ROWS + " variants");
        }
        RegionalData d = Inputs.data(input.data, Languages.option(language));
        ScenarioLoader loader = new ScenarioLoader(d);
        if (scenario.equals(Inputs.STANDARD_INPUT)) {
            throw UserError.of(Languages.option(language), ExitCodes.INVALID, "sweep kan zijn scenario niet van standaardinvoer lezen (-)",
                    "sla het scenario op als bestand en geef het pad", "sweep cannot read its scenario from standard input (-)",
                    "save the scenario as a file and give its path");
        }
        LoadResult baseResult = Inputs.load(scenario, loader);
        if (!baseResult.ok()) {
            throw new UserError(ExitCodes.INVALID, baseResult.report(Languages.option(language).consoleLocale()).stripTrailing());
        }
        Scenario base = baseResult.scenario();
        Language lang = Languages.of(language, base);
        Set<String> wanted = formats(lang);
        Path workbook = output != null ? Outputs.fileOnly("sweep", output, base.name() + "-sweep.xlsx", lang)
                : Path.of("out", base.name() + "-sweep.xlsx");
        Path csv = Outputs.sibling(workbook, ".csv");
        List<Path> targets = new ArrayList<>();
        if (wanted.contains("xlsx")) {
            targets.add(workbook);
        }
        if (wanted.contains("csv")) {
            targets.add(csv);
        }
        Outputs.check(targets, Outputs.Replace.own(files.force), lang);

        Variants variants = Variants.of(loader, scenario, grid).in(lang.consoleLocale());
        fail(variants.checkEachValue());
        int rows = (int) size;
        LoadResult[] failed = new LoadResult[rows];
        SweepResult result = Sweep.project(rows, i -> {
            LoadResult l = variants.load(variants.choice(i));
            failed[i] = l.ok() ? null : l;
            return l.ok() ? Optional.of(l.scenario()) : Optional.empty();
        }, d, Runtime.getRuntime().availableProcessors());
        fail(variants.failures(failed));

        List<List<String>> values = new ArrayList<>(rows);
        for (int i = 0; i < rows; i++) {
            int[] choice = variants.choice(i);
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
            Outputs.write(workbook, Outputs.Replace.own(files.force), lang, t -> sweep.writeXlsx(t, Version.get(), d.name() + " " + d.version(), lang));
            written.add(workbook);
        }
        if (wanted.contains("csv")) {
            Outputs.write(csv, Outputs.Replace.own(files.force), lang, sweep::writeCsv);
            written.add(csv);
        }
        if (!files.quiet) {
            var out = spec.commandLine().getOut();
            out.print(summary(sweep, lang));
            for (Path p : written) {
                out.println(Label.CONSOLE_WRITTEN.format(lang, p));
            }
        }
        return ExitCodes.OK;
    }

    private static void fail(String problems) {
        if (!problems.isEmpty()) {
            throw new UserError(ExitCodes.INVALID, problems.stripTrailing());
        }
    }

    private Set<String> formats(Language lang) {
        return OutputFormats.parse(formats != null ? formats : List.of("xlsx", "csv"), List.of("xlsx", "csv"), lang);
    }

    /** The first rows (at most 20) with the extra hectares (strict) at every period end. */
    static String summary(SweepTable t, Language lang) {
        Locale locale = lang.consoleLocale();
        StringBuilder b = new StringBuilder();
        b.append(Label.CONSOLE_SWEEP_OF.format(lang, t.rows(), (t.rows() == 1 ? Label.VARIANT_ONE : Label.VARIANT_MANY).in(lang),
                        t.totalName(lang)))
                .append('\n');
        List<String[]> rows = new ArrayList<>();
        List<String> head = new ArrayList<>(List.of("#"));
        head.addAll(t.paths());
        for (int end : t.periodEnds()) {
            head.add(Label.CONSOLE_SWEEP_UP_TO.format(lang, end));
        }
        rows.add(head.toArray(new String[0]));
        int shown = Math.min(20, t.rows());
        for (int r = 0; r < shown; r++) {
            List<String> row = new ArrayList<>();
            row.add(Integer.toString(r + 1));
            row.addAll(t.values(r));
            for (int p = 0; p < t.periodEnds().size(); p++) {
                double x = t.result(r, p, TotalOutput.EXTRA_HA_STRICT);
                row.add(Double.isNaN(x) ? "-" : String.format(locale, "%,.1f", x == 0 ? 0.0 : x));
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
            b.append(Label.CONSOLE_MORE_ROWS.format(lang, t.rows() - shown)).append('\n');
        }
        return b.toString();
    }
}
