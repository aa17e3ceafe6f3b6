package nl.ruimtevraag;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * bin/ruimtevraag, the launcher that starts the jar with a class-data archive and the quick JIT
 * compiler: same outputs, exit codes and messages as {@code java -jar}, the archive written once
 * and used afterwards. Runs on a copy of the shaded jar in a temporary folder, so the archive is
 * written there, after {@code package} (the surefire execution "shaded-jar").
 */
class LauncherIT {
    private static final Path ROOT = Path.of(System.getProperty("project.root", ".")).toAbsolutePath();
    private static final Path LAUNCHER = ROOT.resolve("bin/ruimtevraag");
    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

    @TempDir
    Path dir;
    private Path jar;

    private record Result(int code, String out, String err) {
        Result ok() {
            assertEquals(0, code, () -> "exit code; stderr:\n" + err);
            // nothing but plausibility warnings ("file:line: waarschuwing: ...", docs/cli.md)
            assertEquals("", err.lines().filter(l -> !l.contains("waarschuwing: ")).collect(java.util.stream.Collectors.joining("\n")),
                    "stderr");
            return this;
        }
    }

    @BeforeEach
    void copyTheJar() throws IOException {
        jar = Files.copy(ROOT.resolve("target/ruimtevraag.jar"), dir.resolve("ruimtevraag.jar"));
    }

    /** Whether this JDK maps its own class-data archive, without which it writes none of ours. */
    private static boolean jdkHasClassDataSharing() throws IOException, InterruptedException {
        Process p = new ProcessBuilder(JAVA, "-Xshare:on", "-version").redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
    }

