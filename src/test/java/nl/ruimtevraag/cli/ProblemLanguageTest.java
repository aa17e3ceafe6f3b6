package nl.ruimtevraag.cli;

import static nl.ruimtevraag.cli.CommandHarness.cli;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.ruimtevraag.cli.CommandHarness.Result;
import nl.ruimtevraag.data.BoundariesLoader;
import nl.ruimtevraag.data.DataSetException;
import nl.ruimtevraag.data.DataSetLoader;
import nl.ruimtevraag.data.SyntheticDataSet;
import nl.ruimtevraag.model.Problem;
import nl.ruimtevraag.model.RegionalData;
import nl.ruimtevraag.model.Text;
import nl.ruimtevraag.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scenario and data-set problems are Dutch by default and English with --lang en, never a mix: the
 * Dutch report of every invalid scenario of the corpus and of every bad data set below holds no
 * common English word, the English report no common Dutch word. What the user wrote (quoted in
 * backticks, double or single quotes, or braces) and file names are left out of the check.
 */
class ProblemLanguageTest {
    private static final String CORPUS = "src/test/resources/scenarios/invalid/";

    /** Words of English messages that Dutch ones never need (region, year: also key names, written as is). */
    private static final Pattern ENGLISH = Pattern.compile("(?i)(error:|hint:|\\b(the|must|expected|should|got|is not|cannot|"
            + "did you mean|unknown|between|with|and|or|not|file|found|write|give|missing|empty|duplicate|only|allowed|"
            + "number|text|string|value|horizon runs|lies|starts|ends|list|map of|key|keys)\\b)");
    /** Words of Dutch messages that English ones never need. */
    private static final Pattern DUTCH = Pattern.compile("(?i)(fout:|tip:|\\b(de|het|een|moet|niet|geen|bedoelde|onbekende?|"
            + "gevonden|tussen|schrijf|geef|ontbreekt|leeg|dubbele|sleutel|getal|tekst|waarde|jaar|jaren|ligt|begint|eindigt|"
            + "regio|lijst|bestand|kolom|van|voor|met|op|en)\\b)");

    @TempDir
    Path dir;

