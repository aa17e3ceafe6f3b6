package nl.ruimtevraag.cli;

import picocli.CommandLine.Option;

/** Options every command that writes files and prints results shares. */
final class OutputOptions {
    @Option(names = "--force")
    boolean force;

    @Option(names = {"-q", "--quiet"})
    boolean quiet;
}
