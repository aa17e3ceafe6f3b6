package nl.ruimtevraag.cli;

import java.util.Locale;
import java.util.ResourceBundle;
import nl.ruimtevraag.report.Language;

/**
 * The help texts of every command (picocli's usage help: descriptions, section headings, exit codes)
 * in the properties bundles {@code HelpTexts.properties} (Dutch, the default) and
 * {@code HelpTexts_en.properties}, and the language they are shown in: {@code --lang} as the raw
 * arguments give it, read before picocli parses them, so that its help and its errors are in it too.
 */
final class HelpTexts {
    /** The bundles' base name (the resourceBundle of {@link Main}'s @Command). */
    static final String BASE_NAME = "nl.ruimtevraag.cli.HelpTexts";

    private HelpTexts() {
    }

    /** The bundle of the language; never the JVM's default locale's (no fallback). */
    static ResourceBundle bundle(Language lang) {
        return ResourceBundle.getBundle(BASE_NAME, lang == Language.EN ? Locale.ENGLISH : Locale.ROOT,
                HelpTexts.class.getClassLoader(), ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /**
     * The value of the first {@code --lang X} or {@code --lang=X} before the end of options
     * ({@code --}), Dutch without one; an unknown code is the usage error {@link Languages} gives.
     */
    static Language language(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--")) {
                break;
            }
            if (a.equals("--lang") && i + 1 < args.length) {
                return Languages.option(args[i + 1]);
            }
            if (a.startsWith("--lang=")) {
                return Languages.option(a.substring("--lang=".length()));
            }
        }
        return Language.NL;
    }

    /** The arguments without --lang and its value (the language is read already), for picocli's help command. */
    static String[] withoutLang(String[] args) {
        java.util.List<String> kept = new java.util.ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--lang") && i + 1 < args.length) {
                i++;
            } else if (!args[i].startsWith("--lang=")) {
                kept.add(args[i]);
            }
        }
        return kept.toArray(new String[0]);
    }
}
