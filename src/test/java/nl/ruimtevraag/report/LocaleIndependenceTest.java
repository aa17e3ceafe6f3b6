package nl.ruimtevraag.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Locale;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;

/** The same inputs give the same bytes whatever the machine's locale and time zone. */
class LocaleIndependenceTest {
    @Test
    void workbookBytesDoNotDependOnTheDefaultLocaleOrTimeZone() throws Exception {
        Locale locale = Locale.getDefault();
        TimeZone zone = TimeZone.getDefault();
        try {
            Locale.setDefault(Locale.US);
            TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
            byte[] us = WorkbookWriter.toBytes(ReportFixture.provinces());
            Locale.setDefault(Locale.forLanguageTag("nl-NL"));
            TimeZone.setDefault(TimeZone.getTimeZone("Europe/Amsterdam"));
            byte[] nl = WorkbookWriter.toBytes(ReportFixture.provinces());
            assertArrayEquals(us, nl);
        } finally {
            Locale.setDefault(locale);
            TimeZone.setDefault(zone);
        }
    }
}
