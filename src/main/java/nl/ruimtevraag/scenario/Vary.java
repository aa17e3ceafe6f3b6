package nl.ruimtevraag.scenario;

import java.util.ArrayList;
import java.util.List;

/**
 * One {@code --vary PATH=V1,V2,...} of the sweep command: a scenario key in dotted form, exactly as
 * the YAML nests it ({@code circular.extra_share}, {@code constraints.netcongestie.relief_year.default}),
 * and the values to try, each written as in YAML ({@code 12%}, {@code 0.12}, {@code 2035}, {@code mean},
 * {@code {low: 40%, high: 90%}}). Values are separated by commas outside brackets, braces and quotes,
 * so a distribution or a flow list can be one value. A malformed option is refused with an
 * {@link IllegalArgumentException} whose message is the user's error and hint.
 *
 * @param option the option as the user wrote it, for messages
 */
public record Vary(String option, List<String> path, List<String> values) {
    public Vary {
        path = List.copyOf(path);
        values = List.copyOf(values);
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
        String hint = "\n  hint: write --vary PATH=V1,V2,... with PATH a scenario key in dotted form, "
                + "e.g. --vary planning_reserve=0%,10%,20%";
        if (eq < 0) {
            throw new IllegalArgumentException("error: " + option + ": no '=' between the key and its values" + hint);
        }
        String dotted = text.substring(0, eq).strip();
        if (dotted.isEmpty()) {
            throw new IllegalArgumentException("error: " + option + ": no key before '='" + hint);
        }
        List<String> path = List.of(dotted.split("\\.", -1));
        for (String segment : path) {
            if (!segment.matches("[A-Za-z0-9_-]+")) {
                throw new IllegalArgumentException("error: " + option + ": `" + dotted + "` is not a key path"
                        + "\n  hint: PATH names map keys joined by dots, exactly as the YAML nests them, e.g. "
                        + "constraints.netcongestie.relief_year.default; a list (transformation, supply.additions, "
                        + "economy.growth) is replaced whole: vary it at its own key with a flow list as the value");
            }
        }
        // name, description and extends say which scenario it is, not what it assumes
        if (ScenarioFormat.NOT_INHERITED.contains(path.get(0))) {
            throw new IllegalArgumentException("error: " + option + ": `" + path.get(0) + "` cannot be varied"
                    + "\n  hint: a sweep varies what a scenario assumes; name, description and extends say which scenario it is");
        }
        List<String> values = split(text.substring(eq + 1), option);
        if (values.isEmpty()) {
            throw new IllegalArgumentException("error: " + option + ": no values after '='" + hint);
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
                throw new IllegalArgumentException("error: " + option + ": a value holds a control character (a line break or tab)"
                        + "\n  hint: write each value on one line");
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
            throw new IllegalArgumentException("error: " + option + ": an unclosed " + (quote != 0 ? "quote" : "bracket or brace")
                    + "\n  hint: a value like {low: 40%, high: 90%} or [NH, ZH] must be closed");
        }
        add(out, current, option);
        return out;
    }

    private static void add(List<String> out, StringBuilder current, String option) {
        String v = current.toString().strip();
        if (v.isEmpty()) {
            throw new IllegalArgumentException("error: " + option + ": an empty value (two commas in a row, or a comma at an end)"
                    + "\n  hint: separate the values by single commas: --vary planning_reserve=0%,10%,20%");
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
                    throw new IllegalArgumentException("error: " + varies.get(j).option() + " overlaps " + varies.get(i).option()
                            + (a.equals(b) ? ": the same key twice" : ": one key lies inside the other")
                            + "\n  hint: give each key once, with all its values: --vary PATH=V1,V2,V3");
                }
            }
        }
    }
}
