package nl.ruimtevraag.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options every command that reads the data set shares. */
final class InputOptions {
    @Option(names = "--data", paramLabel = "DIR", description = "a data set folder (docs/data.md); default: the embedded provinces")
    Path data;

    /** Read by {@link Failures} from the parse result. */
    @Option(names = "--debug", description = "print stack traces on failure")
    boolean debug;
}
