package nl.ruimtevraag.scenario;

import nl.ruimtevraag.model.Text;
import java.util.ArrayList;
import java.util.List;

/**
 * One {@code --vary PATH=V1,V2,...} of the sweep command: a scenario key in dotted form, exactly as
 * the YAML nests it ({@code circular.extra_share}, {@code constraints.netcongestie.relief_year.default}),
 * and the values to try, each written as in YAML ({@code 12%}, {@code 0.12}, {@code 2035}, {@code mean},
 * {@code {low: 40%, high: 90%}}). Values are separated by commas outside brackets, braces and quotes,
 * so a distribution or a flow list can be one value. A malformed option is refused with an
 * {@link Invalid} (an IllegalArgumentException) that words the user's error and hint in Dutch or English.
 *
 * @param option the option as the user wrote it, for messages
 */
public record Vary(String option, List<String> path, List<String> values) {
    public Vary {
        path = List.copyOf(path);
        values = List.copyOf(values);
    }

    /** A malformed {@code --vary}: its message (English) is the English report; {@link #format} chooses. */
    public static final class Invalid extends IllegalArgumentException {
        private final Text message;
        private final Text hint;

        Invalid(String option, Text message, Text hint) {
            super(report(Text.same(option + ": ").plus(message), hint, true));
            this.message = Text.same(option + ": ").plus(message);
            this.hint = hint;
        }

        /** {@code fout: --vary ...: MESSAGE} and {@code   tip: HINT} in Dutch, error/hint in English. */
        public String format(java.util.Locale locale) {
            return report(message, hint, locale != null && locale.getLanguage().equals("en"));
        }

        private static String report(Text message, Text hint, boolean english) {
            return (english ? "error: " + message.en() + "\n  hint: " + hint.en() : "fout: " + message.nl() + "\n  tip: " + hint.nl());
        }
    }

    public String dotted() {
        return String.join(".", path);
    }

    /** {@code --vary PATH=VALUE} for one value, as a message names it. */
    public String named(int value) {
        return "--vary " + dotted() + "=" + values.get(value);
    }

    public static Vary parse(String text) {
        String option = "--vary " + text;
        int eq = text.indexOf('=');
        Text hint = Text.of("schrijf --vary PAD=W1,W2,... met PAD een sleutel van het scenario met punten, bijv. --vary planning_reserve=0%,10%,20%",
                "write --vary PATH=V1,V2,... with PATH a scenario key in dotted form, e.g. --vary planning_reserve=0%,10%,20%");
        if (eq < 0) {
            throw new Invalid(option, Text.of("geen '=' tussen de sleutel en zijn waarden", "no '=' between the key and its values"), hint);
        }
        String dotted = text.substring(0, eq).strip();
        if (dotted.isEmpty()) {
            throw new Invalid(option, Text.of("geen sleutel vóór '='", "no key before '='"), hint);
        }
        List<String> path = List.of(dotted.split("\\.", -1));
        for (String segment : path) {
            if (!segment.matches("[A-Za-z0-9_-]+")) {
                throw new Invalid(option, Text.of("`{0}` is geen sleutelpad", "`{0}` is not a key path", dotted),
                        Text.of("PAD noemt sleutels verbonden door punten, precies zoals de YAML ze nest, bijv. "
                        + "constraints.netcongestie.relief_year.default; een lijst (transformation, supply.additions, "
                        + "economy.growth) wordt in zijn geheel vervangen: varieer hem op zijn eigen sleutel met een flow-lijst als waarde",
                        "PATH names map keys joined by dots, exactly as the YAML nests them, e.g. "
                        + "constraints.netcongestie.relief_year.default; a list (transformation, supply.additions, "
                        + "economy.growth) is replaced whole: vary it at its own key with a flow list as the value"));
            }
        }
        // name, description and extends say which scenario it is, not what it assumes
        if (ScenarioFormat.NOT_INHERITED.contains(path.get(0))) {
            throw new Invalid(option, Text.of("`{0}` kan niet worden gevarieerd", "`{0}` cannot be varied", path.get(0)),
                    Text.of("een sweep varieert wat een scenario aanneemt; name, description en extends zeggen welk scenario het is",
                            "a sweep varies what a scenario assumes; name, description and extends say which scenario it is"));
        }
        List<String> values = split(text.substring(eq + 1), option);
        if (values.isEmpty()) {
            throw new Invalid(option, Text.of("geen waarden na '='", "no values after '='"), hint);
        }
        return new Vary(option, path, values);
    }

    /** Splits at commas that are not inside {}, [] or quotes; every value is stripped and must be non-empty. */
    private static List<String> split(String text, String option) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        char quote = 0;
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (Character.isISOControl(ch)) {
                throw new Invalid(option, Text.of("een waarde bevat een stuurteken (een regeleinde of tab)",
                        "a value holds a control character (a line break or tab)"),
                        Text.of("schrijf elke waarde op één regel", "write each value on one line"));
            }
            if (quote != 0) {
                if (ch == quote) {
                    quote = 0;
                }
            } else if (ch == '"' || ch == '\'') {
                quote = ch;
            } else if (ch == '{' || ch == '[') {
                depth++;
            } else if ((ch == '}' || ch == ']') && depth > 0) {
                depth--;
            } else if (ch == ',' && depth == 0) {
                add(out, current, option);
                continue;
            }
            current.append(ch);
        }
        if (quote != 0 || depth != 0) {
            throw new Invalid(option, quote != 0 ? Text.of("een aanhalingsteken dat niet wordt gesloten", "an unclosed quote")
                    : Text.of("een haakje of accolade dat niet wordt gesloten", "an unclosed bracket or brace"),
                    Text.of("een waarde zoals {low: 40%, high: 90%} of [NH, ZH] moet worden gesloten",
                            "a value like {low: 40%, high: 90%} or [NH, ZH] must be closed"));
        }
        add(out, current, option);
        return out;
    }

    private static void add(List<String> out, StringBuilder current, String option) {
        String v = current.toString().strip();
        if (v.isEmpty()) {
            throw new Invalid(option, Text.of("een lege waarde (twee komma's achter elkaar, of een komma aan het eind)",
                    "an empty value (two commas in a row, or a comma at an end)"),
                    Text.of("scheid de waarden door enkele komma's: --vary planning_reserve=0%,10%,20%",
                            "separate the values by single commas: --vary planning_reserve=0%,10%,20%"));
        }
        out.add(v);
        current.setLength(0);
    }

    /** Refuses the same key twice, and a key inside another varied key (the outer value would replace it). */
    public static void checkDistinct(List<Vary> varies) {
        for (int i = 0; i < varies.size(); i++) {
            for (int j = i + 1; j < varies.size(); j++) {
                List<String> a = varies.get(i).path();
                List<String> b = varies.get(j).path();
                List<String> shorter = a.size() <= b.size() ? a : b;
                List<String> longer = a.size() <= b.size() ? b : a;
                if (longer.subList(0, shorter.size()).equals(shorter)) {
                    throw new Invalid(varies.get(j).option(), a.equals(b)
                            ? Text.of("overlapt met {0}: dezelfde sleutel twee keer", "overlaps {0}: the same key twice", varies.get(i).option())
                            : Text.of("overlapt met {0}: de ene sleutel ligt in de andere", "overlaps {0}: one key lies inside the other",
                                    varies.get(i).option()),
                            Text.of("geef elke sleutel één keer, met al zijn waarden: --vary PAD=W1,W2,W3",
                                    "give each key once, with all its values: --vary PATH=V1,V2,V3"));
                }
            }
        }
    }
}
