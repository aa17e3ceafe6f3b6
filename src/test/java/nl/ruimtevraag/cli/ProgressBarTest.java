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

    /** The bar is on only when standard error's descriptor links to a terminal, not to a log file or a pipe. */
    @Test
    void onlyATerminalAsStandardErrorShowsTheBar(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.util.Map<String, Boolean> cases = java.util.Map.of("/dev/pts/3", true, "/dev/tty1", true, "/dev/console", true,
                "/home/planner/run.log", false, "pipe:[48213]", false, "/dev/null", false, "socket:[99]", false);
        for (var c : cases.entrySet()) {
            java.nio.file.Path fd = java.nio.file.Files.createSymbolicLink(dir.resolve("fd" + c.getKey().hashCode()),
                    java.nio.file.Path.of(c.getKey()));
            assertEquals(c.getValue(), ProgressBar.isTerminal(fd), c.getKey());
            java.nio.file.Files.delete(fd);
        }
        assertEquals(false, ProgressBar.isTerminal(dir.resolve("no-such-descriptor")));
        assertEquals(false, ProgressBar.isTerminal(java.nio.file.Files.createFile(dir.resolve("not-a-link"))));
    }

    /** Under the test runner standard error is a pipe or a file (this JVM's /proc/self/fd/2), so no bar. */
    @Test
    void noBarWhenStandardErrorIsNotATerminal() {
        java.nio.file.Path fd2 = java.nio.file.Path.of("/proc/self/fd/2");
        org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.isSymbolicLink(fd2), "Linux only");
        org.junit.jupiter.api.Assumptions.assumeFalse(ProgressBar.isTerminal(fd2), "tests run with standard error on a terminal");
        StringWriter text = new StringWriter();
        try (ProgressBar bar = ProgressBar.forStandardError(new PrintWriter(text), false, Language.NL)) {
            bar.progress(1, 2);
        }
        assertEquals("", text.toString());
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
