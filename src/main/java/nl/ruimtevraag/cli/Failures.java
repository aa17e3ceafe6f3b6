package nl.ruimtevraag.cli;

import picocli.CommandLine;

/**
 * Maps exceptions to one clear message on standard error and the documented exit code. A stack
 * trace is printed only with --debug.
 */
final class Failures implements CommandLine.IExecutionExceptionHandler {
    /** The language of the arguments' --lang, for failures that have no message of their own */
    private final nl.ruimtevraag.report.Language language;

    Failures(nl.ruimtevraag.report.Language language) {
        this.language = language;
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine cli, CommandLine.ParseResult parsed) {
        boolean debug = parsed.hasMatchedOption("--debug")
                || (parsed.subcommand() != null && parsed.subcommand().hasMatchedOption("--debug"));
        if (ex instanceof UserError u) {
            cli.getErr().println(u.getMessage());
            if (debug) {
                u.printStackTrace(cli.getErr());
            }
            return u.exitCode();
        }
        boolean english = language == nl.ruimtevraag.report.Language.EN;
        cli.getErr().println((english ? "error: " : "fout: ") + describe(ex));
        if (debug) {
            ex.printStackTrace(cli.getErr());
        } else {
            cli.getErr().println(english ? "  hint: run again with --debug for the details, and report it if it is a bug"
                    : "  tip: voer het opnieuw uit met --debug voor de details, en meld het als het een fout in ruimtevraag is");
        }
        return ExitCodes.FAILURE;
    }

    private static String describe(Throwable ex) {
        String m = ex.getMessage();
        return ex.getClass().getSimpleName() + (m == null || m.isBlank() ? "" : ": " + m);
    }
}
