package nl.ruimtevraag.cli;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The --format option of the commands that write files: codes checked and normalised, in the order given. */
final class OutputFormats {
    private OutputFormats() {
    }

    /**
     * The formats asked for, lower case, each once.
     *
     * @param unknownHint the hint for a code not in {@code allowed}
     * @param noneHint the hint when no format is left
     */
    static Set<String> parse(List<String> given, Set<String> allowed, String unknownHint, String noneHint) {
        Set<String> out = new LinkedHashSet<>();
        for (String f : given) {
            String v = f.trim().toLowerCase(Locale.ROOT);
            if (!allowed.contains(v)) {
                throw new UserError(ExitCodes.INVALID, "error: unknown format '" + f + "'\n  hint: " + unknownHint);
            }
            out.add(v);
        }
        if (out.isEmpty()) {
            throw new UserError(ExitCodes.INVALID, "error: no output format\n  hint: " + noneHint);
        }
        return out;
    }
}
