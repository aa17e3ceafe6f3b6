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
import nl.ruimtevraag.report.Language;
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
     * all targets before any is written, so a refusal leaves every file as it was. Messages in
     * {@code lang}.
     */
    static void check(List<Path> targets, Replace replace, Language lang) {
        for (Path target : targets) {
            if (Files.isDirectory(target)) {
                throw UserError.of(lang, ExitCodes.FAILURE, "kan " + target + " niet schrijven: het is een map",
                        "geef een bestandsnaam, bijvoorbeeld -o " + target.resolve("raming.xlsx"),
                        "cannot write " + target + ": it is a folder", "give a file name, e.g. -o " + target.resolve("raming.xlsx"));
            }
            Path folder = target.toAbsolutePath().getParent();
            while (folder != null && !Files.exists(folder)) {
                folder = folder.getParent(); // created by the write
            }
            if (folder != null && !Files.isDirectory(folder)) {
                throw UserError.of(lang, ExitCodes.FAILURE, "kan " + target + " niet schrijven: " + folder + " is een bestand, geen map",
                        "controleer het pad bij -o", "cannot write " + target + ": " + folder + " is a file, not a folder",
                        "check the path given with -o");
            }
            if (folder != null && !Files.isWritable(folder)) {
                throw UserError.of(lang, ExitCodes.FAILURE, "kan " + target + " niet schrijven: geen toestemming (de map " + folder
                        + " is alleen-lezen)", "schrijf elders met -o", "cannot write " + target + ": permission denied (the folder "
                        + folder + " is read-only)", "write elsewhere with -o");
            }
            if (!Files.exists(target, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            if (!Files.isRegularFile(target)) {
                throw UserError.of(lang, ExitCodes.FAILURE, "kan " + target + " niet schrijven: het is geen gewoon bestand",
                        "kies een ander bestand met -o", "cannot write " + target + ": it is not a regular file",
                        "choose another file with -o");
            }
            if (!Files.isWritable(target)) {
                throw UserError.of(lang, ExitCodes.FAILURE, "kan " + target + " niet schrijven: het bestand is alleen-lezen",
                        "maak het schrijfbaar, of kies een ander bestand met -o", "cannot write " + target + ": the file is read-only",
                        "make it writable, or choose another file with -o");
            }
            if (replace == Replace.NONE) {
                throw UserError.of(lang, ExitCodes.FAILURE, target + " bestaat al; het blijft zoals het is",
                        "kies een andere map met -o, of voeg --force toe om het te overschrijven",
                        target + " exists; it is left as it is", "choose another folder with -o, or add --force to overwrite it");
            }
            if (replace == Replace.OWN && !OwnFiles.writtenByUs(target)) {
                throw UserError.of(lang, ExitCodes.FAILURE, target + " bestaat al en is niet door ruimtevraag geschreven; het blijft zoals het is",
                        "kies een ander bestand met -o, verplaats het bestand, of voeg --force toe om het te overschrijven",
                        target + " exists and was not written by ruimtevraag; it is left as it is",
                        "choose another file with -o, move the file away, or add --force to overwrite it");
            }
        }
    }

    /**
     * Refuses, before any work, outputs that would land on the same file (-o x.csv --format xlsx,csv)
     * or on one of the run's inputs (-o scenario.yaml): the later write would replace the earlier
     * file, or the input, even with --force.
     */
    static void checkDistinct(List<Path> targets, List<Path> inputs, Language lang) {
        java.util.Map<Path, Path> seen = new java.util.HashMap<>();
        for (Path target : targets) {
            Path other = seen.putIfAbsent(same(target), target);
            if (other != null) {
                throw UserError.of(lang, ExitCodes.INVALID, "twee uitvoerbestanden van deze run zijn hetzelfde bestand: " + target,
                        "geef -o een naam die op .xlsx eindigt, bijvoorbeeld -o raming.xlsx; de CSV en JSON krijgen die naam",
                        "two outputs of this run are the same file: " + target,
                        "give -o a name ending in .xlsx, e.g. -o raming.xlsx; the CSV and JSON take its name");
            }
        }
        for (Path input : inputs) {
            if (input != null && Files.exists(input) && seen.containsKey(same(input))) {
                throw UserError.of(lang, ExitCodes.INVALID, "een uitvoerbestand van deze run zou de invoer " + input + " vervangen",
                        "kies een ander bestand met -o", "an output of this run would replace its input " + input,
                        "choose another file with -o");
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
    static void write(Path target, Replace replace, Language lang, Write write) {
        check(List.of(target), replace, lang);
        try {
            write.to(target);
        } catch (IOException e) {
            throw UserError.of(lang, ExitCodes.FAILURE, "kan " + target + " niet schrijven: " + reason(e, Language.NL),
                    hint(e, Language.NL) + "; eerder geschreven bestanden zijn compleet, " + target + " is ongewijzigd",
                    "cannot write " + target + ": " + reason(e, Language.EN),
                    hint(e, Language.EN) + "; files written before this one are complete, " + target + " is unchanged");
        }
    }

    /** The reason of a write failure in English (init's messages). */
    static String reason(IOException e) {
        return reason(e, Language.EN);
    }

    /** The reason of a write failure; the system's own text where it names no case known here. */
    static String reason(IOException e, Language lang) {
        boolean nl = lang == Language.NL;
        String detail = e instanceof FileSystemException f && f.getReason() != null ? f.getReason() : e.getMessage();
        String lower = detail == null ? "" : detail.toLowerCase(Locale.ROOT);
        if (lower.contains("no space left") || lower.contains("not enough space") || lower.contains("disk full")
                || lower.contains("quota")) {
            return nl ? "de schijf is vol" : "the disk is full";
        }
        if (e instanceof AccessDeniedException) {
            return nl ? "geen toestemming (het bestand is open in een ander programma, of de map is alleen-lezen)"
                    : "permission denied (the file is open in another program, or the folder is read-only)";
        }
        if (e instanceof FileAlreadyExistsException f) {
            return f.getFile() + (nl ? " is een bestand, geen map" : " is a file, not a folder");
        }
        if (e instanceof NoSuchFileException f) {
            return (nl ? "bestand of map bestaat niet: " : "no such file or folder: ") + f.getFile();
        }
        return detail == null || detail.isBlank() ? e.getClass().getSimpleName() : detail;
    }

    private static String hint(IOException e, Language lang) {
        boolean nl = lang == Language.NL;
        String r = reason(e, Language.EN);
        if (r.startsWith("the disk is full")) {
            return nl ? "maak ruimte vrij of schrijf elders met -o" : "free some space or write elsewhere with -o";
        }
        if (e instanceof AccessDeniedException) {
            return nl ? "sluit het bestand in Excel, of schrijf elders met -o" : "close the file in Excel, or write elsewhere with -o";
        }
        return nl ? "controleer het pad, of schrijf elders met -o" : "check the path, or write elsewhere with -o";
    }

    /** The value of -o that means standard output: {@value}. */
    static final String STANDARD_OUTPUT = "-";

    /**
     * The file an -o value (or {@code output.file}) names: {@code fileName} inside it when it is an
     * existing folder or ends with a path separator ({@code -o out/} gives {@code out/basis.xlsx}),
     * else the value itself. Exit 2 for an empty value or one that is no path.
     */
    static Path file(String given, String fileName, Language lang) {
        if (given.isEmpty()) {
            throw UserError.of(lang, ExitCodes.INVALID, "-o is leeg", "geef een bestandsnaam, bijvoorbeeld -o raming.xlsx",
                    "-o is empty", "give a file name, e.g. -o raming.xlsx");
        }
        Path path;
        try {
            path = Path.of(given);
        } catch (java.nio.file.InvalidPathException e) {
            throw UserError.of(lang, ExitCodes.INVALID, "-o " + given + " is geen geldig pad: " + e.getReason(),
                    "geef een bestandsnaam, bijvoorbeeld -o raming.xlsx", "-o " + given + " is not a valid path: " + e.getReason(),
                    "give a file name, e.g. -o raming.xlsx");
        }
        boolean folder = given.endsWith("/") || given.endsWith(java.io.File.separator) || Files.isDirectory(path);
        return folder ? path.resolve(fileName) : path;
    }

    /**
     * {@link #file} for a command that writes only files: {@code -o -} is refused (exit 2), since
     * only {@code run} writes a table to standard output.
     */
    static Path fileOnly(String command, String given, String fileName, Language lang) {
        if (STANDARD_OUTPUT.equals(given)) {
            throw UserError.of(lang, ExitCodes.INVALID, command + " kan niet naar standaarduitvoer schrijven (-o -)",
                    "geef een bestandsnaam, bijvoorbeeld -o out/" + fileName + "; run -o - --format csv schrijft een tabel naar standaarduitvoer",
                    command + " cannot write to standard output (-o -)",
                    "give a file name, e.g. -o out/" + fileName + "; run -o - --format csv writes a table to standard output");
        }
        return file(given, fileName, lang);
    }

    /** {@code out/basis.xlsx} → {@code out/basis.csv}. */
    static Path sibling(Path workbook, String extension) {
        String name = workbook.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        return workbook.resolveSibling(stem + extension);
    }
}
