package nl.ruimtevraag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The release zip of {@code mvn package} (src/assembly/release.xml), installed as README.md's
 * "Install without Maven" says: unzipped, then the POSIX launcher run from the unzipped folder with
 * only a Java runtime, no Maven and no RUIMTEVRAAG_JAR. The Windows launcher cannot run here; its
 * text is checked by {@link LauncherScriptTest}, its packed form (CRLF) here.
 */
class ReleaseZipIT {
    private static final Path ROOT = Path.of(System.getProperty("project.root", ".")).toAbsolutePath();
    private static final String VERSION = System.getProperty("project.version", "0.1.0");
    private static final Path ZIP = ROOT.resolve("target/ruimtevraag-" + VERSION + ".zip");

    @TempDir
    Path dir;

    /** Unzips as a zip tool would, with the Unix modes the zip records; returns the release folder. */
    private Path unzip() throws IOException {
        assertTrue(Files.isRegularFile(ZIP), ZIP + " missing: this test runs after 'package'");
        try (ZipFile zip = ZipFile.builder().setPath(ZIP).get()) {
            for (Enumeration<ZipArchiveEntry> e = zip.getEntries(); e.hasMoreElements();) {
                ZipArchiveEntry entry = e.nextElement();
                Path target = dir.resolve(entry.getName()).normalize();
                assertTrue(target.startsWith(dir), "entry outside the folder: " + entry.getName());
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                    continue;
                }
                Files.createDirectories(target.getParent());
                try (InputStream in = zip.getInputStream(entry)) {
                    Files.copy(in, target);
                }
                if ((entry.getUnixMode() & 0100) != 0) {
                    assertTrue(target.toFile().setExecutable(true, false), "chmod " + target);
                }
            }
        }
        Path release = dir.resolve("ruimtevraag-" + VERSION);
        assertTrue(Files.isDirectory(release), "one folder ruimtevraag-" + VERSION + "/ in the zip");
        return release;
    }

    @Test
    void holdsTheJarTheLaunchersAndTheUserFiles() throws IOException {
        Path release = unzip();
        for (String file : List.of("bin/ruimtevraag.jar", "bin/ruimtevraag", "bin/ruimtevraag.cmd", "README.md",
                "scenarios/basis.yaml", "templates/scenario.yaml", "templates/behoefteraming.xlsx",
                "docs/cli.md", "docs/scenario-format.md", "docs/scenario.schema.json", "docs/reliability.md")) {
            assertTrue(Files.isRegularFile(release.resolve(file)), file);
        }
        assertEquals(Files.size(ROOT.resolve("target/ruimtevraag.jar")), Files.size(release.resolve("bin/ruimtevraag.jar")),
                "the shaded jar, not the plain one");
        assertTrue(Files.isExecutable(release.resolve("bin/ruimtevraag")), "the sh launcher is executable (0755)");
        String cmd = Files.readString(release.resolve("bin/ruimtevraag.cmd"), StandardCharsets.US_ASCII);
        assertFalse(cmd.replace("\r\n", "").contains("\n"), "the .cmd has CRLF line ends only");
        assertFalse(Files.readString(release.resolve("bin/ruimtevraag")).contains("\r"), "the sh launcher has LF only");
        assertEquals(Files.readString(ROOT.resolve("scenarios/basis.yaml")),
                Files.readString(release.resolve("scenarios/basis.yaml")));
    }

    @Test
    void theShLauncherRunsFromTheUnzippedFolder() throws Exception {
        Path release = unzip();
        List<String> command = new ArrayList<>(List.of("sh", "bin/ruimtevraag", "validate", "scenarios/basis.yaml"));
        ProcessBuilder pb = new ProcessBuilder(command).directory(release.toFile())
                .redirectOutput(dir.resolve("stdout.txt").toFile())
                .redirectError(dir.resolve("stderr.txt").toFile());
        pb.environment().keySet().removeIf(k -> k.startsWith("RUIMTEVRAAG_") || k.equals("JAVA_OPTS"));
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        // no class-data archive: its training run (a basis run) is LauncherIT's subject and would only add time
        pb.environment().put("RUIMTEVRAAG_CDS", "off");
        Process p = pb.start();
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("timed out: " + command);
        }
        String out = Files.readString(dir.resolve("stdout.txt"), StandardCharsets.UTF_8);
        String err = Files.readString(dir.resolve("stderr.txt"), StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), () -> "exit code; stderr:\n" + err);
        assertEquals("", err, "stderr");
        assertEquals("OK scenarios/basis.yaml", out.strip());

        // the launcher shows which jar it runs: the one in the unzipped bin/, not a build's target/
        pb.environment().put("RUIMTEVRAAG_SHOW", "1");
        pb.command("sh", "bin/ruimtevraag", "--version");
        Process show = pb.start();
        assertTrue(show.waitFor(60, TimeUnit.SECONDS));
        String line = Files.readString(dir.resolve("stdout.txt"), StandardCharsets.UTF_8);
        assertTrue(line.contains("-jar '" + release.toRealPath().resolve("bin/ruimtevraag.jar") + "'"), line);
    }
}
