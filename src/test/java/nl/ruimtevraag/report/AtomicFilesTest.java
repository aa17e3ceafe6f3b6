package nl.ruimtevraag.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A failed write leaves the target as it was and no temporary file behind. */
class AtomicFilesTest {
    @TempDir
    Path dir;

    @Test
    void completeContentReplacesTheTarget() throws Exception {
        Path target = dir.resolve("out/raming.xlsx");
        AtomicFiles.write(target, "eerste".getBytes(StandardCharsets.UTF_8));
        AtomicFiles.write(target, "tweede".getBytes(StandardCharsets.UTF_8));
        assertEquals("tweede", Files.readString(target));
        assertEquals(List.of(target), list(target.getParent()));
    }

    /** The temporary name is short: a target name of 250 bytes (NAME_MAX is 255) is written. */
    @Test
    void aTargetNameNearTheFileSystemLimitIsWritten() throws Exception {
        Path target = dir.resolve("r".repeat(246) + ".csv");
        AtomicFiles.write(target, "eerste".getBytes(StandardCharsets.UTF_8));
        AtomicFiles.write(target, "tweede".getBytes(StandardCharsets.UTF_8));
        assertEquals("tweede", Files.readString(target));
        assertEquals(List.of(target), list(dir));
    }

    /** create (init) writes all or nothing and never replaces a file, not even one that appeared meanwhile. */
    @Test
    void createNeverReplacesAFile() throws Exception {
        Path target = dir.resolve("mijn.yaml");
        AtomicFiles.create(target, out -> out.write("nieuw".getBytes(StandardCharsets.UTF_8)));
        assertEquals("nieuw", Files.readString(target));
        assertThrows(java.nio.file.FileAlreadyExistsException.class,
                () -> AtomicFiles.create(target, out -> out.write("ander".getBytes(StandardCharsets.UTF_8))));
        assertEquals("nieuw", Files.readString(target));

        Path raced = dir.resolve("race.yaml");
        assertThrows(java.nio.file.FileAlreadyExistsException.class, () -> AtomicFiles.create(raced, out -> {
            out.write("van ons".getBytes(StandardCharsets.UTF_8));
            Files.writeString(raced, "van iemand anders"); // saved while we write
        }));
        assertEquals("van iemand anders", Files.readString(raced));

        Path failed = dir.resolve("vol.yaml");
        assertThrows(IOException.class, () -> AtomicFiles.create(failed, out -> {
            out.write(new byte[1000]);
            throw new IOException("No space left on device");
        }));
        assertEquals(List.of(target, raced), list(dir), "no empty file, no temporary file");
    }

    @Test
    void aReplacedFileKeepsItsPermissions() throws Exception {
        Path target = dir.resolve("prive.xlsx");
        AtomicFiles.write(target, new byte[] {1});
        java.util.Set<java.nio.file.attribute.PosixFilePermission> owner = java.nio.file.attribute.PosixFilePermissions.fromString("rw-------");
        Files.setPosixFilePermissions(target, owner);
        AtomicFiles.write(target, new byte[] {2});
        org.junit.jupiter.api.Assertions.assertArrayEquals(new byte[] {2}, Files.readAllBytes(target));
        org.junit.jupiter.api.Assertions.assertEquals(owner, Files.getPosixFilePermissions(target));
    }

    @Test
    void aFailureHalfWayLeavesTheOldFileAndNoTemporaryFile() throws Exception {
        Path target = dir.resolve("raming.xlsx");
        byte[] old = "oude werkmap".getBytes(StandardCharsets.UTF_8);
        Files.write(target, old);
        IOException e = assertThrows(IOException.class, () -> AtomicFiles.write(target, out -> {
            out.write(new byte[100_000]);
            throw new IOException("disk full");
        }));
        assertEquals("disk full", e.getMessage());
        assertArrayEquals(old, Files.readAllBytes(target));
        assertEquals(List.of(target), list(dir));
    }

    @Test
    void aFailingWorkbookLeavesNoFile() throws Exception {
        Path target = dir.resolve("kapot.xlsx");
        ReportContext ctx = ReportFixture.provinces().withTemplate(dir.resolve("no-such-template.xlsx"),
                ReportContext.Cover.none());
        assertThrows(IOException.class, () -> WorkbookWriter.write(ctx, target));
        assertEquals(List.of(), list(dir));
    }

    private static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }
}
