package nl.ruimtevraag.cli;

import picocli.CommandLine.Option;

/** Options every command that writes files and prints results shares. */
final class OutputOptions {
    @Option(names = "--force", description = "overwrite output files that ruimtevraag did not write (by default it refuses)")
    boolean force;

    @Option(names = {"-q", "--quiet"}, description = "print nothing but errors")
    boolean quiet;
}
