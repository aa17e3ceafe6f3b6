package nl.ruimtevraag.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.ruimtevraag.report.Language;
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
        resourceBundle = HelpTexts.BASE_NAME)
public final class Main implements java.util.concurrent.Callable<Integer> {
    /** The subcommands, in the order the usage help lists them. */
    static final List<Class<?>> SUBCOMMANDS = List.of(RunCommand.class, ValidateCommand.class, InitCommand.class,
            SchemaCommand.class, RegionsCommand.class, ExplainCommand.class, SensitivityCommand.class, DataCommand.class,
            CompareCommand.class, SweepCommand.class, CompletionCommand.class, CommandLine.HelpCommand.class);

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Read from the raw arguments before parsing ({@link HelpTexts#language}); here so that picocli accepts it. */
    @CommandLine.Mixin
    LanguageOption language = new LanguageOption();

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8)));
    }

    /** Runs the command line with the given streams; returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        if (writesWorkbook(args)) {
            Preload.start(); // the workbook's start-up work on the second core, while picocli and the run read the inputs
        }
        Language lang;
        try {
            lang = HelpTexts.language(args); // before picocli parses: its help and its errors are in this language
        } catch (UserError e) {
            err.println(e.getMessage());
            err.flush();
            return e.exitCode();
        }
        if (args.length > 0 && args[0].equals("help")) {
            args = HelpTexts.withoutLang(args); // picocli's help command has no --lang of its own: `help run --lang en`
        }
        CommandLine cli = commandLine(args, lang);
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler(new Failures(lang));
        cli.setParameterExceptionHandler((ex, a) -> {
            ex.getCommandLine().getErr().println(ParameterErrors.message(ex, lang));
            return ExitCodes.INVALID;
        });
        int code;
        try {
            code = cli.execute(args);
        } catch (OutOfMemoryError | StackOverflowError e) {
            // the limits on input should make this unreachable; if not, still one message, no trace
            boolean memory = e instanceof OutOfMemoryError;
            err.println(UserError.of(lang, ExitCodes.FAILURE, "ruimtevraag heeft te weinig " + (memory ? "geheugen" : "stack"),
                    "de invoer is groter dan deze Java toestaat; geef Java meer geheugen (java -Xmx4g -jar ...) of meld de invoer",
                    "ruimtevraag ran out of " + (memory ? "memory" : "stack"),
                    "the input is larger than this Java allows; give Java more memory (java -Xmx4g -jar ...) or report the input")
                    .getMessage());
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
        return commandLine(args, Language.NL);
    }

    /** As {@link #commandLine(String[])}, with the help texts in the given language. */
    static CommandLine commandLine(String[] args, Language lang) {
        CommandLine cli = new CommandLine(new Main());
        Class<?> named = args.length == 0 ? null : subcommandNamed(args[0]);
        for (Class<?> subcommand : SUBCOMMANDS) {
            if (named == null || named == CommandLine.HelpCommand.class || named == CompletionCommand.class
                    || subcommand == named) {
                cli.addSubcommand(subcommand);
            }
        }
        cli.setResourceBundle(HelpTexts.bundle(lang)); // on every subcommand too
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