    private static List<Path> corpus() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(CORPUS))) {
            return files.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().collect(Collectors.toList());
        }
    }

    /** The words of ruimtevraag's own in a report: each line without its place, quoted user text left out. */
    static String ownWords(String report) {
        StringBuilder out = new StringBuilder();
        for (String line : report.split("\n")) {
            String l = line.replaceFirst("^\\S*?:(\\d+:\\d+:)? (fout|error):", "$2:");
            l = l.replaceAll("\\{[^{}]*\\}", "{}").replaceAll("\\{[^{}]*\\}", "{}").replaceAll("`[^`]*`", "``")
                    .replaceAll("\"[^\"]*\"", "\"\"").replaceAll("'[^']*'", "''");
            l = l.replaceAll("\\S+\\.(yaml|csv|geojson|xlsx)(:\\d+:\\d+)?", "§F").replaceAll("/\\S+", "§P");
            l = l.replace("nl, en", "§V"); // the values of output.language
            out.append(l).append('\n');
        }
        return out.toString();
    }

    private static void check(Pattern words, String where, String report, List<String> found) {
        for (String line : ownWords(report).split("\n")) {
            Matcher m = words.matcher(line);
            if (m.find()) {
                found.add(where + ": '" + m.group(1) + "' in " + line);
            }
        }
    }

    @Test
    void theDutchCorpusHasNoEnglishAndTheEnglishOneNoDutch() throws Exception {
        ScenarioLoader loader = new ScenarioLoader(DataSetLoader.loadEmbedded());
        List<String> english = new ArrayList<>();
        List<String> dutch = new ArrayList<>();
        for (Path file : corpus()) {
            var result = loader.load(file);
            assertFalse(result.ok(), file.toString());
            assertEquals(result.report(), result.report(Problem.DUTCH), "Dutch is the default");
            check(ENGLISH, file.getFileName().toString(), result.report(), english);
            check(DUTCH, file.getFileName().toString(), result.report(Locale.ENGLISH), dutch);
            assertTrue(result.report().contains(": fout: ") && !result.report().contains(": error: "), result.report());
            assertTrue(result.report(Locale.ENGLISH).contains(": error: ") && !result.report(Locale.ENGLISH).contains(": fout: "));
        }
        assertEquals(List.of(), english, "English words in the Dutch reports");
        assertEquals(List.of(), dutch, "Dutch words in the English reports");
    }

    /** The command line: Dutch by default, English with --lang en, the loader's report either way. */
    @Test
    void runReportsTheCorpusInTheLanguageAskedFor() throws Exception {
        ScenarioLoader loader = new ScenarioLoader(DataSetLoader.loadEmbedded());
        List<Path> files = corpus().subList(0, 12);
        for (Path file : files) {
            var result = loader.load(file);
            Result nl = cli("run", file.toString(), "-q", "-o", dir.resolve("nl.xlsx").toString());
            assertEquals(ExitCodes.INVALID, nl.code(), nl.err());
            assertEquals(result.report().strip(), nl.err().strip(), file.toString());
            Result en = cli("run", file.toString(), "--lang", "en", "-q", "-o", dir.resolve("en.xlsx").toString());
            assertEquals(ExitCodes.INVALID, en.code(), en.err());
            assertEquals(result.report(Locale.ENGLISH).strip(), en.err().strip(), file.toString());
        }
        Result compare = cli("compare", "basis", files.get(0).toString(), "--lang", "en", "-q", "-o", dir.resolve("c.xlsx").toString());
        assertTrue(compare.err().startsWith(files.get(0) + ":") && compare.err().contains(": error: "), compare.err());
    }

    /** Bad data sets: the Dutch report of each holds no English word, the English one no Dutch word. */
    @Test
    void badDataSetsAreReportedInEitherLanguageWithoutAMix() throws Exception {
        Map<String, String[]> cases = new LinkedHashMap<>();
        // file, text to replace (regex, first match), replacement
        cases.put("not a number", new String[] {"stock.csv", "(?m)^(GM0001,zwaar,)[^,]*", "$112x5"});
        cases.put("negative hectares", new String[] {"stock.csv", "(?m)^(GM0001,zwaar,)[^,]*", "$1-4"});
        cases.put("bad year", new String[] {"supply.csv", "(?m)^(GM0001,zwaar,direct,[^,]*,)[^,]*", "$120x2"});
        cases.put("unknown quality", new String[] {"jobs.csv", "(?m)^(GM0001,industrie,[^,]*,[^,]*,)[^,]*", "$1guessed"});
        cases.put("unknown source", new String[] {"stock.csv", "(?m)^(GM0001,zwaar,[^,]*,[^,]*,[^,]*,)[^,]*", "$1NOPE"});
        cases.put("no source", new String[] {"stock.csv", "(?m)^(GM0001,zwaar,[^,]*,[^,]*,[^,]*,)[^,]*", "$1"});
        cases.put("unknown region", new String[] {"stock.csv", "(?m)^GM0001,zwaar", "XX,zwaar"});
        cases.put("unknown werkmilieu", new String[] {"stock.csv", "(?m)^GM0001,zwaar", "GM0001,zwaarr"});
        cases.put("unknown sector", new String[] {"jobs.csv", "(?m)^GM0001,industrie", "GM0001,industry"});
        cases.put("unknown supply kind", new String[] {"supply.csv", "(?m)^(GM0001,zwaar,)direct", "$1directly"});
        cases.put("unknown parameter", new String[] {"region_params.csv", "(?m)^(GM0001,)ce_intensity", "$1ce_intensty"});
        cases.put("missing column", new String[] {"regions.csv", ",landsdeel\n", "\n"});
        cases.put("duplicate region", new String[] {"regions.csv", "(?m)^(GM0001,.*)$", "$1\n$1"});
        cases.put("invalid region code", new String[] {"regions.csv", "(?m)^GM0001,", "GM 0001,"});
        cases.put("empty file", new String[] {"jobs.csv", "(?s).*", ""});
        cases.put("binary", new String[] {"uitgifte.csv", "(?m)^GM0001", "GM\u00000001"});
        cases.put("unreadable row", new String[] {"uitgifte.csv", "(?m)^(GM0001,.*)$", "$1,extra"});
        cases.put("unclosed quote", new String[] {"uitgifte.csv", "(?m)^GM0001,", "GM0001,\"15"});
        cases.put("no uitgifte", new String[] {"uitgifte.csv", "(?m)^GM0001,.*\n", ""});
        cases.put("duplicate source", new String[] {"sources.csv", "(?m)^(SYNTH,.*)$", "$1\n$1"});
        List<String> english = new ArrayList<>();
        List<String> dutch = new ArrayList<>();
        int n = 0;
        for (Map.Entry<String, String[]> c : cases.entrySet()) {
            Path data = dir.resolve("d" + n++);
            SyntheticDataSet.write(3, 1, data);
            Path file = data.resolve(c.getValue()[0]);
            String text = Files.readString(file, StandardCharsets.UTF_8);
            String changed = text.replaceFirst(c.getValue()[1], c.getValue()[2]);
            assertFalse(changed.equals(text), c.getKey() + ": the case changes nothing");
            Files.writeString(file, changed, StandardCharsets.UTF_8);
            DataSetException e = assertThrows(DataSetException.class, () -> DataSetLoader.load(data), c.getKey());
            reports(c.getKey(), e, english, dutch);
        }
        Path missing = dir.resolve("d" + n++);
        SyntheticDataSet.write(3, 1, missing);
        Files.delete(missing.resolve("supply.csv"));
        reports("missing file", assertThrows(DataSetException.class, () -> DataSetLoader.load(missing)), english, dutch);
        reports("no folder", assertThrows(DataSetException.class, () -> DataSetLoader.load(dir.resolve("nope"))), english, dutch);
        Path notUtf8 = dir.resolve("d" + n++);
        SyntheticDataSet.write(3, 1, notUtf8);
        Files.write(notUtf8.resolve("sources.csv"), new byte[] {'s', 'r', 'c', (byte) 0xff, '\n'});
        reports("not UTF-8", assertThrows(DataSetException.class, () -> DataSetLoader.load(notUtf8)), english, dutch);

        RegionalData d = DataSetLoader.loadEmbedded();
        Map<String, String> shapes = new LinkedHashMap<>();
        shapes.put("not JSON", "{\"type\": ");
        shapes.put("not a collection", "{\"type\": \"Feature\"}");
        shapes.put("no region", "{\"type\": \"FeatureCollection\", \"features\": [{\"type\": \"Feature\", \"properties\": {\"code\": \"XX\"},"
                + " \"geometry\": {\"type\": \"Polygon\", \"coordinates\": [[[0,0],[1,0],[1,1],[0,0]]]}}]}");
        shapes.put("a point", "{\"type\": \"FeatureCollection\", \"features\": [{\"type\": \"Feature\", \"properties\": {\"code\": \"UT\"},"
                + " \"geometry\": {\"type\": \"Point\", \"coordinates\": [0,0]}}]}");
        shapes.put("a bad coordinate", "{\"type\": \"FeatureCollection\", \"features\": [{\"type\": \"Feature\", \"properties\": {\"code\": \"UT\"},"
                + " \"geometry\": {\"type\": \"Polygon\", \"coordinates\": [[[0,\"x\"],[1,0],[1,1],[0,0]]]}}]}");
        for (Map.Entry<String, String> s : shapes.entrySet()) {
            Path file = Files.writeString(dir.resolve("b" + n++ + ".geojson"), s.getValue());
            reports(s.getKey(), assertThrows(DataSetException.class, () -> BoundariesLoader.load(file, null, d.codes())), english, dutch);
        }
        assertEquals(List.of(), english, "English words in the Dutch reports");
        assertEquals(List.of(), dutch, "Dutch words in the English reports");
    }

    private static void reports(String name, DataSetException e, List<String> english, List<String> dutch) {
        String nl = e.report(Problem.DUTCH).replace(System.lineSeparator(), "\n");
        String en = e.report(Locale.ENGLISH).replace(System.lineSeparator(), "\n");
        assertTrue(nl.contains(": fout: ") && !nl.contains(": error: "), name + ":\n" + nl);
        assertTrue(en.contains(": error: ") && !en.contains(": fout: "), name + ":\n" + en);
        check(ENGLISH, name, nl, english);
        check(DUTCH, name, en, dutch);
    }

    /** Placeholders are replaced in both languages; braces that are no placeholder stay; no apostrophe rules. */
    @Test
    void textFillsItsPlaceholdersInBothLanguages() {
        Text inner = Text.of("een lijst", "a list");
        Text t = Text.of("`{0}` moet een map {x: {0}} zijn, niet {1} van regio's", "`{0}` must be a map {x: {0}}, not {1}", "k", inner);
        assertEquals("`k` moet een map {x: k} zijn, niet een lijst van regio's", t.nl());
        assertEquals("`k` must be a map {x: k}, not a list", t.en());
        assertEquals("schrijf {} voor een lege map", Text.of("schrijf {} voor een lege map", "write {} for an empty map").nl());
        assertThrows(IllegalArgumentException.class, () -> new Text("alleen Nederlands", ""));
        assertEquals(t.en(), t.in(Locale.UK));
        assertEquals(t.nl(), t.in(Locale.GERMAN));
    }
}
