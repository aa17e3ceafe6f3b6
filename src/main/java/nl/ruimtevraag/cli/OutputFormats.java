package nl.ruimtevraag.cli;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.ruimtevraag.report.Language;

/** The --format option of the commands that write files: codes checked and normalised, in the order given. */
final class OutputFormats {
    private OutputFormats() {
    }

    /** The formats asked for, lower case, each once; {@code allowed} in the order the hints name them. */
    static Set<String> parse(List<String> given, List<String> allowed, Language language) {
        String example = String.join(",", allowed);
        Set<String> out = new LinkedHashSet<>();
        for (String f : given) {
            String v = f.trim().toLowerCase(Locale.ROOT);
            if (!allowed.contains(v)) {
                throw UserError.of(language, ExitCodes.INVALID, "onbekend formaat '" + f + "'",
                        "gebruik " + String.join(" of ", allowed) + ", bijvoorbeeld --format " + example,
                        "unknown format '" + f + "'", "use " + String.join(" or ", allowed) + ", e.g. --format " + example);
            }
            out.add(v);
        }
        if (out.isEmpty()) {
            throw UserError.of(language, ExitCodes.INVALID, "geen uitvoerformaat", "gebruik --format " + example,
                    "no output format", "use --format " + example);
        }
        return out;
    }
}
