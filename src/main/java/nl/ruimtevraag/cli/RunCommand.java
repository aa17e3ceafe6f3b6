package nl.ruimtevraag.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import nl.ruimtevraag.engine.InputPlan;
import nl.ruimtevraag.engine.InputResolver;
import nl.ruimtevraag.engine.ParamSource;
import nl.ruimtevraag.engine.Plausibility;
import nl.ruimtevraag.engine.Projection;
import nl.ruimtevraag.engine.Projector;
import nl.ruimtevraag.model.RegionShapes;
import nl.ruimtevraag.model.Problem;
import nl.ruimtevraag.model.RegionalData;
import nl.ruimtevraag.model.Scenario;
import nl.ruimtevraag.report.ConsoleTable;
import nl.ruimtevraag.report.BandsCsv;
import nl.ruimtevraag.report.CsvReport;
import nl.ruimtevraag.report.PlausibilityText;
import nl.ruimtevraag.report.Headline;
import nl.ruimtevraag.report.JsonReport;
import nl.ruimtevraag.report.Label;
import nl.ruimtevraag.report.Language;
import nl.ruimtevraag.report.ReportContext;
import nl.ruimtevraag.report.WorkbookWriter;
import nl.ruimtevraag.scenario.ScenarioLoader;
import nl.ruimtevraag.uncertainty.MonteCarloResult;
import nl.ruimtevraag.uncertainty.MonteCarloRunner;
import nl.ruimtevraag.uncertainty.MonteCarloSettings;
import nl.ruimtevraag.uncertainty.TotalOutput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Runs a scenario on a data set and writes the behoefteraming workbook (and CSV/JSON on request). */
@Command(name = "run", mixinStandardHelpOptions = true)
final class RunCommand implements Callable<Integer> {
    @Parameters(descriptionKey = "scenario", arity = "0..1", paramLabel = "SCENARIO")
    String scenario;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE")
    String output;

    @Option(names = "--format", split = ",", paramLabel = "FORMAT", completionCandidates = CompletionCommand.Formats.class)
    List<String> formats;

    @Option(names = "--lang", paramLabel = "nl|en", completionCandidates = LanguageOption.Codes.class)
    String language;

    @Option(names = "--explain", paramLabel = "REGION")
    String explainRegion;

    @Option(names = "--template", paramLabel = "FILE|none")
    String template;

    @Option(names = "--tornado")
    boolean tornado;

    @Option(names = "--boundaries", paramLabel = "FILE")
    Path boundaries;

    @Option(names = "--boundaries-key", paramLabel = "PROPERTY")
    String boundariesKey;

    @Option(names = "--title", paramLabel = "TEXT")
    String title;

    @Option(names = "--client", paramLabel = "TEXT")
    String client;

    @Option(names = "--draws", paramLabel = "N")
    Integer draws;

    @Option(names = "--seed", paramLabel = "S")
    Long seed;

    @Option(names = "--stamp")
    boolean stamp;

    @picocli.CommandLine.Mixin
    InputOptions input = new InputOptions();

    @picocli.CommandLine.Mixin
    OutputOptions files = new OutputOptions();

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Inputs.Loaded inputs = Inputs.dataAndScenario(input.data, scenario, Languages.option(language));
        RegionalData d = inputs.data();
        Scenario s = inputs.scenario();
        Language lang = Languages.of(language, s);
        Set<String> wanted = formats(s, lang);
        boolean toStandardOutput = Outputs.STANDARD_OUTPUT.equals(output);
        if (toStandardOutput && (wanted.size() != 1 || wanted.contains("xlsx"))) {
            throw UserError.of(lang, ExitCodes.INVALID, "-o - schrijft één tabel naar standaarduitvoer, CSV of JSON; gevraagd: "
                    + String.join(",", wanted), "voeg --format csv of --format json toe; een werkmap heeft een bestand nodig, bijvoorbeeld -o raming.xlsx",
                    "-o - writes one table to standard output, CSV or JSON; asked for " + String.join(",", wanted),
                    "add --format csv or --format json; a workbook needs a file, e.g. -o raming.xlsx");
        }
        Path workbook = toStandardOutput ? Path.of("-.xlsx") : workbookPath(s, lang);
        Path csv = Outputs.sibling(workbook, ".csv");
        Path json = Outputs.sibling(workbook, ".json");
        Path bandsCsv = Outputs.sibling(workbook, "-banden.csv");
        List<Path> targets = new ArrayList<>();
        for (String f : wanted) {
            targets.add(switch (f) {
                case "xlsx" -> workbook;
                case "csv" -> csv;
                default -> json;
            });
        }
        if (wanted.contains("csv") && (draws != null ? draws : s.monteCarlo().draws()) > 0) {
            targets.add(bandsCsv);
        }
        if (toStandardOutput) {
            targets.clear(); // no file: the table goes to standard output, the bands are in its p columns
        }
        Path templatePath = templatePath(inputs, lang);
        Outputs.checkDistinct(targets, java.util.Arrays.asList(scenario == null || scenario.equals(Inputs.STANDARD_INPUT) ? null
                : Path.of(scenario), templatePath, boundaries), lang);
        Outputs.check(targets, Outputs.Replace.own(files.force), lang);