    private Result launch(Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("sh", LAUNCHER.toString()));
        command.addAll(List.of(args));
        return exec(command, env);
    }

    private Result launch(String... args) throws IOException, InterruptedException {
        return launch(Map.of(), args);
    }

    private Result javaJar(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(JAVA, "-jar", jar.toString()));
        command.addAll(List.of(args));
        return exec(command, Map.of());
    }

    private Result exec(List<String> command, Map<String, String> env) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile())
                .redirectOutput(dir.resolve("stdout.txt").toFile())
                .redirectError(dir.resolve("stderr.txt").toFile());
        pb.environment().keySet().removeIf(k -> k.startsWith("RUIMTEVRAAG_") || k.equals("JAVA_OPTS"));
        pb.environment().put("RUIMTEVRAAG_JAR", jar.toString());
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        pb.environment().putAll(env);
        Process p = pb.start();
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("timed out: " + command);
        }
        return new Result(p.exitValue(), Files.readString(dir.resolve("stdout.txt"), StandardCharsets.UTF_8),
                Files.readString(dir.resolve("stderr.txt"), StandardCharsets.UTF_8));
    }

    /** The files in the jar's folder whose name ends with the suffix. */
    private List<Path> files(String suffix) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(f -> f.getFileName().toString().endsWith(suffix)).sorted().toList();
        }
    }

    @Test
    void theFirstCommandWritesTheArchiveLaterRunsMapItAndTheWorkbookIsTheSame() throws Exception {
        assumeTrue(jdkHasClassDataSharing(), "this JDK has no class-data archive of its own");
        assertTrue(launch("--version").ok().out.startsWith("ruimtevraag "));
        List<Path> archives = files(".jsa");
        assertEquals(1, archives.size(), "one class-data archive beside the jar, whatever the first command: " + archives);
        assertEquals(List.of(), files(".tmp"), "no temporary archive left");
        assertFalse(Files.exists(dir.resolve("out")), "the training run writes only to its own temporary folder");
        FileTime written = Files.getLastModifiedTime(archives.get(0));

        String shown = launch(Map.of("RUIMTEVRAAG_SHOW", "1"), "run").ok().out;
        assertTrue(shown.contains("'-XX:SharedArchiveFile=" + archives.get(0) + "'"), shown);
        assertTrue(shown.contains("-XX:TieredStopAtLevel=1"), shown);
        // -Xshare:on: the JVM exits with an error instead of running on without the archive
        launch(Map.of("JAVA_OPTS", "-Xshare:on"), "run", "-q", "-o", "launched.xlsx").ok();
        assertEquals(written, Files.getLastModifiedTime(archives.get(0)), "the archive is not written again");

        javaJar("run", "-q", "-o", "plain.xlsx").ok();
        assertArrayEquals(Files.readAllBytes(dir.resolve("plain.xlsx")), Files.readAllBytes(dir.resolve("launched.xlsx")));
    }

    @Test
    void aJarNewerThanItsArchiveGetsANewOne() throws Exception {
        assumeTrue(jdkHasClassDataSharing(), "this JDK has no class-data archive of its own");
        launch("--version").ok();
        Path archive = files(".jsa").get(0);
        FileTime old = FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() - 3_600_000);
        Files.setLastModifiedTime(archive, old);
        assertFalse(launch(Map.of("RUIMTEVRAAG_SHOW", "1"), "run").ok().out.contains("-XX:Shared"),
                "a stale archive is not offered to the JVM");
        launch(Map.of("JAVA_OPTS", "-Xshare:on"), "run", "--format", "csv", "-q", "-o", "c.xlsx").ok();
        assertEquals(List.of(archive), files(".jsa"));
        assertTrue(Files.getLastModifiedTime(archive).compareTo(old) > 0, "written again");
    }

    @Test
    void aFailedRunKeepsItsExitCodeAndMessage() throws Exception {
        Files.writeString(dir.resolve("bad.yaml"), "name: bad\nhorizon:\n  base_year: twenty\n");
        Result launched = launch("run", "bad.yaml");
        Result plain = javaJar("run", "bad.yaml");
        assertEquals(2, launched.code, launched.err);
        assertEquals(plain.err, launched.err);
        assertTrue(launched.err.contains("bad.yaml:3:"), launched.err);
    }

    @Test
    void whenTheTrainingRunCannotWriteTheCommandRunsWithoutAnArchive() throws Exception {
        launch(Map.of("TMPDIR", dir.resolve("missing").toString()), "run", "--format", "csv", "-q", "-o", "a.xlsx").ok();
        assertTrue(Files.size(dir.resolve("a.csv")) > 1000);
        assertEquals(List.of(), files(".jsa"));
        assertEquals(List.of(), files(".tmp"));
    }

    @Test
    void withoutClassDataSharingTheLauncherRunsWithoutAnArchive() throws Exception {
        launch(Map.of("JAVA_OPTS", "-Xshare:off"), "run", "--format", "csv", "-q", "-o", "a.xlsx").ok();
        assertEquals(List.of(), files(".jsa"));
        assertTrue(Files.size(dir.resolve("a.csv")) > 1000);
    }

    @Test
    void aJarInAFolderWithASpaceRunsOnItsArchive() throws Exception {
        assumeTrue(jdkHasClassDataSharing(), "this JDK has no class-data archive of its own");
        Path folder = Files.createDirectories(dir.resolve("mijn projecten"));
        jar = Files.move(jar, folder.resolve("ruimtevraag.jar"));
        launch("--version").ok();
        launch(Map.of("JAVA_OPTS", "-Xshare:on"), "run", "--format", "csv", "-q", "-o", "a.xlsx").ok();
        try (Stream<Path> s = Files.list(folder)) {
            assertEquals(1, s.filter(f -> f.toString().endsWith(".jsa")).count());
        }
    }

    @Test
    void argumentsArriveIntact() throws Exception {
        Files.createDirectories(dir.resolve("it's a folder"));
        launch("run", "--format", "csv", "-q", "-o", "it's a folder/uit voer.xlsx").ok();
        assertTrue(Files.size(dir.resolve("it's a folder/uit voer.csv")) > 1000);
    }

    @Test
    void largeMonteCarloRunsKeepTheOptimisingCompiler() throws Exception {
        Map<String, String> show = Map.of("RUIMTEVRAAG_SHOW", "1");
        assertTrue(launch(show, "run", "--draws", "20000").ok().out.contains("-XX:TieredStopAtLevel=1"));
        assertTrue(launch(show, "run", "--draws=2000").ok().out.contains("-XX:TieredStopAtLevel=1"));
        assertFalse(launch(show, "run", "--draws", "20001").ok().out.contains("TieredStopAtLevel"));
        assertTrue(launch(show, "run", "--draws", "0000100").ok().out.contains("-XX:TieredStopAtLevel=1"));
        assertFalse(launch(show, "compare", "basis", "--draws=50000").ok().out.contains("TieredStopAtLevel"));
        assertFalse(launch(show, "run", "--draws", "99999999999999999999").ok().out.contains("TieredStopAtLevel"));
        assertFalse(launch(Map.of("RUIMTEVRAAG_SHOW", "1", "RUIMTEVRAAG_JIT", "full"), "run").ok().out
                .contains("TieredStopAtLevel"));
        assertTrue(launch(Map.of("RUIMTEVRAAG_SHOW", "1", "RUIMTEVRAAG_JIT", "quick"), "run", "--draws", "50000")
                .ok().out.contains("-XX:TieredStopAtLevel=1"));
        assertFalse(launch(Map.of("RUIMTEVRAAG_SHOW", "1", "RUIMTEVRAAG_CDS", "off"), "run").ok().out.contains("-XX:Shared"));
    }

    @Test
    void badSettingsAreRefusedWithAHint() throws Exception {
        Result jit = launch(Map.of("RUIMTEVRAAG_JIT", "fast"), "run");
        assertEquals(1, jit.code);
        assertTrue(jit.err.contains("RUIMTEVRAAG_JIT is 'fast'; expected quick or full"), jit.err);
        Result noJar = launch(Map.of("RUIMTEVRAAG_JAR", dir.resolve("missing.jar").toString()), "run");
        assertEquals(1, noJar.code);
        assertTrue(noJar.err.contains("no jar at") && noJar.err.contains("hint: build it"), noJar.err);
        Result noJava = launch(Map.of("JAVA_HOME", dir.resolve("nojdk").toString()), "run");
        assertEquals(1, noJava.code);
        assertTrue(noJava.err.contains("no java found") && noJava.err.contains("hint:"), noJava.err);
    }
}
