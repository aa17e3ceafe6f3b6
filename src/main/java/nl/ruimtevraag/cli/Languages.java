package nl.ruimtevraag.cli;

import nl.ruimtevraag.model.Scenario;
import nl.ruimtevraag.report.Language;

/** The language of a command's output. */
final class Languages {
    private Languages() {
    }

    /** The --lang option if given, else the scenario's output.language; exit 2 for an unknown code. */
    static Language of(String option, Scenario s) {
        String code = option != null ? option : s.output().language();
        return Language.fromCode(code).orElseThrow(
                () -> new UserError(ExitCodes.INVALID, "error: unknown language '" + code + "'\n  hint: use nl or en"));
    }
}
