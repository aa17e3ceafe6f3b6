package nl.ruimtevraag.scenario;

import nl.ruimtevraag.model.Text;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** "Did you mean ...?": the nearest candidate by Levenshtein distance, ignoring case. */
final class Suggestions {
    /** Longer words are no typo of a key or code; a hostile file may hold thousands of 10,000-character keys. */
    private static final int MAX_TYPO_CHARS = 100;
    private Suggestions() {
    }

    /**
     * The candidate nearest to {@code word}, if it is near enough to be a likely typo: at most one
     * edit for short words, up to a third of the word's length for longer ones; failing that, a
     * candidate that contains the word or is contained in it ("curve" for "s-curve"). Ties go to
     * the earlier candidate, so the answer is deterministic.
     */
    static Optional<String> nearest(String word, Collection<String> candidates) {
        String w = word.toLowerCase(Locale.ROOT);
        int allowed = Math.max(1, w.length() / 3);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String c : candidates) {
            if (Math.abs(c.length() - w.length()) > allowed || w.length() > MAX_TYPO_CHARS) {
                continue; // too far apart to be a typo, whatever the letters: spare the quadratic distance
            }
            int d = distance(w, c.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                best = c;
                bestDistance = d;
            }
        }
        if (best != null && bestDistance <= allowed) {
            return Optional.of(best);
        }
        if (w.length() >= 4) {
            for (String c : candidates) {
                String lc = c.toLowerCase(Locale.ROOT);
                if (lc.contains(w) || (lc.length() >= 4 && w.contains(lc))) {
                    return Optional.of(c);
                }
            }
        }
        return Optional.empty();
    }

    /** "bedoelde je `x`?" / "did you mean `x`?", or {@link Text#NONE} */
    static Text didYouMean(String word, Collection<String> candidates) {
        return nearest(word, candidates).map(s -> Text.of("bedoelde je `{0}`?", "did you mean `{0}`?", s)).orElse(Text.NONE);
    }

    /**
     * Edit distance: insertions, deletions, substitutions and swaps of two neighbouring letters
     * (the commonest typo) each cost 1 (Levenshtein with transpositions, "optimal string alignment").
     */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
