package nl.ruimtevraag.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * LibreOffice headless as the independent reader of our workbooks. It runs with its own throwaway
 * profile whose registrymodifications.xcu sets Calc's OOXMLRecalcMode to 0 ("always"): every
 * formula is recalculated on load, so a converted file carries LibreOffice's own results, not our
 * cached ones. Tests skip when soffice is missing on a developer's machine, and fail when it is
 * missing in CI (env CI set): .ci/install-libreoffice.sh installs it there.
 */
final class LibreOffice {
    static final String PROFILE = """
            <?xml version="1.0" encoding="UTF-8"?>
            <oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" \
            xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
            <item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse">\
            <value>0</value></prop></item>
            <item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse">\
            <value>0</value></prop></item>
            </oor:items>
            """;

    private LibreOffice() {
    }

    static Optional<Path> find(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            Path p = Path.of(dir, program);
            if (Files.isExecutable(p)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /** The program, or a skipped test (developer machine) or a failed one (CI) when it is missing. */
    static Path require(String program) {
        Optional<Path> p = find(program);
        if (p.isEmpty()) {
            if (System.getenv("CI") != null) {
                fail(program + " is missing in CI: run .ci/install-libreoffice.sh first");
            }
            Assumptions.abort(program + " not installed (run .ci/install-libreoffice.sh); skipped outside CI");
        }
        return p.get();
    }

    /**
     * Converts the inputs in one soffice run (format e.g. "xlsx" or "pdf") into outDir and returns
     * the converted files in the inputs' order.
     */
    static List<Path> convert(Path work, String format, List<Path> inputs) throws IOException, InterruptedException {
        Path soffice = require("soffice");
        Path profile = work.resolve("lo-profile");
        Files.createDirectories(profile.resolve("user"));
        Files.writeString(profile.resolve("user/registrymodifications.xcu"), PROFILE, StandardCharsets.UTF_8);
        Path outDir = work.resolve("converted-" + format);
        Files.createDirectories(outDir);
        List<String> cmd = new ArrayList<>(List.of(soffice.toString(), "-env:UserInstallation=" + profile.toUri(),
                "--headless", "--norestore", "--nolockcheck", "--convert-to", format, "--outdir", outDir.toString()));
        for (Path in : inputs) {
            cmd.add(in.toString());
        }
        Path log = work.resolve("soffice-" + format + ".log");
        Process process = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!process.waitFor(300, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("soffice did not finish in 300 s: " + Files.readString(log));
        }
        List<Path> out = new ArrayList<>();
        for (Path in : inputs) {
            String name = in.getFileName().toString();
            Path converted = outDir.resolve(name.substring(0, name.lastIndexOf('.')) + "." + format);
            if (!Files.exists(converted)) {
                fail("soffice made no " + converted + ": " + Files.readString(log));
            }
            out.add(converted);
        }
        assertEquals(0, process.exitValue(), "soffice exit code");
        return out;
    }
}
