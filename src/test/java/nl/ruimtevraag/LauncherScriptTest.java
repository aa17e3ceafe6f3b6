package nl.ruimtevraag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * bin/ruimtevraag.cmd, the Windows launcher of the release zip, read as text (cmd.exe does not run
 * here): it runs {@code java -jar} on the jar beside it, passes every argument and returns the
 * exit code. ReleaseZipIT checks that the zip packs it with CRLF line ends.
 */
class LauncherScriptTest {
    private static final Path ROOT = Path.of(System.getProperty("project.root", ".")).toAbsolutePath();

    private static List<String> lines() throws IOException {
        String text = Files.readString(ROOT.resolve("bin/ruimtevraag.cmd"), StandardCharsets.US_ASCII);
        return text.replace("\r\n", "\n").lines().map(String::strip).toList();
    }

    @Test
    void runsTheJarBesideItWithEveryArgumentAndReturnsItsExitCode() throws IOException {
        List<String> lines = lines();
        assertEquals("@echo off", lines.get(0), "no command echo");
        assertTrue(lines.contains("setlocal"), "its variables do not leak into the caller's shell");
        assertTrue(lines.contains("set \"RV_JAR=%~dp0ruimtevraag.jar\""), "the jar beside the .cmd (%~dp0 ends in \\)");
        int run = lines.indexOf("\"%RV_JAVA%\" %JAVA_OPTS% -jar \"%RV_JAR%\" %*");
        assertTrue(run > 0, "java -jar on the jar with all arguments (%*)");
        assertEquals("exit /b %ERRORLEVEL%", lines.get(run + 1), "java's exit code is the launcher's");
        for (String line : lines.subList(0, run + 1)) {
            // inside a ( ... ) block %ERRORLEVEL% would be expanded before java runs
            assertFalse(line.endsWith("(") || line.startsWith(")"), "no block around the java call: " + line);
        }
        assertTrue(lines.contains("if defined JAVA_HOME set \"RV_JAVA=%JAVA_HOME%\\bin\\java.exe\""), "JAVA_HOME wins");
    }

    @Test
    void aMissingJarOrJavaIsExitOneWithAHint() throws IOException {
        List<String> lines = lines();
        for (String label : List.of(":nojar", ":nojava")) {
            int at = lines.indexOf(label);
            assertTrue(at > 0, label);
            assertTrue(lines.get(at + 1).startsWith("echo ruimtevraag launcher: ") && lines.get(at + 1).endsWith("1>&2"),
                    "message on stderr: " + lines.get(at + 1));
            assertTrue(lines.get(at + 2).startsWith("echo   hint: "), lines.get(at + 2));
            assertEquals("exit /b 1", lines.get(at + 3));
        }
        assertTrue(lines.contains("if not exist \"%RV_JAR%\" goto nojar"));
    }

    @Test
    void theShLauncherLooksBesideItselfFirst() throws IOException {
        String sh = Files.readString(ROOT.resolve("bin/ruimtevraag"), StandardCharsets.UTF_8);
        int beside = sh.indexOf("jar=$here/ruimtevraag.jar");
        int target = sh.indexOf("jar=$here/../target/ruimtevraag.jar");
        assertTrue(beside > 0 && target > beside, "bin/ruimtevraag.jar (release zip) before ../target (Maven build)");
    }
}
