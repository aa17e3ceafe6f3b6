package nl.ruimtevraag.cli;

import static nl.ruimtevraag.cli.CommandHarness.cli;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.ruimtevraag.cli.CommandHarness.Result;
import nl.ruimtevraag.report.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The help of every command, picocli's usage errors and the commands' own messages are Dutch by
 * default and English with --lang en, never a mix: English output has none of ruimtevraag's Dutch
 * words (LanguageTest's list and the help's own), Dutch output none of a list of common English words.
 * Option names, placeholders, file names and scenario keys are literal in both and left out of the check.
 */
class HelpLanguageTest {
    /** Dutch words of the help and the messages, beyond LanguageTest's. */
    private static final Pattern HELP_DUTCH = words("gebruik", "opties", "argumenten", "commando's", "afsluitcodes", "toon",
            "standaard", "bestand", "bestanden", "werkmap", "een", "het", "van", "naar", "met", "zonder", "uit", "deze", "taal",
            "fout", "tip", "bedoelde", "zie", "onbekende", "onbekend", "verplichte", "ontbreekt", "optie", "waarde", "regio",
            "geschreven", "gevoeligheid", "centraal", "verdeling", "laag", "hoog", "zwaai", "naam", "cijfers", "bronnen");
    /** Common English words; none is a Dutch word or a term of art the Dutch help keeps. */
    private static final Pattern ENGLISH = words("the", "and", "or", "with", "default", "file", "files", "show", "print",
            "usage", "options", "commands", "arguments", "exit", "this", "to", "for", "write", "every", "each", "folder",
            "instead", "only", "language", "then", "error", "hint", "unknown", "missing", "required", "option", "value",
            "expected", "did", "you", "see", "written", "region", "name", "figures", "sources", "stock", "jobs");

    private static Pattern words(String... words) {
        return Pattern.compile("(?iu)(?<![\\p{L}_'])(" + String.join("|", words) + ")(?![\\p{L}_])");
    }

    /** Every command's path from the root, the root first ({@code []}, {@code [run]}, ..., {@code [data, synth]}). */
    private static List<List<String>> commandPaths() {
        List<List<String>> paths = new ArrayList<>();
        collect(Main.commandLine(new String[0], Language.NL), new ArrayList<>(), paths);
        return paths;
    }

    private static void collect(CommandLine cli, List<String> path, List<List<String>> into) {
        into.add(List.copyOf(path));
        for (var e : cli.getSubcommands().entrySet()) {
            path.add(e.getKey());
            collect(e.getValue(), path, into);
            path.remove(path.size() - 1);
        }
    }

    private static ResourceBundle bundle(Language lang) {
        return HelpTexts.bundle(lang);
    }

    @Test
    void bothBundlesHoldTheSameKeysAndNoEmptyText() {
        ResourceBundle nl = bundle(Language.NL);
        ResourceBundle en = bundle(Language.EN);
        assertEquals(new TreeSet<>(nl.keySet()), new TreeSet<>(en.keySet()));
        assertEquals("Gebruik: ", nl.getString("usage.synopsisHeading"), "the Dutch bundle is the default one");
        assertEquals("Usage: ", en.getString("usage.synopsisHeading"));
        for (String key : nl.keySet()) {
            assertFalse(nl.getString(key).isBlank() || en.getString(key).isBlank(), key);
        }
    }

    /** Every command, option and positional parameter has its description from the bundle, in both languages. */
    @Test
    void everyCommandOptionAndParameterIsDescribedInBothLanguages() {
        for (Language lang : Language.values()) {
            List<String> missing = new ArrayList<>();
            check(Main.commandLine(new String[0], lang), missing);
            assertEquals(List.of(), missing, lang.code());
        }
        // and the Dutch and English texts of the options differ (not the English copied into the Dutch bundle)
        CommandSpec nl = Main.commandLine(new String[] {"run"}, Language.NL).getSubcommands().get("run").getCommandSpec();
        CommandSpec en = Main.commandLine(new String[] {"run"}, Language.EN).getSubcommands().get("run").getCommandSpec();
        for (int i = 0; i < nl.args().size(); i++) {
            assertFalse(nl.args().get(i).description()[0].equals(en.args().get(i).description()[0]), nl.args().get(i).toString());
        }
    }

    private static void check(CommandLine cli, List<String> missing) {
        CommandSpec spec = cli.getCommandSpec();
        boolean described = spec.usageMessage().description().length > 0 && !spec.usageMessage().description()[0].isBlank();
        if (!described) {
            missing.add(spec.qualifiedName());
        }
        for (ArgSpec arg : spec.args()) {
            if (arg.description().length == 0 || arg.description()[0].isBlank()) {
                missing.add(spec.qualifiedName() + " " + arg);
            }
        }
        for (CommandLine sub : cli.getSubcommands().values()) {
            check(sub, missing);
        }
    }

