package nl.ruimtevraag.cli;

import static nl.ruimtevraag.cli.CommandHarness.cli;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import nl.ruimtevraag.cli.CommandHarness.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What validate passes, run runs (issue 23): the limits run met only while writing (a percentile
 * list too long for the workbook, a template that is no workbook or a zip bomb) are scenario errors
 * that validate reports, and run reports the same way before any work, exit 2 at the key's place;
 * before, validate said OK and run ended with exit 1 and a raw exception. compare refuses more
 * scenarios than its sheet holds before it loads one. RunFuzzTest holds the promise for any input.
 */
class ValidateRunAgreementTest {
    @TempDir
    Path dir;

    /** validate and run of the scenario text: both exit 2 with the same located message. */
    private String bothRefuse(String yaml, String location, String expected) throws IOException {
        Path file = dir.resolve("s.yaml");
        Files.writeString(file, yaml, StandardCharsets.UTF_8);
        Result validate = cli("validate", file.toString());
        assertEquals(2, validate.code(), validate.out() + validate.err());
        assertTrue(validate.err().startsWith(file + ":" + location + ": fout: "), validate.err());
        assertTrue(validate.err().contains(expected), validate.err());
        Path out = dir.resolve("uit.xlsx");
        Result run = cli("run", file.toString(), "-q", "-o", out.toString());
        assertEquals(2, run.code(), run.err());
        assertEquals(validate.err().strip(), run.err().strip(), "run says what validate says");
        assertFalse(run.err().contains("Exception"), run.err());
        assertFalse(Files.exists(out));
        return validate.err();
    }

    @Test
    void morePercentilesThanTheWorkbookHolds() throws IOException {
        String many = IntStream.range(1, 6000).mapToObj(i -> String.format(java.util.Locale.ROOT, "%.2f", i / 100.0))
                .collect(Collectors.joining(", "));
        // 5,999 percentiles: the Banden sheet needed 18,000 columns of 16,384 (run: exit 1, IllegalArgumentException)
        bothRefuse("name: p\nextends: basis\nmonte_carlo:\n  draws: 50\n  percentiles: [" + many + "]\n", "5:16",
                "`monte_carlo.percentiles` noemt 5999 percentielen; hoogstens 100");
        String hundred = IntStream.rangeClosed(1, 100).mapToObj(i -> String.valueOf(i * 0.99)).collect(Collectors.joining(", "));
        Path file = dir.resolve("honderd.yaml");
        Files.writeString(file, "name: p\nextends: basis\nmonte_carlo:\n  percentiles: [" + hundred + "]\n");
        assertEquals(0, cli("validate", file.toString()).code(), "100 is allowed");
    }

    @Test
    void aTemplateThatIsNoWorkbook() throws IOException {
        Files.writeString(dir.resolve("notities.xlsx"), "geen werkmap\n");
        bothRefuse("name: t\nextends: basis\noutput:\n  template: " + dir.resolve("notities.xlsx") + "\n", "4:13",
                "`output.template`: sjabloon " + dir.resolve("notities.xlsx") + " is geen bruikbare werkmap");
        bothRefuse("name: t\nextends: basis\noutput:\n  template: " + dir + "\n", "4:13", "is geen gewoon bestand");
        bothRefuse("name: t\nextends: basis\noutput:\n  template: " + dir.resolve("weg.xlsx") + "\n", "4:13", "niet gevonden");
    }

    /** A zip of 600 MB of zeros in 0.6 MB: POI's limits refuse it when it is opened, as run opens it. */
    @Test
    void aZipBombAsTemplate() throws IOException {
        Path bomb = dir.resolve("bom.xlsx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(bomb))) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"
                    .getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("xl/bom.bin"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 600; i++) {
                zip.write(zeros);
            }
        }
        assertTrue(Files.size(bomb) < 2_000_000, "a small file");
        bothRefuse("name: t\nextends: basis\noutput:\n  template: " + bomb + "\n", "4:13", "is geen bruikbare werkmap");
        // the same template as an option: the run's own language, no location
        Result option = cli("run", "--template", bomb.toString(), "-q", "-o", dir.resolve("x.xlsx").toString());
        assertEquals(2, option.code(), option.err());
        assertTrue(option.err().startsWith("fout: --template: sjabloon " + bomb + " is geen bruikbare werkmap"), option.err());
        assertTrue(option.err().contains("tip: sla het sjabloon op als Excel-werkmap"), option.err());
    }

    @Test
    void aGoodTemplatePasses() throws IOException {
        Path file = dir.resolve("s.yaml");
        Files.writeString(file, "name: t\nextends: basis\noutput:\n  template: templates/behoefteraming.xlsx\n");
        Result validate = cli("validate", file.toString());
        assertEquals(0, validate.code(), validate.err());
    }

    @Test
    void compareRefusesMoreScenariosThanItsSheetHoldsBeforeAnyWork() {
        List<String> args = new ArrayList<>(List.of("compare"));
        args.add(dir.resolve("bestaat-niet.yaml").toString()); // not read: the count is checked first
        args.addAll(Collections.nCopies(CompareCommand.MAX_SCENARIOS, "basis"));
        args.addAll(List.of("-o", dir.resolve("c.xlsx").toString()));
        Result r = cli(args.toArray(String[]::new));
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().startsWith("fout: compare vergelijkt hoogstens 50 scenario's naast elkaar, gegeven: 51"), r.err());
        assertTrue(r.err().contains("tip: vergelijk ze in groepen"), r.err());
        assertFalse(Files.exists(dir.resolve("c.xlsx")));
        args.add("--lang");
        args.add("en");
        assertTrue(cli(args.toArray(String[]::new)).err().startsWith("error: compare sets at most 50 scenarios"));
    }
}
