package nl.ruimtevraag.cli;

import java.io.PrintWriter;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code completion bash|zsh}: prints a shell completion script, picocli's {@link AutoComplete}
 * over the whole command line. {@link Main#commandLine} registers every subcommand when the
 * arguments start with {@code completion} (as for {@code help}); other commands get only their own.
 */
@Command(name = "completion", mixinStandardHelpOptions = true)
public final class CompletionCommand implements Callable<Integer> {
    /** --lang: the language of the help and of the messages (help texts: HelpTexts.properties) */
    @picocli.CommandLine.Mixin
    LanguageOption languageOption = new LanguageOption();

    @Spec
    private CommandSpec spec;

    @Parameters(descriptionKey = "shell", index = "0", arity = "0..1", paramLabel = "SHELL", defaultValue = "bash",
            completionCandidates = Shells.class)
    String shell;

    @Override
    public Integer call() {
        String script = AutoComplete.bash("ruimtevraag", spec.root().commandLine());
        PrintWriter out = spec.commandLine().getOut();
        if (!shell.equals("bash") && !shell.equals("zsh")) {
            throw UserError.of(languageOption.language(), ExitCodes.INVALID, "onbekende shell '" + shell + "'",
                    "gebruik bash of zsh", "unknown shell '" + shell + "'", "use bash or zsh");
        }
        // one script for both: when zsh runs it, it loads compinit if needed and bashcompinit itself
        out.print(script);
        out.flush();
        return 0;
    }

    /** The shells, for completion of this command's own argument. */
    static final class Shells implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return List.of("bash", "zsh").iterator();
        }
    }

    /** The values of --format, for completion. */
    static final class Formats implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return List.of("xlsx", "csv", "json").iterator();
        }
    }

    /** The values of sweep's --format, for completion. */
    static final class TableFormats implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return List.of("xlsx", "csv").iterator();
        }
    }
}
