package nl.ruimtevraag.cli;

import nl.ruimtevraag.report.Language;
import picocli.CommandLine.Option;

/**
 * {@code --lang nl|en} for the commands whose output has no language of its own (no scenario
 * setting): their help, messages and hints; Dutch by default. Main reads it before parsing
 * ({@link HelpTexts#language}); run, compare, sweep and explain have their own, defaulting to the
 * scenario's output.language.
 */
final class LanguageOption {
    @Option(names = "--lang", paramLabel = "nl|en", completionCandidates = Codes.class)
    String code;

    /** The language asked for, Dutch without --lang; exit 2 for an unknown code. */
    Language language() {
        return Languages.option(code);
    }

    /** The values of --lang, for shell completion (every command's --lang). */
    static final class Codes implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return java.util.List.of("nl", "en").iterator();
        }
    }
}
