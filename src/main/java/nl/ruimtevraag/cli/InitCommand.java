package nl.ruimtevraag.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import nl.ruimtevraag.report.AtomicFiles;
import nl.ruimtevraag.scenario.ScenarioInit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code init NAME [--from SCENARIO]}: writes scenarios/NAME.yaml from the commented template, or
 * as a copy of SCENARIO (a file or a built-in name) with its name set. Never overwrites a file, and
 * writes all or nothing (a full disk leaves no empty file).
 */
@Command(name = "init", mixinStandardHelpOptions = true,
        description = {"Create scenarios/NAME.yaml from the commented template, or as a copy of another scenario.",
            "Never overwrites an existing file."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the file was written", "1:the file exists, or SCENARIO cannot be read or written",
            "2:NAME is not a safe file name"})
public final class InitCommand implements Callable<Integer> {
    public static final int FAILED = 1;
    public static final int BAD_NAME = 2;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NAME", description = "name of the new scenario (letters, digits, '.', '-', '_')")
    private String name;

    @Option(names = "--from", paramLabel = "SCENARIO",
            description = "copy this scenario (a file, or a built-in name such as basis) instead of the template;"
                    + " its name is set to NAME and a relative extends is adjusted to the new folder")
    private String from;

    @Option(names = "--dir", paramLabel = "DIR", defaultValue = "scenarios",
            description = "folder to write into (default: ${DEFAULT-VALUE})")
    private Path dir;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Optional<String> bad = ScenarioInit.nameProblem(name);
        if (bad.isPresent()) {
            err.println("error: " + bad.get());
            err.flush();
            return BAD_NAME;
        }
        Path target = dir.resolve(name + ".yaml");
        if (Files.exists(target, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return exists(err, target);
        }
        Path folder = dir.toAbsolutePath();
        while (folder != null && !Files.exists(folder)) {
            folder = folder.getParent(); // created by the write
        }
        if (folder != null && !Files.isDirectory(folder)) {
            err.println("error: cannot write " + target + ": " + folder + " is a file, not a folder");
            err.println("  hint: give a folder with --dir");
            err.flush();
            return FAILED;
        }
        ScenarioInit.Draft draft = from == null ? ScenarioInit.fromTemplate(name) : ScenarioInit.copyOf(from, target, name);
        if (!draft.ok()) {
            err.println("error: " + draft.error());
            err.flush();
            return FAILED;
        }
        try {
            // all or nothing, and never over a file that appeared meanwhile (AtomicFiles.create)
            AtomicFiles.create(target, o -> o.write(draft.text().getBytes(StandardCharsets.UTF_8)));
        } catch (FileAlreadyExistsException e) {
            return exists(err, target);
        } catch (IOException e) {
            err.println("error: cannot write " + target + ": " + Outputs.reason(e));
            err.println("  hint: write elsewhere with --dir; no file was written");
            err.flush();
            return FAILED;
        }
        out.println("wrote " + target + (from == null ? " from the template" : " as a copy of " + from));
        out.println("next: edit it, then check it with `ruimtevraag validate " + target + "`");
        out.flush();
        return 0;
    }

    private static int exists(PrintWriter err, Path target) {
        err.println("error: " + target + " already exists; init never overwrites a file");
        err.println("  hint: choose another NAME, or remove the file first");
        err.flush();
        return FAILED;
    }
}
