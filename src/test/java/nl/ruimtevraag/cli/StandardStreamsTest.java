package nl.ruimtevraag.cli;

import static nl.ruimtevraag.cli.CommandHarness.cli;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.ruimtevraag.cli.CommandHarness.Result;
import org.junit.jupiter.api.Test;

/** The conventions of a command-line tool: {@code -o -} writes to standard output, a scenario {@code -} is read from standard input. */
class StandardStreamsTest {
    private static final String HEADER = "scenario,region,werkmilieu,period,measure,value";

    @Test
    void dashAsOutputWritesTheCsvTableToStandardOutputAndNoFile() {
        Result r = cli("run", "-o", "-", "--format", "csv", "--template", "none", "--draws", "0");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith(HEADER + "\n"), "the table and nothing before it: " + r.out().substring(0, 80));
        assertTrue(r.out().lines().skip(1).allMatch(l -> l.startsWith("basis,")), "only rows of the table, no summary");
        assertFalse(Files.exists(Path.of("-.csv")), "no file named -.csv");
        assertFalse(Files.exists(Path.of("-")), "no file named -");
    }

    @Test
    void dashAsOutputWritesTheJsonTableWithItsBands() throws Exception {
        Result r = cli("run", "-o", "-", "--format", "json", "--draws", "20", "-q");
        assertEquals(0, r.code(), r.err());
        JsonNode table = new ObjectMapper().readTree(r.out());
        assertTrue(table.isArray() && table.size() > 100, "the whole table");
        assertTrue(table.get(0).has("p50"), "the bands are columns of the table: " + table.get(0));
        assertFalse(Files.exists(Path.of("--banden.csv")), "no bands file");
    }

    @Test
    void dashAsOutputRefusesAWorkbookOrSeveralFormats() {
        for (String formats : new String[] {"xlsx", "csv,json", "xlsx,csv"}) {
            Result r = cli("run", "-o", "-", "--format", formats, "--lang", "en");
            assertEquals(ExitCodes.INVALID, r.code(), r.err());
            assertTrue(r.err().startsWith("error: -o - writes one table to standard output"), r.err());
            assertTrue(r.err().contains("hint: add --format csv or --format json"), r.err());
            assertEquals("", r.out());
        }
        Result dutch = cli("run", "-o", "-");
        assertEquals(ExitCodes.INVALID, dutch.code(), dutch.err());
        assertTrue(dutch.err().startsWith("fout: -o - schrijft één tabel naar standaarduitvoer, CSV of JSON; gevraagd: xlsx\n"
                + "  tip: voeg --format csv of --format json toe"), dutch.err());
        Result compare = cli("compare", "basis", "basis", "-o", "-", "--lang", "en");
        assertEquals(ExitCodes.INVALID, compare.code(), compare.err());
        assertTrue(compare.err().startsWith("error: compare cannot write to standard output (-o -)"), compare.err());
    }

    @Test
    void dashAsScenarioReadsStandardInputAndNamesItStdinInErrors() {
        Result bad = withInput("name: uit-pijp\nplanning_reserve: 150%\n", () -> cli("validate", "-"));
        assertEquals(ExitCodes.INVALID, bad.code(), bad.err());
        assertTrue(bad.err().startsWith("<stdin>:2:19: fout: "), bad.err());

        Result ok = withInput("name: uit-pijp\nplanning_reserve: 5%\n", () -> cli("validate", "-"));
        assertEquals(0, ok.code(), ok.err());
        assertEquals("OK <stdin>\n", ok.out());

        Result run = withInput("name: uit-pijp\nplanning_reserve: 5%\n",
                () -> cli("run", "-", "-o", "-", "--format", "csv"));
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().lines().skip(1).allMatch(l -> l.startsWith("uit-pijp,")), run.out().substring(0, 200));

        Result sweep = withInput("name: x\n", () -> cli("sweep", "-", "--vary", "planning_reserve=5%,10%"));
        assertEquals(ExitCodes.INVALID, sweep.code(), sweep.err());
        assertTrue(sweep.err().startsWith("fout: sweep kan zijn scenario niet van standaardinvoer lezen"), sweep.err());
    }

    /** A scenario without a name read from standard input is called stdin (out/stdin.xlsx), never "<stdin>". */
    @Test
    void aScenarioFromStandardInputWithoutANameIsCalledStdin() {
        Result run = withInput("planning_reserve: 5%\n", () -> cli("run", "-", "-o", "-", "--format", "csv"));
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().lines().skip(1).allMatch(l -> l.startsWith("stdin,")), run.out().substring(0, 200));
    }

    /** Characters of several bytes split over writes reach the writer whole. */
    @Test
    void theWriterStreamDecodesSplitCharacters() throws Exception {
        StringWriter w = new StringWriter();
        byte[] text = "Δ extra ha – één €".getBytes(StandardCharsets.UTF_8);
        try (WriterStream s = new WriterStream(w)) {
            for (byte b : text) {
                s.write(b);
            }
        }
        assertEquals("Δ extra ha – één €", w.toString());
    }

    private static Result withInput(String text, java.util.function.Supplier<Result> run) {
        InputStream before = System.in;
        System.setIn(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        try {
            return run.get();
        } finally {
            System.setIn(before);
        }
    }
}
