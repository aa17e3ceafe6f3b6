package nl.ruimtevraag.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/**
 * Runs the CLI in the test's JVM with captured output: one picocli command the way Main runs it as a
 * subcommand ({@link #run}), or the whole command line through {@link Main#run} ({@link #cli}).
 */
final class CommandHarness {
    record Run(int exitCode, String out, String err) {
    }

    /** Exit code and captured standard output and error of a whole command line. */
    record Result(int code, String out, String err) {
    }

    private CommandHarness() {
    }

    static Result cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Result(code, out.toString(), err.toString());
    }

    static Run run(Object command, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cmd = new CommandLine(command);
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        int code = cmd.execute(args);
        return new Run(code, out.toString(), err.toString());
    }
}
