package nl.ruimtevraag.cli;

import nl.ruimtevraag.report.Language;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import nl.ruimtevraag.model.Problem;
import nl.ruimtevraag.scenario.LoadResult;
import nl.ruimtevraag.scenario.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code validate FILE...}: "OK FILE" per valid file, every error of every invalid one; exit 2 when any is invalid. */
@Command(name = "validate", mixinStandardHelpOptions = true)
public final class ValidateCommand implements Callable<Integer> {
    /** --lang: the language of the help and of the messages (help texts: HelpTexts.properties) */
    @picocli.CommandLine.Mixin
    LanguageOption languageOption = new LanguageOption();

    /** Exit code when any file is invalid. */
    public static final int INVALID = 2;

    @Spec
    private CommandSpec spec;

    @Parameters(descriptionKey = "files", arity = "1..*", paramLabel = "FILE")
    private List<Path> files;

    @picocli.CommandLine.Option(names = "--data", paramLabel = "DIR")
    private Path data;

    /** null: validate against the embedded data set (its regions and stock) */
    private final List<String> regionCodes;

    /** Validates against the embedded data set: its region codes and its stock. */
    public ValidateCommand() {
        this.regionCodes = null;
    }

    /** Validates against a data set's region codes only (in the data set's order), not its figures. */
    public ValidateCommand(List<String> regionCodes) {
        this.regionCodes = List.copyOf(regionCodes);
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Language lang = languageOption.language();
        ScenarioLoader loader = data == null && regionCodes != null ? new ScenarioLoader(regionCodes)
                : new ScenarioLoader(Inputs.data(data, lang));
        boolean allValid = true;
        for (Path file : files) {
            boolean stdin = file.toString().equals(Inputs.STANDARD_INPUT);
            ScenarioLoader.Parsed parsed = stdin ? Inputs.parse(Inputs.STANDARD_INPUT) : ScenarioLoader.parse(file);
            LoadResult result = loader.load(parsed);
            Problem template = result.ok() ? TemplateCheck.problem(result.scenario(), parsed) : null;
            if (template != null) {
                allValid = false;
                err.println(template.format(lang.consoleLocale()));
            } else if (result.ok()) {
                out.println("OK " + (stdin ? ScenarioLoader.STANDARD_INPUT : file));
            } else {
                allValid = false;
                err.print(result.report(lang.consoleLocale()));
            }
            out.flush();
            err.flush();
        }
        return allValid ? 0 : INVALID;
    }
}
