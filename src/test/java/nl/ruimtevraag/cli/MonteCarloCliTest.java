package nl.ruimtevraag.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** run --draws/--seed, sensitivity and data synth through the command line. */
class MonteCarloCliTest {
    private static String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new String[] {Integer.toString(code), out.toString(), err.toString()};
    }

    @Test
    void runWithDrawsWritesBandsAndTheSameSeedGivesTheSameFile(@TempDir Path dir) throws Exception {
        String[] a = run("run", "--draws", "300", "--seed", "7", "--format", "csv", "-o", dir.resolve("a.xlsx").toString());
        assertEquals("0", a[0], a[2]);
        assertTrue(a[1].contains("Monte Carlo: 300 trekkingen, seed 7"), a[1]);
        assertEquals("", a[2].lines().filter(l -> !l.contains(": waarschuwing: ")).collect(java.util.stream.Collectors.joining("\n")),
                "no progress bar without a terminal (only the plausibility warnings)");
        String[] b = run("run", "--draws", "300", "--seed", "7", "--format", "csv", "-q", "-o", dir.resolve("b.xlsx").toString());
        assertEquals("0", b[0]);
        assertEquals("", b[1], "quiet");
        assertEquals(Files.readString(dir.resolve("a-banden.csv")), Files.readString(dir.resolve("b-banden.csv")));
        assertTrue(Files.readString(dir.resolve("a-banden.csv")).contains("NL,totaal,2050,extra_ha_strict,"));
    }

    @Test
    void badDrawsAreAUsageError(@TempDir Path dir) {
        String[] r = run("run", "--draws", "-5", "-o", dir.resolve("x.xlsx").toString());
        assertEquals("2", r[0]);
        assertTrue(r[2].contains("--draws"), r[2]);
    }

    @Test
    void drawsThatDoNotFitInMemoryAreRefusedBeforeTheRun(@TempDir Path dir) {
        Path data = dir.resolve("synth");
        assertEquals("0", run("data", "synth", "--regions", "2000", "--seed", "3", "-q", "-o", data.toString())[0]);
        // 2000 regions x 15 cells x 1,000,000 draws x 8 bytes: 240 GB, more than Java arrays hold
        String[] r = run("run", "--data", data.toString(), "--draws", "1000000", "-o", dir.resolve("x.xlsx").toString());
        assertEquals("2", r[0], r[2]);
        assertTrue(r[2].contains("1000000 trekkingen van 2000 regio's houden 240.0 GB aan trekkingen in het geheugen"), r[2]);
        assertTrue(r[2].contains("tip: er passen hoogstens "), r[2]);
    }

    @Test
    void sensitivityRanksTheBasisParameters(@TempDir Path dir) throws Exception {
        String[] r = run("sensitivity", "-o", dir.resolve("t.csv").toString());
        assertEquals("0", r[0], r[2]);
        assertTrue(r[1].contains("circular.demand_share.2050"), r[1]);
        assertTrue(Files.readString(dir.resolve("t.csv")).startsWith("rank,parameter,"));
    }

    @Test
    void dataSynthWritesADataSetThatRunAccepts(@TempDir Path dir) {
        Path data = dir.resolve("synth");
        assertEquals("0", run("data", "synth", "--regions", "20", "--seed", "3", "-o", data.toString())[0]);
        String[] r = run("run", "--data", data.toString(), "--draws", "50", "--format", "csv", "-q",
                "-o", dir.resolve("s.xlsx").toString());
        assertEquals("0", r[0], r[2]);
    }
}
