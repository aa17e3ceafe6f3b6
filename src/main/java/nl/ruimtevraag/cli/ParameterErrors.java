package nl.ruimtevraag.cli;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.ruimtevraag.report.Language;
import picocli.CommandLine;

/**
 * A usage error (picocli's {@link CommandLine.ParameterException}) as one message and a hint in the
 * language of the arguments' --lang: picocli words its messages in English; in Dutch the known
 * forms are reworded here (names, values and labels kept as they are), with picocli's "did you
 * mean" suggestions in the hint.
 */
final class ParameterErrors {
    private ParameterErrors() {
    }

    /** picocli's English messages and their Dutch wording ($1, $2: the parts kept, quoted as picocli quotes them). */
    private static final Map<Pattern, String> DUTCH = ordered(
            "Unknown option: (.*)", "onbekende optie: $1",
            "Unknown options: (.*)", "onbekende opties: $1",
            "Unmatched argument at index (\\d+): (.*)", "onverwacht argument op positie $1: $2",
            "Unmatched arguments from index (\\d+): (.*)", "onverwachte argumenten vanaf positie $1: $2",
            "Unknown subcommand (.*)\\.", "onbekend commando $1",
            "Missing required option: (.*)", "de verplichte optie $1 ontbreekt",
            "Missing required options: (.*)", "de verplichte opties $1 ontbreken",
            "Missing required parameter: (.*)", "het verplichte argument $1 ontbreekt",
            "Missing required parameters: (.*)", "de verplichte argumenten $1 ontbreken",
            "Missing required parameter for option (.*) \\((.*)\\)", "optie $1 mist haar waarde ($2)",
            "Expected parameter for option (.*) but found (.*)", "optie $1 verwacht een waarde, maar kreeg $2",
            "option (.*) \\((.*)\\) should be specified only once", "optie $1 ($2) mag maar één keer voorkomen",
            "option (.*) should be specified only once", "optie $1 mag maar één keer voorkomen",
            "Invalid value for option (.*): (.*) is not an int", "ongeldige waarde voor optie $1: $2 is geen geheel getal",
            "Invalid value for option (.*): (.*) is not a long", "ongeldige waarde voor optie $1: $2 is geen geheel getal",
            "Invalid value for option (.*): (.*) is not a boolean", "ongeldige waarde voor optie $1: $2 is geen true of false",
            "Invalid value for option (.*): (.*) is not a double", "ongeldige waarde voor optie $1: $2 is geen getal",
            "positional parameter at index (\\S+) \\((.*)\\) requires at least (\\d+) values, but none were specified\\.",
            "$2 vraagt minstens $3 waarden, er is er geen gegeven",
            "positional parameter at index (\\S+) \\((.*)\\) requires at least (\\d+) values, but only (\\d+) were specified: (.*)",
            "$2 vraagt minstens $3 waarden, gegeven: $4 ($5)");

    private static Map<Pattern, String> ordered(String... pairs) {
        Map<Pattern, String> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(Pattern.compile(pairs[i], Pattern.DOTALL), pairs[i + 1]);
        }
        return map;
    }

    /** "fout: ..." and "  tip: ..." (Dutch) or "error: ..." and "  hint: ..." (English), without a trailing newline. */
    static String message(CommandLine.ParameterException ex, Language lang) {
        CommandLine c = ex.getCommandLine();
        List<String> close = ex instanceof CommandLine.UnmatchedArgumentException u ? u.getSuggestions() : List.of();
        String help = c.getCommandSpec().qualifiedName() + " --help";
        String raw = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
        return UserError.of(lang, ExitCodes.INVALID, dutch(raw),
                (close.isEmpty() ? "" : "bedoelde je " + String.join(" of ", close) + "? ") + "zie '" + help + "'", raw,
                (close.isEmpty() ? "" : "did you mean " + String.join(" or ", close) + "? ") + "see '" + help + "'").getMessage();
    }

    /** picocli's message in Dutch; a form not known here stays as picocli words it. */
    static String dutch(String message) {
        for (Map.Entry<Pattern, String> e : DUTCH.entrySet()) {
            Matcher m = e.getKey().matcher(message);
            if (m.matches()) {
                return m.replaceFirst(e.getValue());
            }
        }
        return message;
    }
}
