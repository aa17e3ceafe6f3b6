package nl.ruimtevraag.cli;

import static nl.ruimtevraag.cli.CommandHarness.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import nl.ruimtevraag.cli.CommandHarness.Result;
import nl.ruimtevraag.report.Language;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No clobbering: run overwrites a file only when ruimtevraag wrote it (or with --force); targets
 * that cannot be written get one clear message and exit 1, and nothing is half written.
 */
class OutputSafetyTest {
    @TempDir
    Path dir;


    private Result run(Path workbook, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("run", "-q", "-o", workbook.toString(), "--template", "none"));
        args.addAll(List.of(more));
        if (!args.contains("--draws")) {
            args.addAll(List.of("--draws", "0")); // the basis has Monte Carlo draws; these tests are about the files
        }
        if (!args.contains("--lang")) {
            args.addAll(List.of("--lang", "en")); // the messages these tests read; Dutch is the default (dutchByDefault)
        }
        return cli(args.toArray(String[]::new));
    }

    private static void refused(Result r, Path file, String reason) {
        assertEquals(ExitCodes.FAILURE, r.code(), r.err());
        assertTrue(r.err().startsWith("error: "), r.err());
        assertTrue(r.err().contains(file.toString()), "names the file: " + r.err());
        assertTrue(r.err().contains(reason), "expected '" + reason + "' in: " + r.err());
        assertFalse(r.err().contains("\tat "), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
    }

    @Test
    void dataSynthLeavesAnExistingDataSetAloneUnlessForced() throws IOException {
        Path data = dir.resolve("data");
        Files.createDirectories(data);
        Path supply = Files.writeString(data.resolve("supply.csv"), "my own figures\n");
        Result r = cli("data", "synth", "--regions", "3", "-q", "-o", data.toString(), "--lang", "en");
        refused(r, supply, "is left as it is");
        Result dutch = cli("data", "synth", "--regions", "3", "-q", "-o", data.toString());
        assertEquals(ExitCodes.FAILURE, dutch.code(), dutch.err());
        assertTrue(dutch.err().startsWith("fout: " + supply + " bestaat al; het blijft zoals het is"), dutch.err());
        assertEquals("my own figures\n", Files.readString(supply), "untouched");
        assertEquals(List.of("supply.csv"), List.of(data.toFile().list()), "nothing written");

        Result forced = cli("data", "synth", "--regions", "3", "-q", "--force", "-o", data.toString());
        assertEquals(0, forced.code(), forced.err());
        assertTrue(Files.readString(supply).startsWith("region_id,werkmilieu,kind,hectares"), "replaced");
        assertEquals(7, data.toFile().list().length);
    }

    @Test
    void outputsThatWouldOverwriteEachOtherOrAnInputAreRefusedBeforeAnyWork() throws IOException {
        Result same = cli("run", "-q", "--template", "none", "-o", dir.resolve("x.csv").toString(), "--format", "xlsx,csv");
        assertEquals(ExitCodes.INVALID, same.code(), same.err());
        assertTrue(same.err().startsWith("fout: twee uitvoerbestanden van deze run zijn hetzelfde bestand"), same.err());
        assertEquals(List.of(), names(), "nothing written");

        Path scenario = Files.writeString(dir.resolve("s.yaml"), "extends: basis\n");
        Result input = cli("run", scenario.toString(), "-q", "--force", "--lang", "en", "-o", scenario.toString());
        assertEquals(ExitCodes.INVALID, input.code(), input.err());
        assertTrue(input.err().contains("would replace its input " + scenario), input.err());
        assertEquals("extends: basis\n", Files.readString(scenario), "the scenario is left as it was");
    }

    @Test
    void aForeignFileSavedWhileTheRunComputedIsKept() throws IOException {
        Path target = dir.resolve("raming.csv");
        Outputs.check(List.of(target), Outputs.Replace.OWN, Language.EN); // the check before the computation: nothing there yet
        Files.writeString(target, "someone's notes\n"); // saved meanwhile
        UserError e = org.junit.jupiter.api.Assertions.assertThrows(UserError.class,
                () -> Outputs.write(target, Outputs.Replace.OWN, Language.EN, t -> Files.writeString(t, "ours")));
        assertEquals(ExitCodes.FAILURE, e.exitCode());
        assertTrue(e.getMessage().contains("was not written by ruimtevraag"), e.getMessage());
        assertEquals("someone's notes\n", Files.readString(target));
    }

    @Test
    void rerunsOverwriteTheirOwnFiles() throws IOException {
        Path xlsx = dir.resolve("raming.xlsx");
        assertEquals(0, run(xlsx, "--format", "xlsx,csv,json", "--lang", "nl").code());
        byte[] first = Files.readAllBytes(xlsx);
        Result again = run(xlsx, "--format", "xlsx,csv,json", "--lang", "en");
        assertEquals(0, again.code(), again.err());
        assertFalse(java.util.Arrays.equals(first, Files.readAllBytes(xlsx)), "replaced");
        assertEquals(List.of("raming.csv", "raming.json", "raming.xlsx"), names());
    }

    @Test
    void aWorkbookSomeoneElseMadeIsLeftAlone() throws IOException {
        Path xlsx = dir.resolve("klant.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(xlsx)) {
            wb.createSheet("Begroting").createRow(0).createCell(0).setCellValue("de klant zijn werk");
            wb.write(out);
        }
        byte[] before = Files.readAllBytes(xlsx);
        refused(run(xlsx), xlsx, "was not written by ruimtevraag");
        assertArrayEquals(before, Files.readAllBytes(xlsx));

        assertEquals(0, run(xlsx, "--force").code());
        assertFalse(java.util.Arrays.equals(before, Files.readAllBytes(xlsx)));
        assertTrue(nl.ruimtevraag.report.OwnFiles.writtenByUs(xlsx), "ours now, so a rerun may replace it");
    }

    @Test
    void anyOtherFileUnderTheNameIsLeftAlone() throws IOException {
        Path xlsx = Files.writeString(dir.resolve("notities.xlsx"), "mijn aantekeningen");
        refused(run(xlsx), xlsx, "was not written by ruimtevraag");
        assertEquals("mijn aantekeningen", Files.readString(xlsx));
        assertEquals(List.of("notities.xlsx"), names());
    }

    @Test
    void aForeignCsvOrJsonStopsTheRunBeforeAnythingIsWritten() throws IOException {
        Path xlsx = dir.resolve("r.xlsx");
        Path csv = Files.writeString(dir.resolve("r.csv"), "gemeente,hectares\nUtrecht,12\n");
        refused(run(xlsx, "--format", "xlsx,csv"), csv, "was not written by ruimtevraag");
        assertEquals(List.of("r.csv"), names(), "the workbook is not written either");
        assertEquals("gemeente,hectares\nUtrecht,12\n", Files.readString(csv));

        Path json = Files.writeString(dir.resolve("r.json"), "{\"config\": true}\n");
        Files.delete(csv);
        refused(run(xlsx, "--format", "xlsx,json"), json, "was not written by ruimtevraag");
        assertEquals(List.of("r.json"), names());

        assertEquals(0, run(xlsx, "--format", "xlsx,csv,json", "--force").code());
        for (Path f : List.of(xlsx, csv, json)) {
            assertTrue(nl.ruimtevraag.report.OwnFiles.writtenByUs(f), "ours now: " + f);
        }
    }

    /** An output name of 250 bytes is written (the temporary name once added 20 bytes: "File name too long"). */
    @Test
    void aLongOutputNameIsWritten() throws IOException {
        Path csv = dir.resolve("lang".repeat(61) + "-x.csv");
        assertEquals(250, csv.getFileName().toString().length());
        Result r = run(csv, "--format", "csv");
        assertEquals(0, r.code(), r.err());
        assertEquals(List.of(csv.getFileName().toString()), names());
    }

    @Test
    void aFolderAsTarget() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("map").resolve("basis.xlsx"));
        refused(run(dir.resolve("map"), "--force"), folder, "it is a folder");
    }

    /** -o with a folder (an existing one, or a path ending in /) writes the scenario's files inside it. */
    @Test
    void aFolderAsOutputGetsTheScenarioNamedFiles() throws IOException {
        Result fresh = cli("run", "-q", "--template", "none", "--draws", "0", "--format", "xlsx,csv", "-o", dir.resolve("nieuw") + "/");
        assertEquals(0, fresh.code(), fresh.err());
        assertEquals(List.of("basis.csv", "basis.xlsx"), names(dir.resolve("nieuw")));

        Path existing = Files.createDirectory(dir.resolve("bestaand"));
        Result r = run(existing, "--format", "json");
        assertEquals(0, r.code(), r.err());
        assertEquals(List.of("basis.json"), names(existing));

        Result compare = cli("compare", "-q", "basis", "basis", "-o", existing.toString());
        assertEquals(0, compare.code(), compare.err());
        assertTrue(Files.isRegularFile(existing.resolve("vergelijking.xlsx")));
    }

    @Test
    void aFileWhereAFolderShouldBe() throws IOException {
        Path file = Files.writeString(dir.resolve("out"), "x");
        Path xlsx = file.resolve("raming.xlsx");
        refused(run(xlsx), xlsx, "is a file, not a folder");
        assertEquals("x", Files.readString(file));
    }

    @Test
    void aReadOnlyTarget() throws IOException {
        Path probe = Files.writeString(dir.resolve("probe"), "x");
        assumeTrue(probe.toFile().setWritable(false) && !Files.isWritable(probe), "not enforceable here (root)");
        Path xlsx = dir.resolve("r.xlsx");
        assertEquals(0, run(xlsx).code());
        xlsx.toFile().setWritable(false);
        try {
            refused(run(xlsx, "--force"), xlsx, "read-only");
        } finally {
            xlsx.toFile().setWritable(true);
        }
    }

    @Test
    void aFolderThatCannotBeWritten() throws IOException {
        Path locked = Files.createDirectory(dir.resolve("locked"));
        assumeTrue(locked.toFile().setWritable(false) && !Files.isWritable(locked), "not enforceable here (root)");
        try {
            Path xlsx = locked.resolve("r.xlsx");
            refused(run(xlsx), xlsx, "permission denied");
        } finally {
            locked.toFile().setWritable(true);
        }
    }

    @Test
    void writeFailuresAreWordedForTheUser() {
        assertEquals("the disk is full", Outputs.reason(new FileSystemException("/x/.r.xlsx.1.tmp", null, "No space left on device")));
        assertTrue(Outputs.reason(new AccessDeniedException("/x/r.xlsx")).startsWith("permission denied"));
        UserError e = org.junit.jupiter.api.Assertions.assertThrows(UserError.class, () -> Outputs.write(dir.resolve("r.csv"), Outputs.Replace.OWN, Language.EN, t -> {
            throw new FileSystemException(t.toString(), null, "No space left on device");
        }));
        assertEquals(ExitCodes.FAILURE, e.exitCode());
        assertTrue(e.getMessage().startsWith("error: cannot write " + dir.resolve("r.csv") + ": the disk is full"), e.getMessage());
    }

    @Test
    void theOwnershipMarkers() throws IOException {
        Path csv = Files.writeString(dir.resolve("a.csv"), "scenario,region,werkmilieu,period,measure,value\nb,NB,zwaar,2025-2030,vraag,1\n");
        Path json = Files.writeString(dir.resolve("a.json"), "[\n{\"scenario\":\"b\",\"region\":\"NB\",\"werkmilieu\":\"zwaar\",\"period\":\"2025-2030\",\"measure\":\"vraag\",\"value\":1.5,\"p10\":null}\n]\n", StandardCharsets.UTF_8);
        Path otherCsv = Files.writeString(dir.resolve("b.csv"), "scenario,region\n");
        assertTrue(nl.ruimtevraag.report.OwnFiles.writtenByUs(csv));
        assertTrue(nl.ruimtevraag.report.OwnFiles.writtenByUs(json));
        assertFalse(nl.ruimtevraag.report.OwnFiles.writtenByUs(otherCsv));
        assertFalse(nl.ruimtevraag.report.OwnFiles.writtenByUs(Files.write(dir.resolve("z.xlsx"), new byte[] {'P', 'K', 3, 4})));
    }

    /** Markers users would not write by hand: a JSON [] or a CSV starting sweep_variant, is not ours (issue 23). */
    @Test
    void weakLookAlikesAreNotOurs() throws IOException {
        for (String[] foreign : new String[][] {
                {"leeg.json", "[]\n"},
                {"ander.json", "[{\"scenario\":\"Q3 budget\",\"owner\":\"finance\"}]\n"},
                {"rij.json", "[{\"scenario\":\"b\",\"region\":\"NB\",\"werkmilieu\":\"zwaar\",\"period\":\"x\",\"measure\":\"m\",\"value\":1,\"note\":\"mine\"}]"},
                {"sw.csv", "sweep_variant,my,own,columns\n1,2,3,4\n"},
                {"sw2.csv", "sweep_variant,x\n1,2\n"},
                {"lang.csv", "scenario,region,werkmilieu,period,measure,value,owner\n"},
                {"banden.csv", "scenario,draws,seed,region,werkmilieu,period_end,output,point,mean\n"}}) {
            Path f = Files.writeString(dir.resolve(foreign[0]), foreign[1]);
            assertFalse(nl.ruimtevraag.report.OwnFiles.writtenByUs(f), foreign[0]);
        }
        Path json = dir.resolve("leeg.json");
        refused(run(dir.resolve("leeg.xlsx"), "--format", "json"), json, "was not written by ruimtevraag");
        assertEquals("[]\n", Files.readString(json));
        Path sweepCsv = dir.resolve("sw.csv");
        Result sweep = cli("sweep", "basis", "-q", "--vary", "planning_reserve=5%,10%", "--format", "csv", "--lang", "en",
                "-o", dir.resolve("sw.xlsx").toString());
        refused(sweep, sweepCsv, "was not written by ruimtevraag");
        assertEquals("sweep_variant,my,own,columns\n1,2,3,4\n", Files.readString(sweepCsv));
    }

    /** Every CSV and JSON kind ruimtevraag writes is recognised as its own, so a rerun replaces it. */
    @Test
    void everyKindOfOurFilesIsRecognised() throws IOException {
        assertEquals(0, run(dir.resolve("mc.xlsx"), "--format", "csv,json", "--draws", "20").code());
        Path sweepCsv = dir.resolve("sw.csv");
        Result sweep = cli("sweep", "basis", "-q", "--vary", "planning_reserve=5%,10%", "--vary", "economy.method=mean,trend",
                "--format", "csv", "-o", dir.resolve("sw.xlsx").toString());
        assertEquals(0, sweep.code(), sweep.err());
        assertEquals(0, cli("sensitivity", "-q", "-o", dir.resolve("gv.csv").toString()).code());
        assertEquals(List.of("gv.csv", "mc-banden.csv", "mc.csv", "mc.json", "sw.csv"), names());
        for (String name : names()) {
            assertTrue(nl.ruimtevraag.report.OwnFiles.writtenByUs(dir.resolve(name)), name);
        }
    }

    /** The messages follow the run's language: Dutch by default, English with --lang en (or output.language: en). */
    @Test
    void dutchByDefault() throws IOException {
        Path csv = Files.writeString(dir.resolve("r.csv"), "gemeente,hectares\n");
        Result nl = cli("run", "-q", "--template", "none", "--format", "csv", "-o", dir.resolve("r.xlsx").toString());
        assertEquals(ExitCodes.FAILURE, nl.code(), nl.err());
        assertEquals("fout: " + csv + " bestaat al en is niet door ruimtevraag geschreven; het blijft zoals het is\n"
                + "  tip: kies een ander bestand met -o, verplaats het bestand, of voeg --force toe om het te overschrijven\n", nl.err());
        Path english = Files.writeString(dir.resolve("en.yaml"), "name: r\noutput:\n  language: en\n");
        Result en = cli("run", english.toString(), "-q", "--template", "none", "--format", "csv", "-o", dir.resolve("r.xlsx").toString());
        assertTrue(en.err().startsWith("error: " + csv + " exists and was not written by ruimtevraag"), en.err());
        assertEquals("gemeente,hectares\n", Files.readString(csv));
    }

    private List<String> names() throws IOException {
        return names(dir);
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
