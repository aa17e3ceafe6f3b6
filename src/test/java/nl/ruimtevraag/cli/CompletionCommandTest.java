package nl.ruimtevraag.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ruimtevraag completion bash|zsh}: picocli's completion script over the whole command line,
 * though Main otherwise registers only the subcommand a run names; and the script completes in a real bash.
 */
class CompletionCommandTest {
    @TempDir
    Path dir;

    @Test
    void theScriptNamesEverySubcommandAndTheirOptions() {
        CommandHarness.Result r = CommandHarness.cli("completion", "bash");
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err());
        for (Class<?> c : Main.SUBCOMMANDS) {
            String name = c.getAnnotation(picocli.CommandLine.Command.class).name();
            assertTrue(r.out().contains("function _picocli_ruimtevraag_" + name + "()"), name);
        }
        assertTrue(r.out().contains("function _picocli_ruimtevraag_data_synth()"), "nested subcommands too");
        for (String option : List.of("--draws", "--tornado", "--vary", "--boundaries", "--force", "--pair", "--figures")) {
            assertTrue(r.out().contains(option), option);
        }
        assertTrue(r.out().contains("complete -F _complete_ruimtevraag"), "registered for the command ruimtevraag");
        assertEquals(r.out(), CommandHarness.cli("completion").out(), "bash is the default");
        assertEquals(r.out(), CommandHarness.cli("completion", "zsh").out(),
                "one script: run by zsh it loads bashcompinit itself");
    }

    @Test
    void anUnknownShellIsAUsageError() {
        CommandHarness.Result r = CommandHarness.cli("completion", "fish");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("onbekende shell 'fish'") && r.err().contains("tip: gebruik bash of zsh"), r.err());
    }

    /** bash itself, fed the script: what TAB would offer after a few prefixes. */
    @Test
    void bashCompletesSubcommandsOptionsAndValues() throws IOException, InterruptedException {
        assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "no bash here");
        Path script = dir.resolve("ruimtevraag.bash");
        Files.writeString(script, CommandHarness.cli("completion", "bash").out(), StandardCharsets.UTF_8);
        assertEquals("compare completion", complete(script, "ruimtevraag", "co"));
        assertEquals("--draws", complete(script, "ruimtevraag", "run", "--dr"));
        assertEquals("nl en", complete(script, "ruimtevraag", "run", "--lang", ""));
        assertEquals("xlsx csv json", complete(script, "ruimtevraag", "run", "--format", ""));
        assertEquals("synth", complete(script, "ruimtevraag", "data", "s"));
    }

    private String complete(Path script, String... words) throws IOException, InterruptedException {
        StringBuilder array = new StringBuilder();
        for (String w : words) {
            array.append(" '").append(w).append('\'');
        }
        // compopt works only inside a completion bash started by TAB: a no-op here
        String program = "source '" + script + "'; compopt() { :; }; COMP_WORDS=(" + array + "); COMP_CWORD=" + (words.length - 1)
                + "; COMP_LINE=\"${COMP_WORDS[*]}\"; COMP_POINT=${#COMP_LINE}; _complete_ruimtevraag; echo \"${COMPREPLY[*]}\"";
        Process p = new ProcessBuilder("/bin/bash", "--norc", "-c", program).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        return out.strip();
    }
}
