package nl.ruimtevraag.cli;

import nl.ruimtevraag.model.Scenario;
import nl.ruimtevraag.report.Language;

/** The language of a command's output and of its own messages. */
final class Languages {
    private Languages() {
    }

    /** The --lang option if given, else the scenario's output.language; exit 2 for an unknown code. */
    static Language of(String option, Scenario s) {
        return parse(option != null ? option : s.output().language());
    }

    /** Before a scenario is read: the --lang option if given, else Dutch; exit 2 for an unknown code. */
    static Language option(String option) {
        return option == null ? Language.NL : parse(option);
    }

    private static Language parse(String code) {
        return Language.fromCode(code).orElseThrow(() -> UserError.of(Language.NL, ExitCodes.INVALID,
                "onbekende taal '" + code + "'", "gebruik nl of en", "unknown language '" + code + "'", "use nl or en"));
    }
}
