package nl.ruimtevraag.cli;

import nl.ruimtevraag.model.Text;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.ruimtevraag.model.Problem;
import nl.ruimtevraag.model.Scenario;
import nl.ruimtevraag.scenario.ScenarioLoader;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Whether a house-style template can be used: a regular file of at most {@value #MAX_BYTES} bytes that
 * opens as a workbook the way the report opens it ({@code new XSSFWorkbook(stream)}, with POI's limits
 * on entry sizes and inflation, which refuse a zip bomb). {@code validate} and {@code run} both ask it,
 * before any work, so that what validate passes run can open (docs/reliability.md).
 */
final class TemplateCheck {
    /** Far above a house-style template (the built-in one is 4 KB): 32 MiB. */
    static final long MAX_BYTES = 32L << 20;

    /** Why a template cannot be used, in both languages. */
    record Refusal(String en, String enHint, String nl, String nlHint) {
    }

    private TemplateCheck() {
    }

    /** null when the file can be used as a template, else why not. */
    static Refusal check(Path path) {
        if (!Files.exists(path)) {
            return new Refusal("template " + path + " not found", "give an .xlsx workbook (relative to the current folder), or none",
                    "sjabloon " + path + " niet gevonden", "geef een .xlsx-werkmap (ten opzichte van de huidige map), of none");
        }
        if (!Files.isRegularFile(path)) {
            return new Refusal("template " + path + " is not a regular file (a folder, pipe or device)", "give an .xlsx workbook, or none",
                    "sjabloon " + path + " is geen gewoon bestand (een map, pipe of apparaat)", "geef een .xlsx-werkmap, of none");
        }
        try {
            if (Files.size(path) > MAX_BYTES) {
                return new Refusal("template " + path + " is larger than 32 MiB", "a house-style template needs only its sheets and styles",
                        "sjabloon " + path + " is groter dan 32 MiB", "een huisstijlsjabloon heeft alleen zijn bladen en stijlen nodig");
            }
            try (InputStream in = Files.newInputStream(path); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
                return null;
            }
        } catch (IOException | RuntimeException e) {
            String why = reason(e);
            return new Refusal("template " + path + " is not a usable workbook: " + why,
                    "save the template as an Excel workbook (.xlsx) and try again, or give none",
                    "sjabloon " + path + " is geen bruikbare werkmap: " + why,
                    "sla het sjabloon op als Excel-werkmap (.xlsx) en probeer opnieuw, of geef none");
        }
    }

    /**
     * The scenario's house-style template, checked as run checks it (it must open as a workbook),
     * reported where {@code output.template} is written; null when it is fine or none is named.
     */
    static Problem problem(Scenario s, ScenarioLoader.Parsed parsed) {
        String t = s.output().template();
        if (t.isEmpty() || t.equals("none")) {
            return null;
        }
        Refusal refusal = check(Path.of(t));
        return refusal == null ? null : parsed.problemAt("output.template",
                Text.of("`output.template`: {0}", "`output.template`: {1}", refusal.nl(), refusal.en()), new Text(refusal.nlHint(), refusal.enHint()));
    }

    /** The first line of the exception's message, at most 160 characters. */
    private static String reason(Exception e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().strip();
        int eol = m.indexOf('\n');
        if (eol >= 0) {
            m = m.substring(0, eol).strip();
        }
        return m.length() > 160 ? m.substring(0, 157) + "..." : m;
    }
}
