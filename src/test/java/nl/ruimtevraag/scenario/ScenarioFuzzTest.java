package nl.ruimtevraag.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.concurrent.TimeUnit;
import nl.ruimtevraag.model.Problem;
import org.junit.jupiter.api.Timeout;

/**
 * Coverage-guided fuzz test of the scenario loader and validator (Jazzer). Whatever the bytes,
 * loading ends as a valid scenario or as a non-empty list of problems that each have a place:
 * a file name, a line and a column counting from 1. Problems about the whole file (empty, too
 * large, not UTF-8 without a known byte, not one YAML map) point at line 1, column 1, where an
 * editor opens the file. Never an exception, never a hang (10 s per input, far above the
 * milliseconds a scenario takes).
 *
 * <p>{@code mvn verify} runs it on the seed corpus in {@code ScenarioFuzzTestInputs} (Jazzer's
 * regression mode); {@code JAZZER_FUZZ=1} fuzzes for {@code maxDuration}. While fuzzing, JUnit's
 * own timeout must be switched off ({@code -Djunit.jupiter.execution.timeout.mode=disabled}), or
 * it fails the whole fuzzing run for lasting longer than one input may; the command is in
 * docs/reliability.md.
 * The scenario is read as if it were {@code scenarios/fuzz.yaml} so that {@code extends} of the
 * example scenarios resolves and the merge is fuzzed too.
 */
class ScenarioFuzzTest {
    static final String FILE = "scenarios/fuzz.yaml";
    private static final ScenarioLoader LOADER = new ScenarioLoader();

    @FuzzTest(maxDuration = "5m")
    @Timeout(value = 10, unit = TimeUnit.SECONDS) // per seed in regression; Jazzer passes it to libFuzzer as -timeout
    void everyInputIsAScenarioOrLocatedProblems(byte[] input) {
        check(input, LOADER.loadBytes(input, FILE));
    }

    static void check(byte[] input, LoadResult result) {
        assertNotNull(result);
        if (result.ok()) {
            assertNotNull(result.scenario());
            assertTrue(result.problems().isEmpty());
            return;
        }
        assertFalse(result.problems().isEmpty(), "a failed load names at least one problem");
        long lines = lines(input);
        for (Problem p : result.problems()) {
            String where = p.format();
            assertFalse(p.file().isBlank(), where);
            assertTrue(p.line() >= 1 && p.column() >= 1, where);
            assertFalse(p.message().isEmpty(), where);
            // a model record refusing a value means the checks let it through: a gap to close
            assertFalse(p.message().en().startsWith("the scenario could not be built"), where);
            if (p.file().equals(FILE)) {
                assertTrue(p.line() <= lines, "line " + p.line() + " of " + lines + ": " + where);
            }
            assertEquals(-1, p.format().indexOf("\tat "), "no stack trace in a problem: " + where);
        }
    }

    /** An upper bound on the lines a place may point at: YAML's line breaks each start one. */
    private static long lines(byte[] input) {
        long n = 1;
        String text = new String(input, java.nio.charset.StandardCharsets.UTF_8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                n++;
            }
        }
        return n;
    }
}
