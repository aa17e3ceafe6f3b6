package nl.ruimtevraag.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import nl.ruimtevraag.model.RegionalData;
import nl.ruimtevraag.model.Scenario;
import nl.ruimtevraag.report.Label;
import nl.ruimtevraag.report.Language;
import nl.ruimtevraag.uncertainty.Sensitivity;
import nl.ruimtevraag.uncertainty.Tornado;
import nl.ruimtevraag.uncertainty.TornadoBar;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** One-at-a-time sensitivity: the tornado table of a scenario's uncertain parameters. */
@Command(name = "sensitivity", mixinStandardHelpOptions = true)
final class SensitivityCommand implements Callable<Integer> {
    /** --lang: the language of the help and of the messages (help texts: HelpTexts.properties) */
    @picocli.CommandLine.Mixin
    LanguageOption languageOption = new LanguageOption();


    @Parameters(descriptionKey = "scenario", arity = "0..1", paramLabel = "SCENARIO")
    String scenario;

    @Option(names = "--region", paramLabel = "CODE")
    String region;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE")
    String outputOption;

    private Path output;

    @Option(names = "--period", paramLabel = "START-END")
    String period;

    @picocli.CommandLine.Mixin
    InputOptions input = new InputOptions();

    @picocli.CommandLine.Mixin
    OutputOptions files = new OutputOptions();

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Language lang = languageOption.language();
        Inputs.Loaded inputs = Inputs.dataAndScenario(input.data, scenario, lang);
        RegionalData d = inputs.data();
        Scenario s = inputs.scenario();
        if (region != null && !d.codes().contains(region)) {
            throw UserError.of(lang, ExitCodes.INVALID, "onbekende regio '" + region + "'", "zie 'ruimtevraag regions'",
                    "unknown region '" + region + "'", "see 'ruimtevraag regions'");
        }
        output = outputOption == null ? null : Outputs.fileOnly("sensitivity", outputOption, "gevoeligheid.xlsx", lang);
        if (output != null) {
            String name = output.getFileName().toString().toLowerCase(Locale.ROOT);
            if (!name.endsWith(".xlsx") && !name.endsWith(".csv")) {
                throw UserError.of(lang, ExitCodes.INVALID, "-o " + output + ": verwacht een .xlsx- of .csv-bestand",
                        "bijvoorbeeld -o out/gevoeligheid.xlsx", "-o " + output + ": expected a .xlsx or .csv file",
                        "e.g. -o out/gevoeligheid.xlsx");
            }
            Outputs.check(java.util.List.of(output), Outputs.Replace.own(files.force), lang);
        }
        int periodIndex = -1;
        if (period != null) {
            for (int i = 0; i < s.horizon().periods().size(); i++) {
                if (s.horizon().periods().get(i).label().equals(period)) {
                    periodIndex = i;
                }
            }
            if (periodIndex < 0) {
                String periods = String.join(", ", s.horizon().periods().stream().map(nl.ruimtevraag.model.Period::label).toList());
                throw UserError.of(lang, ExitCodes.INVALID, "onbekende periode '" + period + "'", "de perioden van het scenario zijn "
                        + periods, "unknown period '" + period + "'", "the scenario's periods are " + periods);
            }
        }
        Tornado t = Sensitivity.tornado(s, d, region, periodIndex);
        if (output != null) {
            if (output.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
                var projection = nl.ruimtevraag.engine.Projector.project(nl.ruimtevraag.engine.InputResolver.resolve(s, d,
                        nl.ruimtevraag.engine.ParamSource.central()));
                var ctx = new nl.ruimtevraag.report.ReportContext(s, d, projection, Version.get(), scenario == null ? "" : scenario,
                        false, lang).withTornado(t);
                Outputs.write(output, Outputs.Replace.own(files.force), lang, f -> nl.ruimtevraag.report.WorkbookWriter.writeTornado(ctx, f));
            } else {
                Outputs.write(output, Outputs.Replace.own(files.force), lang, f -> write(t, f));
            }
        }
        if (!files.quiet) {
            var out = spec.commandLine().getOut();
            boolean english = lang == Language.EN;
            Locale numbers = lang.consoleLocale();
            out.printf(numbers, english ? "Sensitivity of the extra ha (strict) up to %d, %s; central: %,.0f ha%n"
                    : "Gevoeligheid van extra ha (strikt) t/m %d, %s; centraal: %,.0f ha%n", t.periodEnd(),
                    t.region().isEmpty() ? (english ? "the Netherlands" : "Nederland") : t.region(), t.base());
            out.printf("%-45s %-32s %12s %12s %10s%n", english ? new Object[] {"Parameter", "Distribution", "at low", "at high", "Swing"}
                    : new Object[] {"Parameter", "Verdeling", "bij laag", "bij hoog", "Zwaai"});
            for (TornadoBar b : t.bars()) {
                out.printf(numbers, "%-45s %-32s %,12.0f %,12.0f %,10.0f%n", b.parameter().path(), Label.distribution(b.parameter().param(), lang),
                        b.outputAtLow(), b.outputAtHigh(), b.swing());
            }
            if (output != null) {
                out.println(Label.CONSOLE_WRITTEN.format(lang, output));
            }
        }
        return ExitCodes.OK;
    }

    private static void write(Tornado t, Path file) throws IOException {
        nl.ruimtevraag.report.AtomicFiles.write(file, stream -> {
            Writer w = new java.io.BufferedWriter(new java.io.OutputStreamWriter(stream, StandardCharsets.UTF_8));
            w.write(nl.ruimtevraag.report.OwnFiles.SENSITIVITY_HEADER + "\n");
            int rank = 1;
            for (TornadoBar b : t.bars()) {
                w.write(String.format(Locale.ROOT, "%d,%s,\"%s\",%s,%s,%.3f,%.3f,%.3f,%s,%d%n", rank++, b.parameter().path(),
                        Label.distribution(b.parameter().param(), Language.NL).replace("\"", "\"\""), b.lowValue(), b.highValue(), b.outputAtLow(),
                        b.outputAtHigh(), b.swing(), t.region().isEmpty() ? "NL" : t.region(), t.periodEnd()));
            }
            w.flush();
        });
    }
}
