package nl.ruimtevraag.data;

/**
 * Checks on single cells, written out instead of as regular expressions: a data set of 342
 * municipalities has some 14,000 rows, and {@code String.matches} compiled a pattern for every cell.
 */
final class Cells {
    private static final int MAX_REGION_CODE = 32;

    private Cells() {
    }

    /** Whether {@code s} matches {@code [A-Za-z0-9][A-Za-z0-9_-]{0,31}}. */
    static boolean isRegionCode(String s) {
        if (s.isEmpty() || s.length() > MAX_REGION_CODE || !isAsciiLetterOrDigit(s.charAt(0))) {
            return false;
        }
        for (int i = 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!isAsciiLetterOrDigit(c) && c != '_' && c != '-') {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code s} matches {@code \d{4}} (ASCII digits). */
    static boolean isFourDigits(String s) {
        if (s.length() != 4) {
            return false;
        }
        for (int i = 0; i < 4; i++) {
            if (!isAsciiDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether {@code s} contains "nan" or "inf" in any ASCII case: {@code (?i).*(nan|inf).*} for a text
     * without line breaks (a cell that {@link Double#parseDouble} accepted has none).
     */
    static boolean mentionsNanOrInf(String s) {
        return containsIgnoreAsciiCase(s, "nan") || containsIgnoreAsciiCase(s, "inf");
    }

    private static boolean containsIgnoreAsciiCase(String s, String lower) {
        int n = lower.length();
        for (int i = 0; i + n <= s.length(); i++) {
            int j = 0;
            while (j < n && toAsciiLower(s.charAt(i + j)) == lower.charAt(j)) {
                j++;
            }
            if (j == n) {
                return true;
            }
        }
        return false;
    }

    private static char toAsciiLower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return isAsciiDigit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
