package nl.ruimtevraag.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import nl.ruimtevraag.report.Language;
import org.junit.jupiter.api.Test;

class ProgressBarTest {
    @Test
    void drawsInTheRunsLanguageAndEndsItsLine() {
        for (Language lang : Language.values()) {
            StringWriter text = new StringWriter();
            try (ProgressBar bar = new ProgressBar(new PrintWriter(text), true, lang, 0)) {
                bar.progress(250, 1000);
            }
            String expected = lang == Language.EN ? "draws" : "trekkingen";
            assertTrue(text.toString().startsWith("\r[#######                       ] 25% 250/1000 " + expected), text.toString());
            assertTrue(text.toString().endsWith(System.lineSeparator()), "the bar's line is ended");
        }
    }

    @Test
    void aDisabledBarPrintsNothing() {
        StringWriter text = new StringWriter();
        try (ProgressBar bar = new ProgressBar(new PrintWriter(text), false, Language.EN, 0)) {
            bar.progress(500, 1000);
        }
        assertEquals("", text.toString());
    }
}
