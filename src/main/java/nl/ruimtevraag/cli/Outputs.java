package nl.ruimtevraag.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import nl.ruimtevraag.report.OwnFiles;

/**
 * The output files of a run: checked before anything is computed or written (no clobbering), and
 * write failures turned into one clear message. Exit code 1: none of this is the input's fault.
 */
final class Outputs {
    /** Writes one file (atomically, see AtomicFiles). */
    @FunctionalInterface
    interface Write {
        void to(Path target) throws IOException;
    }

    private Outputs() {
    }

    /** Which existing file a target may replace. */
    enum Replace {
        /** any file (--force) */
        ANY,
        /** only a file ruimtevraag wrote (the default of the commands that write reports) */
        OWN,
        /** none: an existing file is left as it is (data synth without --force) */
        NONE;

        /** ANY with --force, else OWN. */
        static Replace own(boolean force) {
            return force ? ANY : OWN;
        }
    }

    /**
     * Refuses a target that is a folder or a read-only file or lies in a folder that cannot be
     * written (or behind a file), and an existing file that {@code replace} does not allow. Checks
     * all targets before any is written, so a refusal leaves every file as it was.
     */
    static void check(List<Path> targets, Replace replace) {
        for (Path target : targets) {
            if (Files.isDirectory(target)) {
                throw new UserError(ExitCodes.FAILURE, "error: cannot write " + target + ": it is a folder"
                        + "\n  hint: give a file name, e.g. -o " + target.resolve("raming.xlsx"));
            }
            Path folder = target.toAbsolutePath().getParent();
            while (folder != null && !Files.exists(folder)) {
                folder = folder.getParent(); // created by the write
            }
            if (folder != null && !Files.isDirectory(folder)) {
                throw new UserError(ExitCodes.FAILURE, "error: cannot write " + target + ": " + folder + " is a file, not a folder"
                        + "\n  hint: check the path given with -o");
            }
            if (folder != null && !Files.isWritable(folder)) {
                throw new UserError(ExitCodes.FAILURE, "error: cannot write " + target + ": permission denied (the folder " + folder
                        + " is read-only)\n  hint: write elsewhere with -o");
            }
            if (!Files.exists(target, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            if (!Files.isRegularFile(target)) {
                throw new UserError(ExitCodes.FAILURE, "error: cannot write " + target + ": it is not a regular file"
                        + "\n  hint: choose another file with -o");
            }
            if (!Files.isWritable(target)) {
                throw new UserError(ExitCodes.FAILURE, "error: cannot write " + target + ": the file is read-only"
                        + "\n  hint: make it writable, or choose another file with -o");
            }
            if (replace == Replace.NONE) {
                throw new UserError(ExitCodes.FAILURE, "error: " + target + " exists; it is left as it is"
                        + "\n  hint: choose another folder with -o, or add --force to overwrite it");
            }
            if (replace == Replace.OWN && !OwnFiles.writtenByUs(target)) {
                throw new UserError(ExitCodes.FAILURE, "error: " + target + " exists and was not written by ruimtevraag; it is left as it is"
                        + "\n  hint: choose another file with -o, move the file away, or add --force to overwrite it");
            }
        }
    }

    /**
     * Refuses, before any work, outputs that would land on the same file (-o x.csv --format xlsx,csv)
     * or on one of the run's inputs (-o scenario.yaml): the later write would replace the earlier
     * file, or the input, even with --force.
     */
    static void checkDistinct(List<Path> targets, List<Path> inputs) {
        java.util.Map<Path, Path> seen = new java.util.HashMap<>();
        for (Path target : targets) {
            Path other = seen.putIfAbsent(same(target), target);
            if (other != null) {
                throw new UserError(ExitCodes.INVALID, "error: two outputs of this run are the same file: " + target
                        + "\n  hint: give -o a name ending in .xlsx, e.g. -o raming.xlsx; the CSV and JSON take its name");
            }
        }
        for (Path input : inputs) {
            if (input != null && Files.exists(input) && seen.containsKey(same(input))) {
                throw new UserError(ExitCodes.INVALID, "error: an output of this run would replace its input " + input
                        + "\n  hint: choose another file with -o");
            }
        }
    }

    private static Path same(Path p) {
        try {
            Path absolute = p.toAbsolutePath().normalize();
            Path folder = absolute.getParent();
            return folder != null && Files.isDirectory(folder) ? folder.toRealPath().resolve(absolute.getFileName()) : absolute;
        } catch (IOException e) {
            return p.toAbsolutePath().normalize();
        }
    }

    /**
     * Writes the target; an I/O failure becomes a message that names the file and the reason. The
     * target is checked again first ({@link #check}): a foreign file saved there while the run
     * computed is kept.
     */
    static void write(Path target, Replace replace, Write write) {
        check(List.of(target), replace);
        try {
            write.to(target);
        } catch (IOException e) {
            throw new UserError(ExitCodes.FAILURE, "error: cannot write " + target + ": " + reason(e)
                    + "\n  hint: " + hint(e) + "; files written before this one are complete, " + target + " is unchanged");
        }
    }

    static String reason(IOException e) {
        String detail = e instanceof FileSystemException f && f.getReason() != null ? f.getReason() : e.getMessage();
        String lower = detail == null ? "" : detail.toLowerCase(Locale.ROOT);
        if (lower.contains("no space left") || lower.contains("not enough space") || lower.contains("disk full")
                || lower.contains("quota")) {
            return "the disk is full";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied (the file is open in another program, or the folder is read-only)";
        }
        if (e instanceof FileAlreadyExistsException f) {
            return f.getFile() + " is a file, not a folder";
        }
        if (e instanceof NoSuchFileException f) {
            return "no such file or folder: " + f.getFile();
        }
        return detail == null || detail.isBlank() ? e.getClass().getSimpleName() : detail;
    }

    private static String hint(IOException e) {
        String r = reason(e);
        if (r.startsWith("the disk is full")) {
            return "free some space or write elsewhere with -o";
        }
        if (e instanceof AccessDeniedException) {
            return "close the file in Excel, or write elsewhere with -o";
        }
        return "check the path, or write elsewhere with -o";
    }

    /** The value of -o that means standard output: {@value}. */
    static final String STANDARD_OUTPUT = "-";

    /**
     * The file an -o value (or {@code output.file}) names: {@code fileName} inside it when it is an
     * existing folder or ends with a path separator ({@code -o out/} gives {@code out/basis.xlsx}),
     * else the value itself. Exit 2 for an empty value or one that is no path.
     */
    static Path file(String given, String fileName) {
        if (given.isEmpty()) {
            throw new UserError(ExitCodes.INVALID, "error: -o is empty\n  hint: give a file name, e.g. -o raming.xlsx");
        }
        Path path;
        try {
            path = Path.of(given);
        } catch (java.nio.file.InvalidPathException e) {
            throw new UserError(ExitCodes.INVALID, "error: -o " + given + " is not a valid path: " + e.getReason()
                    + "\n  hint: give a file name, e.g. -o raming.xlsx");
        }
        boolean folder = given.endsWith("/") || given.endsWith(java.io.File.separator) || Files.isDirectory(path);
        return folder ? path.resolve(fileName) : path;
    }

    /**
     * {@link #file} for a command that writes only files: {@code -o -} is refused (exit 2), since
     * only {@code run} writes a table to standard output.
     */
    static Path fileOnly(String command, String given, String fileName) {
        if (STANDARD_OUTPUT.equals(given)) {
            throw new UserError(ExitCodes.INVALID, "error: " + command + " cannot write to standard output (-o -)"
                    + "\n  hint: give a file name, e.g. -o out/" + fileName + "; run -o - --format csv writes a table to standard output");
        }
        return file(given, fileName);
    }

    /** {@code out/basis.xlsx} → {@code out/basis.csv}. */
    static Path sibling(Path workbook, String extension) {
        String name = workbook.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        return workbook.resolveSibling(stem + extension);
    }
}