    @Test
    void theHelpOfEveryCommandIsInOneLanguage() {
        // unwrapped, so that a scenario key or file name is one word however long (picocli reads it on every usage)
        String width = System.getProperty("picocli.usage.width");
        System.setProperty("picocli.usage.width", "1000");
        try {
            everyHelp();
        } finally {
            if (width == null) {
                System.clearProperty("picocli.usage.width");
            } else {
                System.setProperty("picocli.usage.width", width);
            }
        }
    }

    private static void everyHelp() {
        List<List<String>> paths = commandPaths();
        assertTrue(paths.size() >= 14, paths.toString());
        for (List<String> path : paths) {
            List<String> args = new ArrayList<>(path);
            if (!path.equals(List.of("help"))) {
                args.add("--help");
            }
            Result nl = cli(args.toArray(String[]::new));
            args.add("--lang");
            args.add("en");
            Result en = cli(args.toArray(String[]::new));
            assertEquals(0, nl.code(), path + nl.err());
            assertEquals(0, en.code(), path + en.err());
            assertTrue(nl.out().startsWith("Gebruik: ") || nl.out().contains("\nGebruik: "), path + nl.out());
            assertTrue(en.out().startsWith("Usage: ") || en.out().contains("\nUsage: "), path + en.out());
            assertTrue(nl.out().contains("\nOpties:\n") && en.out().contains("\nOptions:\n"), path + nl.out() + en.out());
            assertEquals(List.of(), found(ENGLISH, nl.out()), path + " in Dutch");
            assertEquals(List.of(), found(LanguageTest.DUTCH, en.out()), path + " in English");
            assertEquals(List.of(), found(HELP_DUTCH, en.out()), path + " in English");
        }
        Result root = cli("--help");
        assertTrue(root.out().contains("\nCommando's:\n") && root.out().contains("\nAfsluitcodes:\n"), root.out());
        assertTrue(cli("--lang", "en", "--help").out().contains("\nCommands:\n"));
        assertEquals(cli("--lang", "en", "help", "run").out(), cli("help", "run", "--lang", "en").out(), "help takes --lang anywhere");
        assertEquals(cli("--lang", "en", "help", "run").out(), cli("run", "--help", "--lang=en").out());
        assertEquals(cli("help", "run").out(), cli("run", "--help").out());
    }

    @Test
    void anUnknownLanguageIsTheUsageErrorEvenForHelp() {
        for (String[] args : List.of(new String[] {"--help", "--lang", "fr"}, new String[] {"validate", "--lang=fr", "x.yaml"},
                new String[] {"run", "--lang", "fr"})) {
            Result r = cli(args);
            assertEquals(ExitCodes.INVALID, r.code());
            assertEquals("", r.out());
            assertEquals("fout: onbekende taal 'fr'\n  tip: gebruik nl of en\n", r.err());
        }
    }

    /** picocli's usage errors in Dutch: each known form reworded, the suggestions kept. */
    @Test
    void usageErrorsAreDutchOrEnglish() {
        List<String[]> wrong = List.of(new String[] {"sweeep"}, new String[] {"run", "--drws", "10"},
                new String[] {"run", "--draws", "x"}, new String[] {"run", "--draws"}, new String[] {"explain"},
                new String[] {"explain", "--region", "NB"}, new String[] {"init"}, new String[] {"run", "a", "b"},
                new String[] {"run", "--draws", "1", "--draws", "2"}, new String[] {"compare", "a"}, new String[] {"compare"},
                new String[] {"run", "--draws", "--seed", "1"}, new String[] {"run", "--tornado=maybe"},
                new String[] {"help", "nope"}, new String[] {"data", "sinth"}, new String[] {"validate"});
        for (String[] args : wrong) {
            Result nl = cli(args);
            assertEquals(ExitCodes.INVALID, nl.code(), String.join(" ", args));
            assertTrue(nl.err().startsWith("fout: ") && nl.err().contains("\n  tip: "), nl.err());
            assertEquals(List.of(), found(ENGLISH, nl.err()), nl.err());
            List<String> english = new ArrayList<>(List.of(args));
            english.add(0, "--lang=en");
            Result en = cli(english.toArray(String[]::new));
            assertEquals(ExitCodes.INVALID, en.code());
            assertTrue(en.err().startsWith("error: ") && en.err().contains("\n  hint: "), en.err());
            assertEquals(List.of(), found(HELP_DUTCH, en.err()), en.err());
        }
        assertEquals("optie '--draws' (N) mag maar één keer voorkomen", ParameterErrors.dutch("option '--draws' (N) should be specified only once"));
        assertEquals("something new", ParameterErrors.dutch("something new"), "an unknown form stays as picocli words it");
    }

