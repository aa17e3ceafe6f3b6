package nl.ruimtevraag.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options every command that reads the data set shares. */
final class InputOptions {
    @Option(names = "--data", paramLabel = "DIR")
    Path data;

    /** Read by {@link Failures} from the parse result. */
    @Option(names = "--debug")
    boolean debug;
}
