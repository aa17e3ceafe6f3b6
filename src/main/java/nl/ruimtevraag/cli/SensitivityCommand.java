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
@Command(name = "sensitivity", mixinStandardHelpOptions = true,
        description = "Swing each uncertain parameter between its low and high value (others central) and rank them by "
                + "their effect on the extra hectares (strict) at the last period end.")
final class SensitivityCommand implements Callable<Integer> {
    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");
    /** sensitivity has no --lang yet: its messages stay English, as its other errors are (docs/cli.md) */
    private static final Language ENGLISH_MESSAGES = Language.EN;

    @Parameters(arity = "0..1", paramLabel = "SCENARIO", description = "scenario file or built-in name (- reads it from standard input); default: basis")
    String scenario;

    @Option(names = "--region", paramLabel = "CODE", description = "rank by one region's shortage instead of the national total")
    String region;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "also write the table: FILE.xlsx (table and tornado chart) or FILE.csv; a folder gets gevoeligheid.xlsx")
    String outputOption;

    private Path output;

    @Option(names = "--period", paramLabel = "START-END",
            description = "rank by the extra hectares at this period's end, e.g. 2025-2030; default: the last period")
    String period;

    @picocli.CommandLine.Mixin
    InputOptions input = new InputOptions();

    @picocli.CommandLine.Mixin
    OutputOptions files = new OutputOptions();

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Inputs.Loaded inputs = Inputs.dataAndScenario(input.data, scenario);
        RegionalData d = inputs.data();
        Scenario s = inputs.scenario();
        if (region != null && !d.codes().contains(region)) {
            throw new UserError(ExitCodes.INVALID, "error: unknown region '" + region + "'\n  hint: see 'ruimtevraag regions'");
        }
        output = outputOption == null ? null : Outputs.fileOnly("sensitivity", outputOption, "gevoeligheid.xlsx", ENGLISH_MESSAGES);
        if (output != null) {
            String name = output.getFileName().toString().toLowerCase(Locale.ROOT);
            if (!name.endsWith(".xlsx") && !name.endsWith(".csv")) {
                throw new UserError(ExitCodes.INVALID, "error: -o " + output + ": expected a .xlsx or .csv file\n  hint: e.g. -o out/gevoeligheid.xlsx");
            }
            Outputs.check(java.util.List.of(output), Outputs.Replace.own(files.force), ENGLISH_MESSAGES);
        }
        int periodIndex = -1;
        if (period != null) {
            for (int i = 0; i < s.horizon().periods().size(); i++) {
                if (s.horizon().periods().get(i).label().equals(period)) {
                    periodIndex = i;
                }
            }
            if (periodIndex < 0) {
                throw new UserError(ExitCodes.INVALID, "error: unknown period '" + period + "'\n  hint: the scenario's periods are "
                        + String.join(", ", s.horizon().periods().stream().map(nl.ruimtevraag.model.Period::label).toList()));
            }
        }
        Tornado t = Sensitivity.tornado(s, d, region, periodIndex);
        if (output != null) {
            if (output.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
                var projection = nl.ruimtevraag.engine.Projector.project(nl.ruimtevraag.engine.InputResolver.resolve(s, d,
                        nl.ruimtevraag.engine.ParamSource.central()));
                var ctx = new nl.ruimtevraag.report.ReportContext(s, d, projection, Version.get(), scenario == null ? "" : scenario,
                        false, nl.ruimtevraag.report.Language.NL).withTornado(t);
                Outputs.write(output, Outputs.Replace.own(files.force), ENGLISH_MESSAGES, f -> nl.ruimtevraag.report.WorkbookWriter.writeTornado(ctx, f));
            } else {
                Outputs.write(output, Outputs.Replace.own(files.force), ENGLISH_MESSAGES, f -> write(t, f));
            }
        }
        if (!files.quiet) {
            var out = spec.commandLine().getOut();
            out.printf(DUTCH, "Gevoeligheid van extra ha (strikt) t/m %d, %s; centraal: %,.0f ha%n", t.periodEnd(),
                    t.region().isEmpty() ? "Nederland" : t.region(), t.base());
            out.printf("%-45s %-32s %12s %12s %10s%n", "Parameter", "Verdeling", "bij laag", "bij hoog", "Zwaai");
            for (TornadoBar b : t.bars()) {
                out.printf(DUTCH, "%-45s %-32s %,12.0f %,12.0f %,10.0f%n", b.parameter().path(), Label.distribution(b.parameter().param(), Language.NL),
                        b.outputAtLow(), b.outputAtHigh(), b.swing());
            }
            if (output != null) {
                out.println("geschreven: " + output);
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