        InputPlan plan = InputResolver.plan(s, d);
        // every input the report needs is checked before the Monte Carlo, which may take a while
        if (explainRegion != null && !plan.regionCodes().contains(explainRegion)) {
            throw UserError.of(lang, ExitCodes.INVALID, "--explain " + explainRegion + " is geen regio van deze projectie",
                    "kies een van " + String.join(" ", plan.regionCodes()),
                    "--explain " + explainRegion + " is not a region of this projection", "choose one of " + String.join(" ", plan.regionCodes()));
        }
        // no --boundaries: the embedded CBS/Kadaster outlines of the data set's regions, if they are CBS regions
        RegionShapes regionShapes = boundaries != null ? Inputs.boundaries(boundaries, boundariesKey, d, lang)
                : wanted.contains("xlsx") && !toStandardOutput ? nl.ruimtevraag.data.BoundariesLoader.embedded(d.codes()) : null;
        // the Monte Carlo first: the 342 x 10,000 benchmark ran 4.5% slower with the per-year
        // projection first (docs/performance.md, "Code that exists for speed")
        MonteCarloResult bands = monteCarlo(plan, s, lang);
        Projection projection = Projector.project(plan.resolve(ParamSource.central()));
        if (!files.quiet) {
            printWarnings(Plausibility.check(s, d, projection), lang);
        }
        String scenarioFile = scenario == null ? "" : scenario.equals(Inputs.STANDARD_INPUT) ? ScenarioLoader.STANDARD_INPUT : scenario;
        ReportContext ctx = new ReportContext(s, d, projection, Version.get(), scenarioFile, stamp, lang)
                .withTemplate(templatePath, new ReportContext.Cover(title, client, null))
                .withExplainRegion(explainRegion)
                .withBoundaries(regionShapes)
                .withBands(bands)
                .withTornado(tornado ? nl.ruimtevraag.uncertainty.Sensitivity.tornado(s, d, null) : null)
                .withYearlyBands(yearlyBands(bands, s, d, wanted.contains("xlsx") && !toStandardOutput));

