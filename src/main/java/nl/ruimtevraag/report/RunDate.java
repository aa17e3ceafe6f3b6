package nl.ruimtevraag.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/**
 * The date a workbook carries (cover, page headers, document properties). By the reproducible-
 * builds convention the environment variable {@code SOURCE_DATE_EPOCH} (seconds since 1970-01-01
 * UTC) fixes it, so a rebuild gives the same bytes on any day; without it the date is today's (UTC),
 * so the same inputs give the same bytes within a day.
 */
public final class RunDate {
    public static final String SOURCE_DATE_EPOCH = "SOURCE_DATE_EPOCH";

    private RunDate() {
    }

    /** The date from {@code SOURCE_DATE_EPOCH}, else today (UTC). */
    public static LocalDate today() {
        return of(System.getenv(), LocalDate.now(ZoneOffset.UTC));
    }

    /** The date from the environment's {@code SOURCE_DATE_EPOCH} when it holds whole seconds, else {@code today}. */
    static LocalDate of(Map<String, String> env, LocalDate today) {
        String epoch = env.get(SOURCE_DATE_EPOCH);
        if (epoch != null && epoch.strip().matches("-?[0-9]{1,15}")) {
            return Instant.ofEpochSecond(Long.parseLong(epoch.strip())).atOffset(ZoneOffset.UTC).toLocalDate();
        }
        return today;
    }

    /** "7 december 2026" or "7 December 2026". */
    static String text(LocalDate date, Language language) {
        Locale locale = language == Language.EN ? Locale.UK : Locale.forLanguageTag("nl-NL");
        return date.format(DateTimeFormatter.ofPattern("d MMMM yyyy", locale));
    }
}
