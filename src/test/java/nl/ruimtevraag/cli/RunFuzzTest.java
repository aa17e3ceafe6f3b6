package nl.ruimtevraag.cli;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import nl.ruimtevraag.scenario.LoadResult;
import nl.ruimtevraag.scenario.ScenarioLoader;
import org.junit.jupiter.api.Timeout;

/**
 * Coverage-guided fuzz test (Jazzer) of the promise "what validate passes, run runs": for any
 * bytes as a scenario file, when {@code validate} says OK, {@code run} ends with 0 (written) or 2
 * (a located input error, e.g. more draws than memory allows), never 1, the exit of an exception
 * nobody foresaw. Both go through {@link Main#run} as a user's command line would.
 *
 * <p>The run writes into a fresh temporary folder ({@code -o}, so a fuzzed {@code output.file} never
 * lands elsewhere), with at most 20 Monte Carlo draws (the Monte Carlo path and its bands sheet
 * are kept, its length is not the subject). {@code mvn verify} runs the seeds in
 * {@code RunFuzzTestInputs} (regression mode, a few seconds); fuzzing is a separate command with
 * its own budget (docs/reliability.md).
 */
class RunFuzzTest {
    private static final ScenarioLoader LOADER = new ScenarioLoader();

    @FuzzTest(maxDuration = "10m")
    @Timeout(value = 120, unit = TimeUnit.SECONDS) // a whole run with a workbook, on a loaded 2-core machine
    void whatValidatePassesRunRuns(byte[] input) throws IOException {
        Path dir = Files.createTempDirectory("rv-runfuzz");
        try {
            Path file = dir.resolve("fuzz.yaml");
            Files.write(file, input);
            CommandHarness.Result validate = CommandHarness.cli("validate", file.toString());
            if (validate.code() != 0) {
                assertTrue(validate.code() == 2, () -> "validate: exit " + validate.code() + "\n" + validate.err());
                return;
            }
            LoadResult loaded = LOADER.load(file);
            assertTrue(loaded.ok(), () -> "validate said OK, the loader not:\n" + loaded.report());
            List<String> args = new ArrayList<>(List.of("run", file.toString(), "-q", "-o", dir.resolve("uit.xlsx").toString()));
            if (loaded.scenario().monteCarlo().draws() > 20) {
                args.addAll(List.of("--draws", "20"));
            }
            CommandHarness.Result run = CommandHarness.cli(args.toArray(String[]::new));
            assertNotEquals(1, run.code(), () -> "validate passed, run failed with exit 1:\n" + run.err());
            assertTrue(run.code() == 0 || run.code() == 2, () -> "exit " + run.code() + "\n" + run.err());
        } finally {
            delete(dir);
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
