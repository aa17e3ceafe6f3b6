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
@Command(name = "data", mixinStandardHelpOptions = true, description = "Data set tools.",
        subcommands = {DataCommand.Synth.class})
final class DataCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "synth", mixinStandardHelpOptions = true,
            description = "Write a synthetic data set of N regions, scaled from the embedded provinces (for benchmarks and trials).")
    static final class Synth implements Callable<Integer> {
        @Option(names = "--regions", paramLabel = "N", required = true, description = "number of regions (1-100000)")
        int regions;

        @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "random seed; default 1")
        long seed;

        @Option(names = {"-o", "--output"}, paramLabel = "DIR", required = true, description = "folder to write the CSV files into")
        Path dir;

        @Option(names = {"-q", "--quiet"}, description = "print nothing but errors")
        boolean quiet;

        @Option(names = "--force", description = "overwrite the data set files already in DIR (by default it refuses)")
        boolean force;

        @picocli.CommandLine.Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws IOException, DataSetException {
            if (regions < 1 || regions > 100_000) {
                throw new UserError(ExitCodes.INVALID, "error: --regions must lie between 1 and 100000, got " + regions
                        + "\n  hint: 342 is the number of Dutch municipalities");
            }
            Map<String, byte[]> files = SyntheticDataSet.files(regions, seed);
            List<Path> targets = files.keySet().stream().map(dir::resolve).toList();
            Outputs.Replace replace = force ? Outputs.Replace.ANY : Outputs.Replace.NONE;
            Outputs.check(targets, replace, nl.ruimtevraag.report.Language.EN); // no --lang: English, as its other messages
            for (Path target : targets) { // each file complete and new, or unchanged
                Outputs.write(target, replace, nl.ruimtevraag.report.Language.EN, t -> AtomicFiles.write(t, files.get(t.getFileName().toString())));
            }
            if (!quiet) {
                spec.commandLine().getOut().println("geschreven: " + dir + " (" + regions + " synthetische regio's, seed " + seed + ")");
            }
            return ExitCodes.OK;
        }
    }
}