    @Test
    void regionsSpeaksTheLanguage() {
        Result nl = cli("regions");
        Result en = cli("regions", "--lang", "en");
        assertTrue(nl.out().startsWith("Dataset: ") && nl.out().contains("Bron en kwaliteit van elk getal"), nl.out());
        assertTrue(en.out().startsWith("Data set: ") && en.out().contains("Source and quality of every figure"), en.out());
        String table = en.out().substring(en.out().indexOf('\n')) // the data set's name aside
                .replaceAll("(?m)^\\S+ +\\S+(-\\S+)? ", ""); // and the regions' names
        assertEquals(List.of(), found(LanguageTest.DUTCH, table), en.out());
        Result csv = cli("regions", "--figures", "--region", "NB", "--csv", "--lang", "en");
        assertTrue(csv.out().startsWith("region,item,value,quality,source,row\n"), csv.out());
        assertTrue(csv.out().contains("NB,uitgifte (ha/year),"), csv.out());
        assertTrue(csv.out().contains("NB,stock zwaar (net ha),"), csv.out());
        for (String lang : List.of("nl", "en")) {
            Result region = cli("regions", "--figures", "--region", "XX", "--lang", lang);
            Result quality = cli("regions", "--figures", "--quality", "good", "--lang", lang);
            assertEquals(ExitCodes.INVALID, region.code());
            assertEquals(ExitCodes.INVALID, quality.code());
            assertTrue(region.err().startsWith(lang.equals("nl") ? "fout: onbekende regio 'XX'\n  tip: de dataset heeft GR"
                    : "error: unknown region 'XX'\n  hint: the data set has GR"), region.err());
            assertTrue(quality.err().startsWith(lang.equals("nl") ? "fout: onbekende kwaliteit 'good'"
                    : "error: unknown quality 'good'\n  hint: use reported, derived or estimated"), quality.err());
        }
    }

    @Test
    void sensitivitySpeaksTheLanguage(@TempDir Path dir) {
        Result en = cli("sensitivity", "--lang", "en", "-o", dir.resolve("t.csv").toString());
        assertEquals(0, en.code(), en.err());
        assertTrue(en.out().startsWith("Sensitivity of the extra ha (strict) up to 2050, the Netherlands; central: "), en.out());
        assertTrue(en.out().contains("Distribution") && en.out().contains("written: " + dir.resolve("t.csv")), en.out());
        String table = en.out().replaceAll("(?m)^\\S+ ", ""); // the parameters' paths are scenario keys
        assertEquals(List.of(), found(LanguageTest.DUTCH, table), en.out());
        assertEquals(List.of(), found(HELP_DUTCH, table), en.out());
        Result nl = cli("sensitivity", "--region", "XX");
        assertEquals("fout: onbekende regio 'XX'\n  tip: zie 'ruimtevraag regions'\n", nl.err());
        assertEquals("error: unknown period '2025-2031'\n  hint: the scenario's periods are 2025-2030, 2030-2040, 2040-2050\n",
                cli("sensitivity", "--period", "2025-2031", "--lang", "en").err());
        assertEquals("fout: onbekende periode '2025-2031'\n  tip: de perioden van het scenario zijn 2025-2030, 2030-2040, 2040-2050\n",
                cli("sensitivity", "--period", "2025-2031").err());
        Result ext = cli("sensitivity", "-o", dir.resolve("t.txt").toString());
        assertTrue(ext.err().startsWith("fout: -o " + dir.resolve("t.txt") + ": verwacht een .xlsx- of .csv-bestand"), ext.err());
    }

    @Test
    void dataSynthAndCompletionSpeakTheLanguage(@TempDir Path dir) {
        assertEquals("fout: --regions moet tussen 1 en 100000 liggen, gegeven: 0\n  tip: Nederland heeft 342 gemeenten\n",
                cli("data", "synth", "--regions", "0", "-o", dir.toString()).err());
        assertEquals("error: --regions must lie between 1 and 100000, got 0\n  hint: 342 is the number of Dutch municipalities\n",
                cli("data", "synth", "--regions", "0", "-o", dir.toString(), "--lang", "en").err());
        Result en = cli("data", "synth", "--regions", "2", "-o", dir.resolve("s").toString(), "--lang", "en");
        assertEquals("written: " + dir.resolve("s") + " (2 synthetic regions, seed 1)\n", en.out());
        Result nl = cli("data", "synth", "--regions", "2", "-o", dir.resolve("t").toString());
        assertEquals("geschreven: " + dir.resolve("t") + " (2 synthetische regio's, seed 1)\n", nl.out());
        assertEquals("error: unknown shell 'fish'\n  hint: use bash or zsh\n", cli("completion", "fish", "--lang", "en").err());
    }

    private static List<String> found(Pattern words, String text) {
        // literal in both languages: options, placeholders in capitals, file names, paths and scenario keys, quoted values
        String prose = text.replaceAll("(?<![\\p{L}])-{1,2}[\\w-]+(=\\S*)?", " ")
                .replaceAll("\\b[A-Z][A-Z0-9_]*\\b", " ")
                .replaceAll("\\S*[./<>_]\\S*", " ")
                .replaceAll("'[^']*'", " ");
        List<String> hits = new ArrayList<>();
        Matcher m = words.matcher(prose);
        while (m.find()) {
            hits.add(m.group(1).toLowerCase(Locale.ROOT));
        }
        return hits;
    }
}
