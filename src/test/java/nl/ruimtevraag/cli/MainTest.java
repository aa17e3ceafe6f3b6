package nl.ruimtevraag.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The command line registers only the subcommand a run names, and every one wherever more may be needed. */
class MainTest {
    private static final List<String> ALL = List.of("run", "validate", "init", "schema", "regions", "explain",
            "sensitivity", "data", "compare", "sweep", "help");

    @Test
    void aNamedSubcommandIsTheOnlyOneBuilt() {
        assertEquals(List.of("run"), names("run", "basis", "--draws", "10"));
        assertEquals(List.of("data"), names("data", "synth"));
        assertEquals(List.of("sweep"), names("sweep", "--help"));
    }

    @Test
    void helpOptionsTyposAndNoArgumentsGetEverySubcommandInUsageOrder() {
        assertEquals(ALL, names());
        assertEquals(ALL, names("help", "run"));
        assertEquals(ALL, names("--help"));
        assertEquals(ALL, names("rn"));
        assertEquals(ALL, names("Run"));
    }

    private static List<String> names(String... args) {
        return List.copyOf(Main.commandLine(args).getSubcommands().keySet());
    }
}
