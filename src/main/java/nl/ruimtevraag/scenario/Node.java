package nl.ruimtevraag.scenario;

import nl.ruimtevraag.model.Text;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * A YAML value with the place it was written. The loader builds these from the parser's tokens
 * (Jackson's own tree keeps no locations) and never exposes them outside this package.
 */
sealed interface Node permits Node.MapNode, Node.ListNode, Node.Scalar {

    Location location();

    /** Short words for messages: "a map", "a list", "the string \"x\"", "the number 1.5", ... */
    Text describe();

    /** One key of a map with the place the key was written. */
    record Entry(String key, Location keyLocation, Node value) {
    }

    record MapNode(Location location, List<Entry> entries) implements Node {
        public MapNode {
            entries = List.copyOf(entries);
        }

        Entry entry(String key) {
            for (Entry e : entries) {
                if (e.key().equals(key)) {
                    return e;
                }
            }
            return null;
        }

        Node get(String key) {
            Entry e = entry(key);
            return e == null ? null : e.value();
        }

        List<String> keys() {
            List<String> keys = new ArrayList<>(entries.size());
            for (Entry e : entries) {
                keys.add(e.key());
            }
            return keys;
        }

        @Override
        public Text describe() {
            return Text.of("een map", "a map");
        }
    }

    record ListNode(Location location, List<Node> items) implements Node {
        public ListNode {
            items = List.copyOf(items);
        }

        @Override
        public Text describe() {
            return Text.of("een lijst", "a list");
        }
    }

    /** Kinds of scalar as YAML resolved them; INVALID was already reported while parsing. */
    enum Kind { STRING, INTEGER, FLOAT, BOOLEAN, NULL, INVALID }

    /**
     * @param text the scalar as written
     * @param value String, Long, BigInteger, Double, Boolean, or null (NULL and INVALID)
     */
    record Scalar(Location location, Kind kind, String text, Object value) implements Node {

        boolean isString() {
            return kind == Kind.STRING;
        }

        boolean isNumber() {
            return kind == Kind.INTEGER || kind == Kind.FLOAT;
        }

        String string() {
            return (String) value;
        }

        double number() {
            return ((Number) value).doubleValue();
        }

        @Override
        public Text describe() {
            return switch (kind) {
                case STRING -> text.isEmpty() ? Text.of("een lege tekst", "an empty string")
                        : Text.of("de tekst \"{0}\"", "the string \"{0}\"", shorten(text));
                case INTEGER -> Text.of("het gehele getal {0}", "the integer {0}", shorten(text));
                case FLOAT -> Text.of("het getal {0}", "the number {0}", shorten(text));
                case BOOLEAN -> Text.of("de waarheidswaarde {0}", "the boolean {0}", text);
                case NULL -> Text.of("een lege waarde", "an empty value");
                case INVALID -> Text.of("een ongeldige waarde", "an invalid value");
            };
        }

        static String shorten(String s) {
            String oneLine = s.replace("\n", "\\n");
            return oneLine.length() <= 40 ? oneLine : oneLine.substring(0, 37) + "...";
        }
    }

    /** A number for messages: 0.12, 12, 1000000 (never scientific notation). */
    static String fmt(double v) {
        if (!Double.isFinite(v)) {
            return Double.toString(v);
        }
        if (v == 0) {
            return "0";
        }
        return new BigDecimal(Double.toString(v)).stripTrailingZeros().toPlainString();
    }

    static String fmt(BigInteger v) {
        return v.toString();
    }
}
