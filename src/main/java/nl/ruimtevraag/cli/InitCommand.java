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
import nl.ruimtevraag.report.Language;
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
@Command(name = "init", mixinStandardHelpOptions = true)
public final class InitCommand implements Callable<Integer> {
    /** --lang: the language of the help and of the messages (help texts: HelpTexts.properties) */
    @picocli.CommandLine.Mixin
    LanguageOption languageOption = new LanguageOption();

    public static final int FAILED = 1;
    public static final int BAD_NAME = 2;

    @Spec
    private CommandSpec spec;

    @Parameters(descriptionKey = "name", index = "0", paramLabel = "NAME")
    private String name;

    @Option(names = "--from", paramLabel = "SCENARIO")
    private String from;

    @Option(names = "--dir", paramLabel = "DIR", defaultValue = "scenarios")
    private Path dir;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Language lang = languageOption.language();
        Optional<nl.ruimtevraag.model.Text> bad = ScenarioInit.whyUnsafe(name);
        if (bad.isPresent()) {
            return fail(err, UserError.of(lang, BAD_NAME, bad.get().nl(), "",
                    bad.get().en(), ""));
        }
        Path target = dir.resolve(name + ".yaml");
        if (Files.exists(target, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return exists(err, target, lang);
        }
        Path folder = dir.toAbsolutePath();
        while (folder != null && !Files.exists(folder)) {
            folder = folder.getParent(); // created by the write
        }
        if (folder != null && !Files.isDirectory(folder)) {
            return fail(err, UserError.of(lang, FAILED, target + " kan niet geschreven worden: " + folder + " is een bestand, geen map",
                    "geef een map met --dir", "cannot write " + target + ": " + folder + " is a file, not a folder",
                    "give a folder with --dir"));
        }
        ScenarioInit.Draft draft = from == null ? ScenarioInit.fromTemplate(name) : ScenarioInit.copyOf(from, target, name);
        if (!draft.ok()) {
            // the reason is worded by scenario.ScenarioInit (in English)
            return fail(err, UserError.of(lang, FAILED, draft.error(), "", draft.error(), ""));
        }
        try {
            // all or nothing, and never over a file that appeared meanwhile (AtomicFiles.create)
            AtomicFiles.create(target, o -> o.write(draft.text().getBytes(StandardCharsets.UTF_8)));
        } catch (FileAlreadyExistsException e) {
            return exists(err, target, lang);
        } catch (IOException e) {
            return fail(err, UserError.of(lang, FAILED, target + " kan niet geschreven worden: " + Outputs.reason(e, Language.NL),
                    "schrijf elders met --dir; er is geen bestand geschreven", "cannot write " + target + ": "
                    + Outputs.reason(e, Language.EN), "write elsewhere with --dir; no file was written"));
        }
        if (lang == Language.EN) {
            out.println("wrote " + target + (from == null ? " from the template" : " as a copy of " + from));
            out.println("next: edit it, then check it with `ruimtevraag validate " + target + "`");
        } else {
            out.println("geschreven: " + target + (from == null ? " uit het sjabloon" : " als kopie van " + from));
            out.println("verder: pas het aan en controleer het met `ruimtevraag validate " + target + "`");
        }
        out.flush();
        return 0;
    }

    private static int exists(PrintWriter err, Path target, Language lang) {
        return fail(err, UserError.of(lang, FAILED, target + " bestaat al; init overschrijft nooit een bestand",
                "kies een andere NAME, of verwijder eerst het bestand", target + " already exists; init never overwrites a file",
                "choose another NAME, or remove the file first"));
    }

    /** The message on standard error; its exit code. */
    private static int fail(PrintWriter err, UserError e) {
        err.println(e.getMessage());
        err.flush();
        return e.exitCode();
    }
}
