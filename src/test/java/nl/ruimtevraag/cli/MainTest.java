package nl.ruimtevraag.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The command line registers only the subcommand a run names, and every one wherever more may be needed. */
class MainTest {
    private static final List<String> ALL = List.of("run", "validate", "init", "schema", "regions", "explain",
            "sensitivity", "data", "compare", "sweep", "completion", "help");

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
        assertEquals(ALL, names("completion", "bash"), "the completion script names every subcommand");
    }

    private static List<String> names(String... args) {
        return List.copyOf(Main.commandLine(args).getSubcommands().keySet());
    }

    /** A description with a bare % is not a format string: picocli warns on stderr and shows %n raw. */
    @Test
    void everyCommandsHelpFormatsWithoutAWarning() {
        PrintStream before = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            for (String command : ALL) {
                CommandHarness.Result r = command.equals("help") ? CommandHarness.cli("help")
                        : CommandHarness.cli(command, "--help");
                assertFalse(r.out().contains("%n") || r.err().contains("picocli WARN"), command + ": " + r.out() + r.err());
            }
            CommandHarness.cli("data", "synth", "--help");
        } finally {
            System.setErr(before);
        }
        String warnings = captured.toString(StandardCharsets.UTF_8);
        assertFalse(warnings.contains("picocli WARN"), warnings);
    }

    /** No command is a usage error: the usage goes to standard error and the exit code is 2. */
    @Test
    void noArgumentsIsAUsageError() {
        CommandHarness.Result r = CommandHarness.cli();
        assertEquals(ExitCodes.INVALID, r.code());
        assertEquals("", r.out());
        assertTrue(r.err().startsWith("Gebruik: ruimtevraag"), r.err());
    }

    /** A mistyped subcommand or option gets picocli's suggestion in the hint. */
    @Test
    void typosGetSuggestions() {
        CommandHarness.Result command = CommandHarness.cli("sweeep");
        assertEquals(ExitCodes.INVALID, command.code());
        assertEquals("fout: onverwacht argument op positie 0: 'sweeep'\n  tip: bedoelde je sweep? zie 'ruimtevraag --help'\n",
                command.err());
        CommandHarness.Result option = CommandHarness.cli("run", "--drws", "10");
        assertEquals(ExitCodes.INVALID, option.code());
        assertEquals("fout: onbekende optie: '--drws'\n  tip: bedoelde je --draws? zie 'ruimtevraag run --help'\n", option.err());
        CommandHarness.Result english = CommandHarness.cli("run", "--drws", "10", "--lang", "en");
        assertEquals("error: Unknown option: '--drws'\n  hint: did you mean --draws? see 'ruimtevraag run --help'\n", english.err());
    }
}