        if (toStandardOutput) {
            // standard output holds the table only: no summary, no "written" lines
            try (WriterStream out = new WriterStream(spec.commandLine().getOut())) {
                (wanted.contains("csv") ? CsvReport.content(ctx) : JsonReport.content(ctx)).writeTo(out);
            }
            return ExitCodes.OK;
        }
        List<Path> written = new ArrayList<>();
        if (wanted.contains("xlsx")) {
            Outputs.write(workbook, Outputs.Replace.own(files.force), lang, t -> WorkbookWriter.write(ctx, t));
            written.add(workbook);
        }
        if (wanted.contains("csv")) {
            Outputs.write(csv, Outputs.Replace.own(files.force), lang, t -> CsvReport.write(ctx, t));
            written.add(csv);
            if (bands != null) {
                Outputs.write(bandsCsv, Outputs.Replace.own(files.force), lang, t -> BandsCsv.write(bands, t));
                written.add(bandsCsv);
            }
        }
        if (wanted.contains("json")) {
            Outputs.write(json, Outputs.Replace.own(files.force), lang, t -> JsonReport.write(ctx, t));
            written.add(json);
        }
        if (!files.quiet) {
            var out = spec.commandLine().getOut();
            if (bands != null) {
                out.print(Label.CONSOLE_BANDS.format(lang, bands.draws(), bands.seed(), bands.parameters().size()));
            }
            out.print(ConsoleTable.summary(ctx, bands));
            if (bands != null && !Headline.applies(bands)) {
                out.print(bandsSummary(bands, lang));
            }
            out.print(nl.ruimtevraag.report.Caveats.console(ctx));
            for (Path p : written) {
                out.println(Label.CONSOLE_WRITTEN.format(lang, p));
            }
        }
        return ExitCodes.OK;
    }

    /**
     * Plausibility warnings on standard error, as "file:line:column: warning: ..." where a place is known
     * (not with --quiet: the workbook's assumptions sheet lists them too).
     */
    private void printWarnings(List<Plausibility.Warning> warnings, Language lang) {
        var err = spec.commandLine().getErr();
        for (Plausibility.Warning w : warnings) {
            err.println((w.location().isEmpty() ? "" : w.location() + ": ")
                    + Label.CONSOLE_WARNING.format(lang, PlausibilityText.text(w, lang)));
        }
        err.flush();
    }

    /** Monte Carlo on every core when draws are asked for (option or scenario), else null. */
    /**
     * For a workbook with bands: the same draws with every year as a period end, for its fan charts per year
     * (null without bands or workbook, or when they would take too much memory).
     */
    private static MonteCarloResult yearlyBands(MonteCarloResult bands, Scenario s, RegionalData d, boolean workbook) {
        if (bands == null || !workbook) {
            return null;
        }
        MonteCarloSettings base = MonteCarloSettings.of(s.monteCarlo(), bands.draws());
        return nl.ruimtevraag.uncertainty.MonteCarloRunner.yearly(s, d,
                new MonteCarloSettings(bands.draws(), bands.seed(), base.percentiles(), base.threads()));
    }

    private MonteCarloResult monteCarlo(InputPlan plan, Scenario s, Language lang) {
        int n = draws != null ? draws : s.monteCarlo().draws();
        if (n < 0 || n > 1_000_000) {
            throw drawsOutOfRange(n, lang);
        }
        if (n == 0) {
            return null;
        }
        long bytes = MonteCarloRunner.storeBytes(plan, n);
        long limit = MonteCarloRunner.storeLimit();
        if (bytes > limit) {
            long fit = (long) (n * ((double) limit / bytes));
            java.util.Locale root = java.util.Locale.ROOT;
            throw UserError.of(lang, ExitCodes.INVALID, String.format(root, "%d trekkingen van %d regio's houden %.1f GB aan"
                    + " trekkingen in het geheugen, meer dan deze run mag gebruiken (%.1f GB, de helft van Java's heap)", n,
                    plan.regions(), bytes / 1e9, limit / 1e9), String.format(root, "er passen hoogstens %d trekkingen; of geef"
                    + " Java meer geheugen (java -Xmx16g -jar ..., of JAVA_OPTS=-Xmx16g voor bin/ruimtevraag)", fit),
                    String.format(root, "%d draws of %d regions keep %.1f GB of draws in memory, more than this run may use"
                    + " (%.1f GB, half of Java's heap)", n, plan.regions(), bytes / 1e9, limit / 1e9),
                    String.format(root, "at most %d draws fit; or give Java more memory (java -Xmx16g -jar ..., or"
                    + " JAVA_OPTS=-Xmx16g for bin/ruimtevraag)", fit));
        }
        MonteCarloSettings settings = MonteCarloSettings.of(s.monteCarlo(), n);
        if (seed != null) {
            settings = new MonteCarloSettings(n, seed, settings.percentiles(), settings.threads());
        }
        try (ProgressBar bar = ProgressBar.forStandardError(spec.commandLine().getErr(), files.quiet, lang)) {
            return MonteCarloRunner.run(plan, s, settings, bar);
        }
    }

    /** The national strict shortage per period end with its bands (when the table does not lead with them). */
    static String bandsSummary(MonteCarloResult m, Language lang) {
        StringBuilder sb = new StringBuilder();
        for (int p = 0; p < m.periodEnds().size(); p++) {
            sb.append(Label.CONSOLE_BANDS_UP_TO.format(lang, m.periodEnds().get(p)));
            for (double q : m.percentiles()) {
                sb.append(String.format(lang.consoleLocale(), "  P%s %,.0f", q == Math.rint(q) ? Long.toString((long) q) : q,
                        m.nationalPercentile(TotalOutput.EXTRA_HA_STRICT, p, q)));
            }
            sb.append(System.lineSeparator());
        }
        return sb.toString();
    }

    /** --draws outside 0..1,000,000 (run and compare). */
    static UserError drawsOutOfRange(int n, Language lang) {
        return UserError.of(lang, ExitCodes.INVALID, "--draws moet tussen 0 en 1000000 liggen, gegeven: " + n,
                "2000 trekkingen geven stabiele P10/P90-banden", "--draws must lie between 0 and 1000000, got " + n,
                "2000 draws give stable P10/P90 bands");
    }

    private Set<String> formats(Scenario s, Language lang) {
        return OutputFormats.parse(formats != null ? formats : s.output().formats(), List.of("xlsx", "csv", "json"), lang);
    }

    /**
     * The template: --template, else the scenario's output.template, else the built-in one; null for
     * none. Checked before any work as validate checks it (TemplateCheck): a scenario's is reported at
     * its place in the scenario, an option's in the run's language; exit 2 either way.
     */
    private Path templatePath(Inputs.Loaded inputs, Language lang) {
        String t = template != null ? template : inputs.scenario().output().template();
        if (t.isEmpty()) {
            return ReportContext.BUILT_IN_TEMPLATE;
        }
        if (t.equals("none")) {
            return null;
        }
        if (template == null) {
            Problem located = TemplateCheck.problem(inputs.scenario(), inputs.parsed());
            if (located != null) {
                throw new UserError(ExitCodes.INVALID, located.format(lang.consoleLocale()));
            }
            return Path.of(t);
        }
        TemplateCheck.Refusal refusal = TemplateCheck.check(Path.of(t));
        if (refusal != null) {
            throw UserError.of(lang, ExitCodes.INVALID, "--template: " + refusal.nl(), refusal.nlHint(),
                    "--template: " + refusal.en(), refusal.enHint());
        }
        return Path.of(t);
    }

    private Path workbookPath(Scenario s, Language lang) {
        if (output != null) {
            return Outputs.file(output, s.name() + ".xlsx", lang);
        }
        if (!s.output().file().isEmpty()) {
            return Outputs.file(s.output().file(), s.name() + ".xlsx", lang);
        }
        return Path.of("out", s.name() + ".xlsx");
    }
}
