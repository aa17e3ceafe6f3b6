package nl.ruimtevraag.cli;

import static nl.ruimtevraag.cli.CommandHarness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nl.ruimtevraag.cli.CommandHarness.Result;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.ruimtevraag.data.DataSetLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile and malformed input through the whole command line ({@link Main#run}): every case exits
 * with the documented code and a message that names the file, line and column, never a stack
 * trace (only with --debug), never an OutOfMemoryError, and no output file is written.
 */
class HostileInputTest {
    /** FILE:LINE:COLUMN: error: MESSAGE with LINE and COLUMN counting from 1 */
    private static final Pattern LOCATED = Pattern.compile("(?m)^(.+):([1-9][0-9]*):([1-9][0-9]*): error: \\S.*$");

    @TempDir
    Path dir;


    /** Runs the scenario text as a file; expects exit 2 and a located error in that file. */
    private String rejectsScenario(byte[] content, String expectedInMessage) throws IOException {
        Path file = dir.resolve("s.yaml");
        Files.write(file, content);
        Path output = dir.resolve("out.xlsx");
        Result r = cli("run", "--lang", "en", file.toString(), "-o", output.toString(), "-q");
        assertEquals(ExitCodes.INVALID, r.code(), r.err());
        assertLocatedIn(file.toString(), r.err());
        assertTrue(r.err().contains(expectedInMessage), "expected '" + expectedInMessage + "' in:\n" + r.err());
        assertFalse(Files.exists(output), "no output for bad input");
        assertEquals(List.of(file), list(dir), "nothing else written");
        return r.err();
    }

    private String rejectsScenario(String content, String expectedInMessage) throws IOException {
        return rejectsScenario(content.getBytes(StandardCharsets.UTF_8), expectedInMessage);
    }

    static void assertLocatedIn(String file, String err) {
        assertFalse(err.contains("\tat "), "no stack trace:\n" + err);
        assertFalse(err.contains("Exception"), "no exception names:\n" + err);
        assertFalse(err.contains("OutOfMemory"), err);
        var m = LOCATED.matcher(err);
        assertTrue(m.find(), "a FILE:LINE:COLUMN: error: line in:\n" + err);
        assertEquals(file, m.group(1), err);
    }

    // ------------------------------------------------------------------ scenario files

    @Test
    void aliasBomb() throws IOException {
        StringBuilder s = new StringBuilder("name: bomb\na: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        String prev = "a";
        for (String k : List.of("b", "c", "d", "e", "f", "g", "h", "i")) {
            s.append(k).append(": &").append(k).append(" [").append(String.join(",", java.util.Collections.nCopies(9, "*" + prev)))
                    .append("]\n");
            prev = k;
        }
        rejectsScenario(s.toString(), "aliases");
    }

    @Test
    void veryDeepNesting() throws IOException {
        rejectsScenario("name: deep\nx: " + "[".repeat(100_000) + "]".repeat(100_000) + "\n", "nested more than 32 levels");
    }

    @Test
    void veryDeepBlockNesting() throws IOException {
        StringBuilder s = new StringBuilder("name: deep\n");
        for (int i = 0; i < 200; i++) {
            s.append("  ".repeat(i)).append("k").append(i).append(":\n");
        }
        s.append("  ".repeat(200)).append("v\n");
        rejectsScenario(s.toString(), "nested more than 32 levels");
    }

    @Test
    void hugeFile() throws IOException {
        Path file = dir.resolve("s.yaml");
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.setLength(3L << 30); // 3 GiB, sparse: costs no disk
        }
        Path output = dir.resolve("out.xlsx");
        Result r = cli("run", "--lang", "en", file.toString(), "-o", output.toString());
        assertEquals(ExitCodes.INVALID, r.code(), r.err());
        assertLocatedIn(file.toString(), r.err());
        assertTrue(r.err().contains("at most 1048576 bytes"), r.err());
        assertFalse(Files.exists(output));
    }

    @Test
    void binaryGarbage() throws IOException {
        byte[] garbage = new byte[4096];
        new java.util.Random(9).nextBytes(garbage);
        rejectsScenario(garbage, "not UTF-8");
    }

    @Test
    void aWorkbookGivenAsScenario() throws IOException {
        byte[] zip = {'P', 'K', 3, 4, 20, 0, 6, 0, 8, 0, 0, 0, 0x21, 0, (byte) 0xA3, (byte) 0x8B};
        rejectsScenario(zip, "s.yaml:1:");
    }

    @Test
    void nanAndInfinity() throws IOException {
        String err = rejectsScenario("name: nan\ncircular:\n  extra_share: .nan\n  double_space: -.inf\n", "NaN and infinity are not allowed");
        assertTrue(err.contains("s.yaml:3:16:"), err);
        assertTrue(err.contains("s.yaml:4:17:"), err);
    }

    @Test
    void absurdHectares() throws IOException {
        rejectsScenario("name: huge\ntransformation:\n  - {region: NH, werkmilieu: gemengd, hectares: 1e308, years: 2026-2032}\n",
                "s.yaml:3:");
    }

    @Test
    void hectaresBeyondDouble() throws IOException {
        rejectsScenario("name: huge\ntransformation:\n  - {region: NH, werkmilieu: gemengd, hectares: 1e309, years: 2026-2032}\n",
                "s.yaml:3:");
    }

    @Test
    void negativeArea() throws IOException {
        rejectsScenario("name: neg\ntransformation:\n  - {region: NH, werkmilieu: gemengd, hectares: -120, years: 2026-2032}\n",
                "s.yaml:3:");
    }

    /** A NUL byte in a path (YAML "\\0") is a located input error, not an exception with exit 1. */
    @Test
    void aNulByteInAPathIsLocated() throws IOException {
        String err = rejectsScenario("extends: \"basis\\0\"\n", "`extends` is not a usable file path");
        assertTrue(err.contains(":1:10: error:"), err);
        err = rejectsScenario("output:\n  file: \"raming\\0.xlsx\"\n", "`output.file` is not a usable file path");
        assertTrue(err.contains(":2:9: error:"), err);
        rejectsScenario("output:\n  template: \"huisstijl\\0.xlsx\"\n", "`output.template` is not a usable file path");
    }

    @Test
    void emptyFile() throws IOException {
        String err = rejectsScenario("", "the file is empty");
        assertTrue(err.startsWith(dir.resolve("s.yaml") + ":1:1: error:"), err);
    }

    @Test
    void thousandsOfUnknownKeysGiveAShortReport() throws IOException {
        StringBuilder s = new StringBuilder("name: many\n");
        for (int i = 0; i < 50_000; i++) {
            s.append("k").append(i).append(": 1\n");
        }
        long start = System.nanoTime();
        String err = rejectsScenario(s.toString(), "49900 more problems not shown");
        assertTrue(err.lines().count() < 250, "at most 100 problems and their hints");
        assertTrue(System.nanoTime() - start < 20_000_000_000L, "well within seconds");
    }

    @Test
    void aFolderAsScenario() {
        Result r = cli("run", "--lang", "en", dir.toString(), "-o", dir.resolve("out.xlsx").toString());
        assertEquals(ExitCodes.INVALID, r.code(), r.err());
        assertLocatedIn(dir.toString(), r.err());
    }

    @Test
    void aMissingScenarioFile() {
        String missing = dir.resolve("nope.yaml").toString();
        Result r = cli("run", "--lang", "en", missing, "-o", dir.resolve("out.xlsx").toString());
        assertEquals(ExitCodes.INVALID, r.code(), r.err());
        assertLocatedIn(missing, r.err());
        assertTrue(r.err().contains("file not found"), r.err());
    }

    @Test
    void debugShowsTheStackTraceOfAnInternalErrorOnly() throws IOException {
        Files.writeString(dir.resolve("s.yaml"), "");
        Result r = cli("run", "--lang", "en", dir.resolve("s.yaml").toString(), "--debug", "-o", dir.resolve("o.xlsx").toString());
        assertEquals(ExitCodes.INVALID, r.code());
        assertLocatedIn(dir.resolve("s.yaml").toString(), r.err().lines().findFirst().orElseThrow());
    }

    // ------------------------------------------------------------------ data sets (run --data DIR)

    private Path data() throws IOException {
        Path d = Files.createDirectories(dir.resolve("data"));
        for (String name : DataSetLoader.FILES) {
            try (InputStream in = DataSetLoader.class.getResourceAsStream(DataSetLoader.EMBEDDED + name)) {
                Files.copy(in, d.resolve(name));
            }
        }
        return d;
    }

    /** Appends a line to a data set file (or replaces it when replace is true); expects exit 2 located in that file. */
    private String rejectsData(String file, byte[] content, boolean replace, String expected) throws IOException {
        Path d = data();
        Path f = d.resolve(file);
        if (replace) {
            Files.write(f, content);
        } else {
            byte[] old = Files.readAllBytes(f);
            byte[] all = new byte[old.length + content.length];
            System.arraycopy(old, 0, all, 0, old.length);
            System.arraycopy(content, 0, all, old.length, content.length);
            Files.write(f, all);
        }
        Path output = dir.resolve("out.xlsx");
        Result r = cli("run", "--lang", "en", "--data", d.toString(), "-o", output.toString(), "-q");
        assertEquals(ExitCodes.INVALID, r.code(), r.err());
        assertLocatedIn(f.toString(), r.err());
        assertTrue(r.err().contains(expected), "expected '" + expected + "' in:\n" + r.err());
        assertFalse(Files.exists(output));
        return r.err();
    }

    private String rejectsData(String file, String line, String expected) throws IOException {
        return rejectsData(file, line.getBytes(StandardCharsets.UTF_8), false, expected);
    }

    private int lines(String file) throws IOException {
        try (InputStream in = DataSetLoader.class.getResourceAsStream(DataSetLoader.EMBEDDED + file)) {
            return (int) new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().count();
        }
    }

    @Test
    void csvNotANumber() throws IOException {
        int n = lines("supply.csv") + 1;
        String err = rejectsData("supply.csv", "NB,zwaar,direct,12;5,2025,reported,B2,\n", "is not a number");
        assertTrue(err.contains("supply.csv:" + n + ":4: error:"), err);
    }

    @Test
    void csvNanAndInfinity() throws IOException {
        int n = lines("supply.csv");
        String err = rejectsData("supply.csv", "NB,zwaar,direct,NaN,2025,reported,B2,\nNB,zwaar,direct,Infinity,2025,reported,B2,\n",
                "is not a finite number");
        assertTrue(err.contains("supply.csv:" + (n + 1) + ":4:"), err);
        assertTrue(err.contains("supply.csv:" + (n + 2) + ":4:"), err);
    }

    @Test
    void csvAbsurdAndNegativeHectares() throws IOException {
        int n = lines("stock.csv");
        String err = rejectsData("supply.csv", "NB,zwaar,direct,1e308,2025,reported,B2,\nNB,zwaar,direct,-5,2025,reported,B2,\n",
                "is outside 0..10000000");
        assertTrue(err.lines().filter(l -> l.contains(": error:")).count() >= 2, err);
        assertTrue(n > 0);
    }

    @Test
    void csvUnclosedQuote() throws IOException {
        int n = lines("supply.csv") + 1;
        String err = rejectsData("supply.csv", "NB,zwaar,direct,\"5,2025,reported,B2,\n", "Missing closing quote");
        assertTrue(err.startsWith(dir.resolve("data/supply.csv") + ":" + n + ":"), "the quote's line: " + err);
    }

    /** At the extra cell's line and column (was 1:1). */
    @Test
    void csvTooManyColumns() throws IOException {
        int n = lines("supply.csv") + 1;
        int columns;
        try (InputStream in = DataSetLoader.class.getResourceAsStream(DataSetLoader.EMBEDDED + "supply.csv")) {
            columns = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().findFirst().orElseThrow().split(",", -1).length;
        }
        // the header's cells, then one more: "extra" starts right after the last comma
        String row = "NB,zwaar,direct,5,2025,reported,B2" + ",".repeat(columns - 6);
        String err = rejectsData("supply.csv", row + "extra\n", "Too many entries");
        assertTrue(err.startsWith(dir.resolve("data/supply.csv") + ":" + n + ":" + (row.length() + 1)
                + ": error: unreadable CSV row"), err);
    }

    @Test
    void csvTooFewColumns() throws IOException {
        rejectsData("supply.csv", "NB,zwaar\n", "supply.csv");
    }

    @Test
    void csvMissingColumn() throws IOException {
        String err = rejectsData("uitgifte.csv", "region_id,quality,src\nNB,reported,B2\n".getBytes(StandardCharsets.UTF_8), true,
                "missing column 'ha_per_year'");
        assertTrue(err.contains("uitgifte.csv:1:"), err);
    }

    @Test
    void csvEmptyFile() throws IOException {
        String err = rejectsData("jobs.csv", new byte[0], true, "file is empty");
        assertTrue(err.contains("jobs.csv:1:1: error:"), err);
    }

    @Test
    void csvBinaryGarbage() throws IOException {
        byte[] garbage = new byte[4096];
        new java.util.Random(7).nextBytes(garbage);
        rejectsData("regions.csv", garbage, true, "regions.csv");
    }

    @Test
    void csvWithNulBytes() throws IOException {
        String err = rejectsData("regions.csv", "region_id,name\nNB,Noord\0Brabant\n".getBytes(StandardCharsets.UTF_8), true, "binary");
        assertTrue(err.contains("regions.csv:2:9: error:"), err);
    }

    @Test
    void csvNotUtf8() throws IOException {
        byte[] latin1 = "region_id,name\nFR,Frysl\u00e2n\n".getBytes(StandardCharsets.ISO_8859_1);
        String err = rejectsData("regions.csv", latin1, true, "UTF-8");
        assertTrue(err.contains("regions.csv:2:9: error:"), err);
    }

    @Test
    void csvHugeFile() throws IOException {
        Path d = data();
        Path f = d.resolve("supply.csv");
        try (RandomAccessFile raf = new RandomAccessFile(f.toFile(), "rw")) {
            raf.setLength(3L << 30); // sparse
        }
        Result r = cli("run", "--lang", "en", "--data", d.toString(), "-o", dir.resolve("out.xlsx").toString());
        assertEquals(ExitCodes.INVALID, r.code(), r.err());
        assertLocatedIn(f.toString(), r.err());
        assertTrue(r.err().contains("larger than 32 MiB"), r.err());
    }

    @Test
    void csvVeryLongCell() throws IOException {
        rejectsData("regions.csv", "XX," + "x".repeat(2_000_000) + "\n", "regions.csv");
    }

    @Test
    void csvTooManyRows() throws IOException {
        String err = rejectsData("sources.csv", "X,y\n".repeat(200_001), "more than 200000 rows");
        assertEquals(1, err.lines().filter(l -> l.contains(": error:")).count(), err);
    }

    @Test
    void csvMissingFile() throws IOException {
        Path d = data();
        Files.delete(d.resolve("jobs.csv"));
        Result r = cli("run", "--lang", "en", "--data", d.toString(), "-o", dir.resolve("out.xlsx").toString());
        assertEquals(ExitCodes.INVALID, r.code(), r.err());
        assertLocatedIn(d.resolve("jobs.csv").toString(), r.err());
        assertTrue(r.err().contains("file not found"), r.err());
    }

    @Test
    void dataIsNotAFolder() throws IOException {
        Path f = Files.writeString(dir.resolve("data.csv"), "x");
        Result r = cli("run", "--lang", "en", "--data", f.toString(), "-o", dir.resolve("out.xlsx").toString());
        assertEquals(ExitCodes.INVALID, r.code(), r.err());
        assertLocatedIn(f.toString(), r.err());
    }

    private static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }

    /** GeoJSON problems at the value's line and column (were 0:0, which no editor opens). */
    @Test
    void geoJsonErrorsAreLocated() throws IOException {
        String head = "{\"type\": \"FeatureCollection\",\n \"features\": [\n"
                + "  {\"type\": \"Feature\", \"properties\": {\"code\": \"UT\"},\n";
        String point = head + "   \"geometry\": {\"type\": \"Point\", \"coordinates\": [5, 52]}}\n ]}\n";
        assertEquals(dir.resolve("b.geojson") + ":4:25: error: feature 1 (UT) has geometry type 'Point'",
                boundariesError(point).lines().findFirst().orElseThrow());
        String text = head + "   \"geometry\": {\"type\": \"MultiPolygon\", \"coordinates\":\n"
                + "     [[[[5, 52], [5.5, 52], [5.5, 52.3], [5, 52]]],\n"
                + "      [[[6, 52], [6.5, 52], [6.5, \"noord\"], [6, 52]]]]}}\n ]}\n";
        // the third point of the second polygon's ring: line 6, where its [ stands
        assertEquals(dir.resolve("b.geojson") + ":6:29: error: feature 1 has a coordinate that is not a pair of numbers",
                boundariesError(text).lines().findFirst().orElseThrow());
    }

    private String boundariesError(String geojson) throws IOException {
        Path file = dir.resolve("b.geojson");
        Files.writeString(file, geojson);
        Result r = cli("run", "--lang", "en", "-q", "-o", dir.resolve("b.xlsx").toString(), "--boundaries", file.toString());
        assertEquals(ExitCodes.INVALID, r.code(), r.err());
        assertLocatedIn(file.toString(), r.err());
        return r.err();
    }

    /** A pipe as scenario, data-set file or boundaries is refused at once (its read would block forever). */
    @Test
    void pipesAreRefusedNotRead() throws Exception {
        Path pipe = dir.resolve("pipe.yaml");
        org.junit.jupiter.api.Assumptions.assumeTrue(mkfifo(pipe), "mkfifo is not available");
        Path data = dir.resolve("data");
        nl.ruimtevraag.data.SyntheticDataSet.write(2, 1, data);
        Files.delete(data.resolve("supply.csv"));
        org.junit.jupiter.api.Assumptions.assumeTrue(mkfifo(data.resolve("supply.csv")));
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(60), () -> {
            Result scenario = cli("validate", pipe.toString());
            assertEquals(ExitCodes.INVALID, scenario.code(), scenario.err());
            assertTrue(scenario.err().contains(pipe + ":1:1: fout: " + pipe + " is geen gewoon bestand"), scenario.err());
            Result csv = cli("run", "--lang", "en", "--data", data.toString(), "-q", "-o", dir.resolve("r.xlsx").toString());
            assertEquals(ExitCodes.INVALID, csv.code(), csv.err());
            assertTrue(csv.err().contains("supply.csv:1:1: error: cannot read the file: it is not a regular file"), csv.err());
            Result shapes = cli("run", "--lang", "en", "-q", "-o", dir.resolve("b.xlsx").toString(), "--boundaries", pipe.toString());
            assertEquals(ExitCodes.INVALID, shapes.code(), shapes.err());
            assertTrue(shapes.err().contains("not a regular file (a pipe or a device), expected a GeoJSON file"), shapes.err());
        });
    }

    /** Control characters in a file name reach the terminal as visible escapes, and such a name is no scenario name. */
    @Test
    void controlCharactersInMessagesAreEscaped() throws IOException {
        Path file = Files.writeString(dir.resolve("\tx\u001b[31m.yaml"), "extends: basis\n");
        Result r = cli("validate", file.toString());
        assertEquals(ExitCodes.INVALID, r.code(), r.err());
        assertTrue(r.err().contains("\\tx\\u001b[31m.yaml:1:1: fout: het scenario heeft geen `name` en zijn bestandsnaam bevat"), r.err());
        assertFalse(r.err().chars().anyMatch(c -> Character.isISOControl(c) && c != '\n'), r.err());
    }

    private static boolean mkfifo(Path path) {
        try {
            return new ProcessBuilder("mkfifo", path.toString()).start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
