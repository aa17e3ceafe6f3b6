package nl.ruimtevraag.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.ruimtevraag.report.Preload;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Entry point. Wires the commands; holds no logic. Exit codes: 0 success, 2 invalid input or
 * usage, 1 any other failure (docs/cli.md).
 */
@Command(name = "ruimtevraag",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = "Scenario simulator for the space demand on Dutch business estates (behoefteraming bedrijventerreinen).",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "2:invalid input or usage (the message names file, line and column)",
                "1:any other failure (the message says what; --debug shows the stack trace)"})
public final class Main implements java.util.concurrent.Callable<Integer> {
    /** The subcommands, in the order the usage help lists them. */
    static final List<Class<?>> SUBCOMMANDS = List.of(RunCommand.class, ValidateCommand.class, InitCommand.class,
            SchemaCommand.class, RegionsCommand.class, ExplainCommand.class, SensitivityCommand.class, DataCommand.class,
            CompareCommand.class, SweepCommand.class, CompletionCommand.class, CommandLine.HelpCommand.class);

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8)));
    }

    /** Runs the command line with the given streams; returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        if (writesWorkbook(args)) {
            Preload.start(); // the workbook's start-up work on the second core, while picocli and the run read the inputs
        }
        CommandLine cli = commandLine(args);
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler(new Failures());
        cli.setParameterExceptionHandler((ex, a) -> {
            CommandLine c = ex.getCommandLine();
            c.getErr().println("error: " + ex.getMessage());
            List<String> close = ex instanceof CommandLine.UnmatchedArgumentException u ? u.getSuggestions() : List.of();
            c.getErr().println("  hint: " + (close.isEmpty() ? "" : "did you mean " + String.join(" or ", close) + "? ")
                    + "see '" + c.getCommandSpec().qualifiedName() + " --help'");
            return ExitCodes.INVALID;
        });
        int code;
        try {
            code = cli.execute(args);
        } catch (OutOfMemoryError | StackOverflowError e) {
            // the limits on input should make this unreachable; if not, still one message, no trace
            err.println("error: ruimtevraag ran out of " + (e instanceof OutOfMemoryError ? "memory" : "stack")
                    + "\n  hint: the input is larger than this Java allows; give Java more memory (java -Xmx4g -jar ...)"
                    + " or report the input");
            code = ExitCodes.FAILURE;
        }
        out.flush();
        err.flush();
        return code;
    }

    /**
     * The command line with every subcommand, or with only the one that the arguments start with:
     * picocli builds the model of each registered subcommand up front (its options, mixins and
     * annotations by reflection), and a run of one subcommand needs no other. {@code help} and
     * {@code completion} (whose script names every subcommand and option) need them all.
     */
    static CommandLine commandLine(String[] args) {
        CommandLine cli = new CommandLine(new Main());
        Class<?> named = args.length == 0 ? null : subcommandNamed(args[0]);
        for (Class<?> subcommand : SUBCOMMANDS) {
            if (named == null || named == CommandLine.HelpCommand.class || named == CompletionCommand.class
                    || subcommand == named) {
                cli.addSubcommand(subcommand);
            }
        }
        return cli;
    }

    private static Class<?> subcommandNamed(String name) {
        for (Class<?> subcommand : SUBCOMMANDS) {
            if (subcommand.getAnnotation(Command.class).name().equals(name)) {
                return subcommand;
            }
        }
        return null;
    }

    /**
     * True when the command line is a run that will (most likely) write a workbook: the run command
     * without help and without a --format list that leaves out xlsx. Only a hint for preloading.
     */
    static boolean writesWorkbook(String[] args) {
        if (args.length == 0 || !args[0].equals("run")) {
            return false;
        }
        for (int i = 1; i < args.length; i++) {
            String a = args[i];
            if (a.equals("-h") || a.equals("--help") || a.equals("-V") || a.equals("--version")) {
                return false;
            }
            String formats = a.startsWith("--format=") ? a.substring("--format=".length())
                    : a.equals("--format") && i + 1 < args.length ? args[i + 1] : null;
            if (formats != null && !formats.toLowerCase(java.util.Locale.ROOT).contains("xlsx")) {
                return false;
            }
        }
        return true;
    }

    /** No subcommand: the usage on standard error, exit 2 (a missing command is a usage error). */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.INVALID;
    }
}
