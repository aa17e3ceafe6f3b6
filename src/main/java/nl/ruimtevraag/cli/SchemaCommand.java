package nl.ruimtevraag.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import nl.ruimtevraag.scenario.ScenarioSchema;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code schema}: prints the JSON Schema of the scenario format, for editors (see docs/scenario-format.md). */
@Command(name = "schema", mixinStandardHelpOptions = true,
        description = {"Print the JSON Schema (draft 2020-12) of the scenario format.",
            "Save it (ruimtevraag schema > scenario.schema.json) and point your editor's YAML support at it."})
public final class SchemaCommand implements Callable<Integer> {
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
