package nl.ruimtevraag.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.ruimtevraag.model.Problem;

/**
 * The scenario text of one sweep variant: each varied key set to its value of this variant, nested
 * as the dotted path says. The loader merges it over the swept scenario as if it said
 * {@code extends: SCENARIO} ({@code ScenarioLoader.loadOver}), then validates and reports errors
 * exactly as for a file; {@link #explain} turns an error at a line of this text into the
 * {@code --vary} that wrote it.
 */
final class Variants {
    /** A variant's text and, per vary, the 1-based line its value is on (0 when not set). */
    record Text(String yaml, int[] lines) {
    }

    private Variants() {
    }

    /** @param choice per vary the index of its value, or -1 to leave the key as the base has it */
    static Text text(List<Vary> varies, int[] choice) {
        Map<String, Object> tree = new LinkedHashMap<>();
        for (int v = 0; v < varies.size(); v++) {
            if (choice[v] < 0) {
                continue;
            }
            List<String> path = varies.get(v).path();
            Map<String, Object> node = tree;
            for (int i = 0; i < path.size() - 1; i++) {
                @SuppressWarnings("unchecked")
                Map<String, Object> child = (Map<String, Object>) node.computeIfAbsent(path.get(i), k -> new LinkedHashMap<>());
                node = child;
            }
            node.put(path.get(path.size() - 1), v);
        }
        StringBuilder yaml = new StringBuilder();
        int[] lines = new int[varies.size()];
        render(tree, 0, yaml, new int[] {1}, lines, varies, choice);
        return new Text(yaml.toString(), lines);
    }

    private static void render(Map<String, Object> node, int indent, StringBuilder yaml, int[] line, int[] lines,
                               List<Vary> varies, int[] choice) {
        for (Map.Entry<String, Object> e : node.entrySet()) {
            yaml.append("  ".repeat(indent)).append(e.getKey()).append(':');
            if (e.getValue() instanceof Integer v) {
                yaml.append(' ').append(varies.get(v).values().get(choice[v])).append('\n');
                lines[v] = line[0]++;
            } else {
                yaml.append('\n');
                line[0]++;
                @SuppressWarnings("unchecked")
                Map<String, Object> child = (Map<String, Object>) e.getValue();
                render(child, indent + 1, yaml, line, lines, varies, choice);
            }
        }
    }

    /**
     * The loader's problems, formatted, with every place in the variant's own text ({@code display},
     * the name the text was loaded under) replaced by the {@code --vary} whose line it is.
     */
    static String explain(List<Problem> problems, String display, Text text, List<Vary> varies, int[] choice) {
        StringBuilder out = new StringBuilder();
        for (Problem p : problems) {
            String formatted = p.format();
            if (p.file().equals(display)) {
                String who = owner(p.line(), p.column(), text, varies, choice);
                formatted = who + ": error: " + p.message() + (p.hint().isEmpty() ? "" : "\n  hint: " + p.hint());
                if (p.message().startsWith("unknown key") || p.message().startsWith("unknown top-level key")) {
                    formatted += "\n  hint: PATH must follow the scenario's keys exactly (docs/scenario-format.md#keys), "
                            + "e.g. constraints.netcongestie.relief_year.default";
                }
            } else {
                formatted = owners(varies, choice) + ": " + formatted;
            }
            out.append(replacePlaces(formatted, display, text, varies, choice)).append('\n');
        }
        return out.toString();
    }

    /** Every --vary set in the variant, with its value. */
    private static String owners(List<Vary> varies, int[] choice) {
        List<String> who = new ArrayList<>();
        for (int v = 0; v < varies.size(); v++) {
            if (choice[v] >= 0) {
                who.add(varies.get(v).named(choice[v]));
            }
        }
        return String.join(" ", who);
    }

    /**
     * The --vary written at a line of the text: with its value when the place is in the value, without
     * when it is in the key (the same for every value); the line of a parent key belongs to every
     * vary below it.
     */
    private static String owner(int line, int column, Text text, List<Vary> varies, int[] choice) {
        List<String> who = new ArrayList<>();
        String[] all = text.yaml().split("\n", -1);
        String lineText = line >= 1 && line <= all.length ? all[line - 1] : "";
        int colon = lineText.indexOf(':');
        for (int v = 0; v < varies.size(); v++) {
            if (choice[v] >= 0 && text.lines()[v] == line) {
                return column > colon + 1 ? varies.get(v).named(choice[v]) : "--vary " + varies.get(v).dotted();
            }
        }
        // a parent key's line (or the extends line): every vary whose path passes through it
        String key = lineText.strip();
        key = key.endsWith(":") ? key.substring(0, key.length() - 1) : key;
        for (int v = 0; v < varies.size(); v++) {
            if (choice[v] >= 0 && text.lines()[v] > line && varies.get(v).path().contains(key)) {
                who.add("--vary " + varies.get(v).dotted());
            }
        }
        return who.isEmpty() ? "the variant" : String.join(" ", who);
    }

    /** "NAME:LINE:COLUMN" of the variant's text inside a hint becomes the --vary of that line. */
    private static String replacePlaces(String s, String display, Text text, List<Vary> varies, int[] choice) {
        String prefix = display + ":";
        StringBuilder out = new StringBuilder();
        int from = 0;
        for (int at = s.indexOf(prefix); at >= 0; at = s.indexOf(prefix, from)) {
            out.append(s, from, at);
            int i = at + prefix.length();
            int lineStart = i;
            while (i < s.length() && Character.isDigit(s.charAt(i))) {
                i++;
            }
            if (i == lineStart) {
                out.append(prefix);
                from = i;
                continue;
            }
            int line = Integer.parseInt(s.substring(lineStart, i));
            if (i < s.length() && s.charAt(i) == ':') {
                int j = i + 1;
                while (j < s.length() && Character.isDigit(s.charAt(j))) {
                    j++;
                }
                i = j;
            }
            out.append(owner(line, Integer.MAX_VALUE, text, varies, choice));
            from = i;
        }
        return out.append(s.substring(from)).toString();
    }
}
