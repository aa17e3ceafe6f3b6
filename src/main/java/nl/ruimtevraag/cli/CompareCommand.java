package nl.ruimtevraag.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import nl.ruimtevraag.model.RegionalData;
import nl.ruimtevraag.model.Scenario;
import nl.ruimtevraag.report.ComparisonTable;
import nl.ruimtevraag.report.ComparisonWorkbook;
import nl.ruimtevraag.report.Label;
import nl.ruimtevraag.report.Language;
import nl.ruimtevraag.scenario.LoadResult;
import nl.ruimtevraag.scenario.ScenarioLoader;
import nl.ruimtevraag.uncertainty.Comparison;
import nl.ruimtevraag.uncertainty.ScenarioComparison;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Scenarios side by side: a console summary and a comparison workbook (issue 7). */
@Command(name = "compare", mixinStandardHelpOptions = true)
final class CompareCommand implements Callable<Integer> {
    static final Path DEFAULT_OUTPUT = Path.of("out", "vergelijking.xlsx");

    @Parameters(descriptionKey = "scenarios", arity = "2..*", paramLabel = "SCENARIO")
    List<String> scenarios;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE")
    String output;

    @Option(names = "--draws", paramLabel = "N")
    Integer draws;

    @Option(names = "--seed", paramLabel = "S")
    Long seed;

    @Option(names = "--pair", paramLabel = "I,J")
    String pair;

    @Option(names = "--lang", paramLabel = "nl|en", completionCandidates = LanguageOption.Codes.class)
    String language;

    @picocli.CommandLine.Mixin
    InputOptions input = new InputOptions();

    @picocli.CommandLine.Mixin
    OutputOptions files = new OutputOptions();

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    /**
     * The most scenarios one comparison takes: the comparison sheet gives each 7 columns (13 under Monte
     * Carlo) of the 16,384 a sheet has, and the chart a series each (a chart holds at most 255); a
     * workgroup compares a handful, a grid of variants is sweep's job.
     */
    static final int MAX_SCENARIOS = 50;

    @Override
    public Integer call() {
        if (scenarios.size() > MAX_SCENARIOS) {
            throw UserError.of(Languages.option(language), ExitCodes.INVALID, "compare vergelijkt hoogstens " + MAX_SCENARIOS
                    + " scenario's naast elkaar, gegeven: " + scenarios.size(), "vergelijk ze in groepen, of varieer sleutels"
                    + " met sweep (ruimtevraag sweep SCENARIO --vary PAD=W1,W2,...)", "compare sets at most " + MAX_SCENARIOS
                    + " scenarios side by side, got " + scenarios.size(), "compare them in groups, or vary keys with sweep"
                    + " (ruimtevraag sweep SCENARIO --vary PATH=V1,V2,...)");
        }
        int[] pairIndex = pair(pair, scenarios.size(), Languages.option(language));
        RegionalData d = Inputs.data(input.data, Languages.option(language));
        List<Scenario> loaded = loadAll(scenarios, d, Languages.option(language));
        int n = draws != null ? draws : loaded.get(0).monteCarlo().draws();
        if (n < 0 || n > 1_000_000) {
            throw RunCommand.drawsOutOfRange(n, Languages.of(language, loaded.get(0)));
        }
        long s = seed != null ? seed : loaded.get(0).monteCarlo().seed();
        Language lang = Languages.of(language, loaded.get(0));
        Path workbook = output != null ? Outputs.fileOnly("compare", output, DEFAULT_OUTPUT.getFileName().toString(), lang) : DEFAULT_OUTPUT;
        Outputs.check(List.of(workbook), Outputs.Replace.own(files.force), lang);

        Comparison comparison = ScenarioComparison.compute(loaded, scenarios, d, pairIndex, n, s,
                Runtime.getRuntime().availableProcessors());
        Outputs.write(workbook, Outputs.Replace.own(files.force), lang, t -> ComparisonWorkbook.write(comparison, Version.get(), d.name() + " " + d.version(), lang, t));
        if (!files.quiet) {
            var out = spec.commandLine().getOut();
            out.print(ComparisonTable.summary(comparison, lang));
            out.println(Label.CONSOLE_WRITTEN.format(lang, workbook));
        }
        return ExitCodes.OK;
    }

    /** Loads every scenario; the problems of all of them are reported together (exit 2). */
    static List<Scenario> loadAll(List<String> files, RegionalData d, Language lang) {
        ScenarioLoader loader = new ScenarioLoader(d);
        List<Scenario> out = new ArrayList<>();
        StringBuilder problems = new StringBuilder();
        for (String f : files) {
            LoadResult r = Inputs.load(f, loader);
            if (r.ok()) {
                out.add(r.scenario());
            } else {
                problems.append(r.report(lang.consoleLocale()));
            }
        }
        if (problems.length() > 0) {
            throw new UserError(ExitCodes.INVALID, problems.toString().stripTrailing());
        }
        return out;
    }

    /** "2,3" -> {1, 2}; null when not asked for. */
    static int[] pair(String text, int count, Language lang) {
        if (text == null) {
            return null;
        }
        String[] parts = text.split(",", -1);
        String nlHint = "geef twee verschillende posities van de scenario's op de opdrachtregel, 1 tot en met " + count
                + ", bijvoorbeeld --pair 2,3 voor scenario 3 min scenario 2";
        String enHint = "give two different positions of the scenarios on the command line, 1 to " + count
                + ", e.g. --pair 2,3 for scenario 3 minus scenario 2";
        UserError notTwo = UserError.of(lang, ExitCodes.INVALID, "--pair neemt twee posities I,J, gegeven: '" + text + "'", nlHint,
                "--pair takes two positions I,J, got '" + text + "'", enHint);
        if (parts.length != 2) {
            throw notTwo;
        }
        int[] p = new int[2];
        for (int i = 0; i < 2; i++) {
            try {
                p[i] = Integer.parseInt(parts[i].strip()) - 1;
            } catch (NumberFormatException e) {
                throw notTwo;
            }
            if (p[i] < 0 || p[i] >= count) {
                throw UserError.of(lang, ExitCodes.INVALID, "--pair " + text + ": er is geen scenario " + (p[i] + 1), nlHint,
                        "--pair " + text + ": there is no scenario " + (p[i] + 1), enHint);
            }
        }
        if (p[0] == p[1]) {
            throw UserError.of(lang, ExitCodes.INVALID, "--pair " + text + " noemt twee keer hetzelfde scenario", nlHint,
                    "--pair " + text + " names the same scenario twice", enHint);
        }
        return p;
    }
}
