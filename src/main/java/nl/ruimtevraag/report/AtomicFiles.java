package nl.ruimtevraag.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.security.SecureRandom;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Writes a file all or nothing: the content goes to a temporary file beside the target, which is
 * moved into place (an atomic rename) only when it is complete. On any failure the temporary file
 * is deleted and the target is left as it was, so a failed run never leaves a half-written
 * workbook that Excel would refuse to open.
 *
 * <p>Interruptions: Ctrl-C and SIGTERM run the JVM's shutdown hooks while the writing thread may
 * still be half way, so a {@code finally} alone would not clean up. Every temporary file is
 * registered while it exists, and a shutdown hook deletes the ones still registered; once the hook
 * has started no new temporary file is created and no rename happens. The rename itself and the
 * hook exclude each other, so the target is either the old file or the complete new one. SIGKILL
 * and power loss run no code: after those a {@code .rv-RANDOM.tmp} file may remain (never the target
 * half-written), see docs/reliability.md. The temporary name is short whatever the target's, so a
 * target name of up to the file system's limit (255 bytes) can be written.
 */
public final class AtomicFiles {
    /** Writes the whole content to the stream; may throw at any point. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Object LOCK = new Object();
    /** temporary files that exist now (guarded by LOCK) */
    private static final Set<Path> IN_FLIGHT = new LinkedHashSet<>();
    /** set by the shutdown hook (guarded by LOCK) */
    private static boolean shuttingDown;
    private static boolean hookInstalled;

    private AtomicFiles() {
    }

    public static void write(Path target, Content content) throws IOException {
        write(target, content, true);
    }

    /**
     * Writes a new file all or nothing, as {@link #write}, but never replaces one: if the target
     * exists, also when it appeared while the content was written, this throws
     * {@link FileAlreadyExistsException} and the existing file is left as it is ({@code init}).
     */
    public static void create(Path target, Content content) throws IOException {
        write(target, content, false);
    }

    private static void write(Path target, Content content, boolean replace) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        Files.createDirectories(dir);
        if (!replace && Files.exists(absolute, LinkOption.NOFOLLOW_LINKS)) {
            throw new FileAlreadyExistsException(target.toString());
        }
        Path temp = createTemp(dir, absolute.getFileName().toString());
        boolean moved = false;
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
                 OutputStream out = Channels.newOutputStream(channel)) {
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            keepPermissions(absolute, temp);
            synchronized (LOCK) {
                if (shuttingDown || !IN_FLIGHT.contains(temp)) {
                    throw new IOException("interrupted: " + absolute + " was not replaced");
                }
                if (replace) {
                    try {
                        Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                    } catch (AtomicMoveNotSupportedException e) {
                        // same directory, so this is still a rename of a complete file
                        Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
                    }
                    IN_FLIGHT.remove(temp);
                } else {
                    linkNew(temp, absolute);
                }
                moved = true;
            }
            syncFolder(dir);
        } catch (IOException | RuntimeException | Error e) {
            if (!moved) {
                try {
                    delete(temp);
                } catch (IOException suppressed) {
                    e.addSuppressed(suppressed);
                }
            }
            throw e;
        }
    }

    /**
     * The complete temporary file becomes the new target without replacing a file that exists: a
     * hard link fails atomically if the target exists; where links are not supported, a move
     * without replace (which checks first, then renames).
     */
    private static void linkNew(Path temp, Path target) throws IOException {
        try {
            Files.createLink(target, temp);
        } catch (FileAlreadyExistsException e) {
            throw e;
        } catch (UnsupportedOperationException | java.nio.file.FileSystemException e) {
            Files.move(temp, target);
            IN_FLIGHT.remove(temp);
            return;
        }
        IN_FLIGHT.remove(temp);
        try {
            Files.delete(temp);
        } catch (IOException e) {
            // the target is complete; a stray temporary file is harmless and named as one
        }
    }

    /** A file that replaces another keeps its POSIX permissions (a private 0600 workbook stays private). */
    private static void keepPermissions(Path target, Path temp) throws IOException {
        if (Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)
                && Files.getFileStore(temp).supportsFileAttributeView(PosixFileAttributeView.class)) {
            Files.setPosixFilePermissions(temp, Files.getPosixFilePermissions(target, LinkOption.NOFOLLOW_LINKS));
        }
    }

    public static void write(Path target, byte[] bytes) throws IOException {
        write(target, out -> out.write(bytes));
    }

    /** True for the names of this class's temporary files: {@code .rv-RANDOM.tmp}. */
    public static boolean isTemporary(Path file) {
        String name = file.getFileName().toString();
        return name.startsWith(".") && name.endsWith(".tmp");
    }

    /**
     * A new empty file beside the target, {@code .rv-RANDOM.tmp} (at most 21 bytes, so any target
     * name the file system allows can be written), registered for the shutdown hook. Files.createTempFile
     * would make it owner-only (0600); a plain create keeps the permissions any other new file in
     * that folder gets.
     */
    private static Path createTemp(Path dir, String target) throws IOException {
        synchronized (LOCK) {
            if (shuttingDown) {
                throw new IOException("shutting down: " + dir.resolve(target) + " is not written");
            }
            if (!hookInstalled) {
                Runtime.getRuntime().addShutdownHook(new Thread(AtomicFiles::deleteInFlight, "ruimtevraag-temp-cleanup"));
                hookInstalled = true;
            }
            for (int attempt = 0; ; attempt++) {
                Path temp = dir.resolve(".rv-" + Long.toUnsignedString(RANDOM.nextLong(), 36) + ".tmp");
                try {
                    Files.createFile(temp);
                    IN_FLIGHT.add(temp);
                    return temp;
                } catch (FileAlreadyExistsException e) {
                    if (attempt > 100) {
                        throw e;
                    }
                }
            }
        }
    }

    private static void delete(Path temp) throws IOException {
        synchronized (LOCK) {
            IN_FLIGHT.remove(temp);
            Files.deleteIfExists(temp);
        }
    }

    /** The shutdown hook: no new temporary files, no renames, and the existing ones deleted. */
    static void deleteInFlight() {
        synchronized (LOCK) {
            shuttingDown = true;
            for (Path temp : IN_FLIGHT) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException | RuntimeException e) {
                    // nothing more can be done while the JVM stops; the name says what it is
                }
            }
            IN_FLIGHT.clear();
        }
    }

    /** Makes the rename durable where the platform allows a folder to be synced (not on Windows). */
    private static void syncFolder(Path dir) {
        try (FileChannel folder = FileChannel.open(dir, StandardOpenOption.READ)) {
            folder.force(true);
        } catch (IOException | RuntimeException e) {
            // best effort: the file itself is synced; only the rename may be lost on power loss
        }
    }
}
