package nl.ruimtevraag.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import nl.ruimtevraag.data.DataSetException;
import nl.ruimtevraag.data.SyntheticDataSet;
import nl.ruimtevraag.report.AtomicFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Data set tools: {@code data synth}. */
@Command(name = "data", mixinStandardHelpOptions = true,
        subcommands = {DataCommand.Synth.class})
final class DataCommand implements Runnable {
    /** --lang: the language of the help and of the messages (help texts: HelpTexts.properties) */
    @picocli.CommandLine.Mixin
    LanguageOption languageOption = new LanguageOption();

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "synth", mixinStandardHelpOptions = true)
    static final class Synth implements Callable<Integer> {
        /** --lang: the language of the help and of the messages (help texts: HelpTexts.properties) */
        @picocli.CommandLine.Mixin
        LanguageOption languageOption = new LanguageOption();

        @Option(names = "--regions", paramLabel = "N", required = true)
        int regions;

        @Option(names = "--seed", paramLabel = "S", defaultValue = "1")
        long seed;

        @Option(names = {"-o", "--output"}, paramLabel = "DIR", required = true)
        Path dir;

        @Option(names = {"-q", "--quiet"})
        boolean quiet;

        @Option(names = "--force")
        boolean force;

        @picocli.CommandLine.Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws IOException, DataSetException {
            nl.ruimtevraag.report.Language lang = languageOption.language();
            if (regions < 1 || regions > 100_000) {
                throw UserError.of(lang, ExitCodes.INVALID, "--regions moet tussen 1 en 100000 liggen, gegeven: " + regions,
                        "Nederland heeft 342 gemeenten", "--regions must lie between 1 and 100000, got " + regions,
                        "342 is the number of Dutch municipalities");
            }
            Map<String, byte[]> files = SyntheticDataSet.files(regions, seed);
            List<Path> targets = files.keySet().stream().map(dir::resolve).toList();
            Outputs.Replace replace = force ? Outputs.Replace.ANY : Outputs.Replace.NONE;
            Outputs.check(targets, replace, lang);
            for (Path target : targets) { // each file complete and new, or unchanged
                Outputs.write(target, replace, lang, t -> AtomicFiles.write(t, files.get(t.getFileName().toString())));
            }
            if (!quiet) {
                spec.commandLine().getOut().println(lang == nl.ruimtevraag.report.Language.EN
                        ? "written: " + dir + " (" + regions + " synthetic regions, seed " + seed + ")"
                        : "geschreven: " + dir + " (" + regions + " synthetische regio's, seed " + seed + ")");
            }
            return ExitCodes.OK;
        }
    }
}
