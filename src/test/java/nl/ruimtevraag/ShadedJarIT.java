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
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shaded jar as users get it, each command in a JVM of its own: the unit tests run on
 * target/classes, only this test sees what the shade plugin packed (and, with its minimised
 * dependencies, what it left out). Runs after {@code package}, in the integration-test phase of
 * {@code mvn verify} (the surefire execution "shaded-jar" in pom.xml).
 */
class ShadedJarIT {
    private static final Path ROOT = Path.of(System.getProperty("project.root", ".")).toAbsolutePath();
    private static final Path JAR = ROOT.resolve("target/ruimtevraag.jar");

    @TempDir
    Path dir;

    private record Result(int code, String out, String err) {
        /** Exit 0, and nothing on stderr: no stack trace, no logging framework's warning. */
        Result ok() {
            assertEquals(0, code, () -> "exit code; stderr:\n" + err);
            // nothing but plausibility warnings ("file:line: waarschuwing: ...", docs/cli.md)
            assertEquals("", err.lines().filter(l -> !l.contains("waarschuwing: ")).collect(java.util.stream.Collectors.joining("\n")),
                    "stderr");
            return this;
        }
    }

    @BeforeAll
    static void jarIsBuilt() {
        assertTrue(Files.isRegularFile(JAR), JAR + " missing: this test runs after 'package'");
    }

    private Result run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-jar");
        command.add(JAR.toString());
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).directory(dir.toFile())
                .redirectOutput(dir.resolve("stdout.txt").toFile())
                .redirectError(dir.resolve("stderr.txt").toFile())
                .start();
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("timed out: " + command);
        }
        return new Result(p.exitValue(), Files.readString(dir.resolve("stdout.txt"), StandardCharsets.UTF_8),
                Files.readString(dir.resolve("stderr.txt"), StandardCharsets.UTF_8));
    }

    private static String scenario(String name) {
        return ROOT.resolve("scenarios").resolve(name).toString();
    }

    @Test
    void basisWorkbookFromTheBuiltInTemplate() throws Exception {
        Result r = run("run", "-o", "basis.xlsx").ok();
        assertTrue(r.out.contains("basis.xlsx"), r.out);
        try (InputStream in = Files.newInputStream(dir.resolve("basis.xlsx")); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertEquals("Voorblad", wb.getSheetName(0));
            assertTrue(wb.getSheetIndex("Samenvatting") > 0, "a summary sheet");
            assertFalse(wb.getSheet("Samenvatting").getDrawingPatriarch().getShapes().isEmpty(), "charts and map");
        }
    }

    @Test
    void monteCarloWithEveryFormat() throws Exception {
        run("run", scenario("basis.yaml"), "--draws", "300", "--format", "csv,json,xlsx", "-q", "-o", "mc.xlsx").ok();
        for (String file : List.of("mc.xlsx", "mc.csv", "mc-banden.csv", "mc.json")) {
            assertTrue(Files.size(dir.resolve(file)) > 1000, file);
        }
        assertTrue(Files.readString(dir.resolve("mc.json")).contains("\"p50\""), "bands in the JSON");
    }

    @Test
    void syntheticDataSetRunsAsAUserDataSet() throws Exception {
        run("data", "synth", "--regions", "342", "--seed", "3", "-o", "synth", "-q").ok();
        run("run", scenario("bench/gemeenten.yaml"), "--data", "synth", "--draws", "100", "--format", "csv", "-q",
                "-o", "g.xlsx").ok();
        assertTrue(Files.size(dir.resolve("g-banden.csv")) > 1000);
    }

    @Test
    void figuresTableThroughTablesaw() throws Exception {
        Result r = run("regions", "--figures", "--region", "NB", "--csv").ok();
        assertTrue(r.out.startsWith("regio,grootheid,waarde,kwaliteit,bron,rij"), r.out);
        assertTrue(r.out.lines().count() > 20, r.out);
        assertTrue(run("regions", "--figures", "--region", "NB").ok().out.contains("kwaliteit"));
    }

    @Test
    void compareAndSweep() throws Exception {
        run("compare", "basis", scenario("circulair-versneld.yaml"), "--draws", "100", "-q", "-o", "c.xlsx").ok();
        run("sweep", "basis", "--vary", "planning_reserve=0%,5%,10%", "-q", "-o", "s.xlsx").ok();
        assertTrue(Files.size(dir.resolve("c.xlsx")) > 1000);
        assertTrue(Files.size(dir.resolve("s.xlsx")) > 1000);
    }

    @Test
    void sensitivityAndSchema() throws Exception {
        run("sensitivity", "basis", "-q", "-o", "t.xlsx").ok();
        assertTrue(Files.size(dir.resolve("t.xlsx")) > 1000);
        assertTrue(run("schema").ok().out.contains("\"$schema\""));
        assertTrue(run("--version").ok().out.contains("ruimtevraag"));
    }

    @Test
    void badScenarioGivesExitTwoWithFileLineAndColumn() throws Exception {
        Files.writeString(dir.resolve("bad.yaml"), "name: bad\nhorizon:\n  base_year: twenty\n");
        Result r = run("run", "bad.yaml");
        assertEquals(2, r.code, r.err);
        assertTrue(r.err.contains("bad.yaml:3:"), r.err);
        assertFalse(r.err.contains("Exception"), r.err);
        assertFalse(Files.exists(dir.resolve("out/bad.xlsx")), "no workbook from a failed run");
    }
}
