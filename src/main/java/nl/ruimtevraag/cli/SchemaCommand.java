package nl.ruimtevraag.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import nl.ruimtevraag.scenario.ScenarioSchema;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code schema}: prints the JSON Schema of the scenario format, for editors (see docs/scenario-format.md). */
@Command(name = "schema", mixinStandardHelpOptions = true)
public final class SchemaCommand implements Callable<Integer> {
    /** --lang: the language of the help and of the messages (help texts: HelpTexts.properties) */
    @picocli.CommandLine.Mixin
    LanguageOption languageOption = new LanguageOption();

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        out.print(ScenarioSchema.json());
        out.flush();
        return 0;
    }
}
