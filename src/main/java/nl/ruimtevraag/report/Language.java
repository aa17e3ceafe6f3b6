package nl.ruimtevraag.report;

import java.util.Locale;
import java.util.Optional;

/** Language of the workbook's and console table's labels. Dutch is the default: the readers are Dutch provinces. */
public enum Language {
    NL, EN;

    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The locale of the numbers in console tables: 1.234,5 in Dutch, 1,234.5 in English. */
    public Locale consoleLocale() {
        return this == EN ? Locale.UK : DUTCH;
    }

    /**
     * A plain number as written in this language: "0,25" in Dutch, "0.25" in English. The input has a point as
     * its only separator (BigDecimal.toPlainString, Long.toString); no grouping is added.
     */
    public String decimals(String plain) {
        return this == EN ? plain : plain.replace('.', ',');
    }

    public static Optional<Language> fromCode(String code) {
        for (Language l : values()) {
            if (l.code().equalsIgnoreCase(code == null ? "" : code.trim())) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }
}
