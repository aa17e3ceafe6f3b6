package nl.ruimtevraag.model;

import java.util.Locale;

/**
 * A text for the user in Dutch and English, worded where it is made and chosen where it is printed
 * ({@link #in}). Dutch is the default: the readers are Dutch planners. Terms of art (werkmilieu,
 * netcongestie) and scenario keys and values quoted in a text stay as they are in both languages.
 *
 * @param nl the Dutch text
 * @param en the English text; empty exactly when the Dutch one is
 */
public record Text(String nl, String en) {
    /** No text: a problem without a hint. */
    public static final Text NONE = new Text("", "");

    public Text {
        nl = nl == null ? "" : nl;
        en = en == null ? "" : en;
        if (nl.isEmpty() != en.isEmpty()) {
            throw new IllegalArgumentException("a text needs both languages or neither: '" + nl + "' / '" + en + "'");
        }
    }

    /**
     * Dutch and English with {@code {0}}, {@code {1}}, ... replaced by the arguments: a {@link Text}
     * argument in the same language, anything else as {@link String#valueOf}. Only a brace, digits and
     * a brace form a placeholder, so that {@code {value: x}} and {@code {}} stay literal; no
     * apostrophe rules as in MessageFormat ("regio's" is written as is).
     */
    public static Text of(String nl, String en, Object... args) {
        return new Text(fill(nl, args, false), fill(en, args, true));
    }

    /** The same words in both languages: a code, a key, a number, a library's own message. */
    public static Text same(String text) {
        return new Text(text, text);
    }

    public boolean isEmpty() {
        return nl.isEmpty();
    }

    /** This text followed by another, language by language. */
    public Text plus(Text other) {
        return new Text(nl + other.nl, en + other.en);
    }

    /** English for a locale whose language is English, else Dutch. */
    public String in(Locale locale) {
        return locale != null && locale.getLanguage().equals("en") ? en : nl;
    }

    private static String fill(String pattern, Object[] args, boolean english) {
        if (pattern == null || args.length == 0 || pattern.indexOf('{') < 0) {
            return pattern;
        }
        StringBuilder out = new StringBuilder(pattern.length() + 32);
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            int close = c == '{' ? pattern.indexOf('}', i + 1) : -1;
            if (close > i + 1 && pattern.substring(i + 1, close).chars().allMatch(Character::isDigit) && close - i <= 4) {
                int n = Integer.parseInt(pattern.substring(i + 1, close));
                if (n >= args.length) {
                    throw new IllegalArgumentException("no argument " + n + " for '" + pattern + "'");
                }
                Object a = args[n];
                out.append(a instanceof Text t ? (english ? t.en : t.nl) : String.valueOf(a));
                i = close + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return nl;
    }
}
