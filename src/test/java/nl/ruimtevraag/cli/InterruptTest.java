package nl.ruimtevraag.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import nl.ruimtevraag.data.DataSetLoader;
import nl.ruimtevraag.report.AtomicFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGTERM (what Ctrl-C and a closed terminal also send) to the real CLI in a child JVM while it
 * writes its output: no partial file and no temporary file may remain, and a file from an earlier
 * run stays as it was. The run is made long by a data set of the twelve provinces copied many
 * times; the signal goes out the moment a temporary file appears.
 */
class InterruptTest {
    @TempDir
    Path dir;

    @Test
    void sigtermWhileWritingLeavesNoPartialAndNoTemporaryFile() throws Exception {
        Path out = Files.createDirectory(dir.resolve("out"));
        Path csv = out.resolve("raming.csv");
        for (int copies = 20; ; copies *= 2) {
            Path data = bigDataSet(copies);
            Process p = start(data, out.resolve("raming.xlsx"), "--format", "csv");
            boolean sawTemp = waitForTemporaryFile(out, p);
            p.destroy(); // SIGTERM
            assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the CLI stops after SIGTERM");
            if (sawTemp) {
                assertTrue(p.exitValue() != 0, "interrupted, not finished");
                assertEquals(List.of(), list(out), "no target and no temporary file; stderr:\n" + stderr(p));
                return;
            }
            if (p.exitValue() == 0) {
                Files.delete(csv); // finished before it could be interrupted: try a longer run
            }
            if (copies > 200) {
                fail("no run was long enough to interrupt while writing");
            }
        }
    }

    @Test
    void sigtermLeavesEachFileOldOrCompleteNeverHalf() throws Exception {
        Path out = Files.createDirectory(dir.resolve("out"));
        Path xlsx = out.resolve("raming.xlsx");
        Path data = bigDataSet(3);
        // an earlier, complete run
        assertEquals(0, Main.run(new String[] {"run", "-q", "-o", xlsx.toString(), "--template", "none"},
                new java.io.PrintWriter(java.io.Writer.nullWriter()), new java.io.PrintWriter(java.io.Writer.nullWriter())));
        byte[] before = Files.readAllBytes(xlsx);
        Process p = start(data, xlsx, "--format", "xlsx,csv,json");
        waitForTemporaryFile(out, p);
        p.destroy();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        for (Path f : list(out)) {
            String name = f.getFileName().toString();
            assertTrue(!AtomicFiles.isTemporary(f), "temporary file left: " + f);
            if (name.endsWith(".xlsx") && !java.util.Arrays.equals(before, Files.readAllBytes(f))) {
                try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(f.toFile())) {
                    assertEquals("ruimtevraag", wb.getProperties().getCustomProperties().getProperty("ruimtevraag.generator").getLpwstr());
                }
            } else if (name.endsWith(".csv")) {
                String text = Files.readString(f);
                String last = text.strip().substring(text.strip().lastIndexOf('\n') + 1);
                assertTrue(text.startsWith("scenario,region,") && text.endsWith("\n") && last.contains(",NL,totaal,"), "complete: " + last);
            } else if (name.endsWith(".json")) {
                assertTrue(new com.fasterxml.jackson.databind.ObjectMapper().readTree(f.toFile()).size() > 0, name);
            }
        }
    }

    private static boolean waitForTemporaryFile(Path out, Process p) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (p.isAlive() && System.nanoTime() < deadline) {
            for (Path f : list(out)) {
                if (AtomicFiles.isTemporary(f)) {
                    Thread.sleep(20); // well inside the write
                    return true;
                }
            }
            Thread.sleep(1);
        }
        return false;
    }

    private Process start(Path data, Path output, String... more) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"), "nl.ruimtevraag.cli.Main",
                "run", "--data", data.toString(), "-o", output.toString(), "-q", "--template", "none"));
        cmd.addAll(List.of(more));
        return new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(dir.resolve("stderr.txt").toFile()).start();
    }

    private String stderr(Process p) throws IOException {
        return Files.readString(dir.resolve("stderr.txt"));
    }

    /** The embedded data set with every province copied {@code copies} times (codes GR-1, GR-2, ...). */
    private Path bigDataSet(int copies) throws IOException {
        Path d = Files.createDirectories(dir.resolve("data-" + copies));
        for (String name : DataSetLoader.FILES) {
            String text;
            try (InputStream in = DataSetLoader.class.getResourceAsStream(DataSetLoader.EMBEDDED + name)) {
                text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            List<String> lines = text.lines().toList();
            StringBuilder b = new StringBuilder();
            for (String l : lines) {
                b.append(l).append('\n');
            }
            if (!name.equals("sources.csv")) {
                for (int i = 1; i < copies; i++) {
                    for (String l : lines.subList(1, lines.size())) {
                        int comma = l.indexOf(',');
                        b.append(l, 0, comma).append('-').append(i).append(l.substring(comma)).append('\n');
                    }
                }
            }
            Files.writeString(d.resolve(name), b);
        }
        return d;
    }

    private static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }
}
