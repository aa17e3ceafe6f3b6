package nl.ruimtevraag.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every kind of workbook the tool writes, and the shipped template, is valid against the ECMA-376
 * schemas and passes the checks Excel makes beyond them ({@link OoxmlCheck}). The workbooks come
 * from the command line, run in this JVM with small draw counts: {@code run} without Monte Carlo
 * (with the built-in template), with draws, tornado and explain, in English without a template,
 * on a synthetic data set of 40 regions; {@code compare} with draws, {@code sweep} and
 * {@code sensitivity}. Planted faults show that the check fails on each kind of error.
 */
class OoxmlValidityTest {
    private static final Path ROOT = Path.of(System.getProperty("project.root", "."));
    private static final Map<String, byte[]> WORKBOOKS = new LinkedHashMap<>();

    @TempDir
    static Path dir;

    @BeforeAll
    static void write() throws IOException {
        String basis = scenario("basis.yaml");
        QuietCli.run("run", basis, "--draws", "0", "-o", out("basis"));
        QuietCli.run("run", basis, "--draws", "40", "--tornado", "--explain", "NB", "-o", out("montecarlo"));
        QuietCli.run("run", basis, "--draws", "20", "--lang", "en", "--template", "none", "-o", out("english"));
        QuietCli.run("compare", basis, scenario("circulair-versneld.yaml"), "--draws", "20", "-o", out("compare"));
        QuietCli.run("sweep", basis, "--vary", "planning_reserve=10%,20%", "--vary",
                "constraints.netcongestie.relief_year.default=2028,2032", "--format", "xlsx", "-o", out("sweep"));
        QuietCli.run("sensitivity", basis, "-o", out("sensitivity"));
        Path data = dir.resolve("synth40");
        QuietCli.run("data", "synth", "--regions", "40", "--seed", "1", "-o", data.toString());
        Path synthScenario = dir.resolve("synth.yaml");
        Files.writeString(synthScenario, "name: synth40\n", StandardCharsets.UTF_8);
        QuietCli.run("run", synthScenario.toString(), "--data", data.toString(), "--draws", "20", "--tornado", "--explain",
                "GM0001", "-o", out("synth40"));
        for (String name : List.of("basis", "montecarlo", "english", "compare", "sweep", "sensitivity", "synth40")) {
            WORKBOOKS.put(name, Files.readAllBytes(dir.resolve(name + ".xlsx")));
        }
        WORKBOOKS.put("template", Files.readAllBytes(TemplateTest.template()));
    }

    private static String scenario(String file) {
        return ROOT.resolve("scenarios").resolve(file).toString();
    }

    private static String out(String name) {
        return dir.resolve(name + ".xlsx").toString();
    }

    @ParameterizedTest
    @ValueSource(strings = {"basis", "montecarlo", "english", "compare", "sweep", "sensitivity", "synth40", "template"})
    void validAgainstTheSchemasAndExcelsRules(String name) throws IOException {
        List<String> problems = OoxmlCheck.problems(WORKBOOKS.get(name));
        assertTrue(problems.isEmpty(), name + ": " + problems.size() + " problems\n" + String.join("\n",
                problems.subList(0, Math.min(20, problems.size()))));
    }

    @Test
    void everyKindOfPartIsThere() throws IOException {
        // the check validates what is there: make sure the workbooks hold every kind of part the tool writes
        var basis = OoxmlCheck.unzip(WORKBOOKS.get("basis")).keySet();
        for (String part : List.of("[Content_Types].xml", "_rels/.rels", "docProps/core.xml", "docProps/app.xml",
                "docProps/custom.xml", "xl/workbook.xml", "xl/styles.xml", "xl/sharedStrings.xml",
                "xl/worksheets/sheet1.xml", "xl/drawings/drawing1.xml", "xl/charts/chart1.xml", "xl/media/image1.png")) {
            assertTrue(basis.contains(part), part + " in " + basis);
        }
        StringBuilder charts = new StringBuilder();
        OoxmlCheck.unzip(WORKBOOKS.get("montecarlo")).forEach((part, bytes) -> {
            if (part.startsWith("xl/charts/")) {
                charts.append(new String(bytes, StandardCharsets.UTF_8));
            }
        });
        for (String kind : List.of("<c:lineChart>", "<c:barChart>", "<c:barDir val=\"bar\"/>", "<c:grouping val=\"stacked\"/>")) {
            assertTrue(charts.indexOf(kind) >= 0, kind);
        }
    }

    /** Each fault, planted in the basis workbook (part, regular expression, replacement), is found. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            line chart without grouping | xl/charts/chart1.xml | <c:grouping val="standard"/> | `` | Expected element 'grouping@
            fill colour as 3-byte RGB | xl/styles.xml | <fgColor rgb="FF00677F"/> | <fgColor rgb="00677F"/> | ST_UnsignedIntHex
            dangling relationship | xl/drawings/_rels/drawing1.xml.rels | ../charts/chart1.xml | ../charts/chart99.xml | targets a missing part ../charts/chart99.xml
            part without content type | [Content_Types].xml | <Default[^>]*Extension="png"/> | `` | no content type for xl/media/image1.png
            part with the wrong content type | [Content_Types].xml | <Override[^>]*PartName="/xl/styles.xml"/> | `` | xl/styles.xml is application/xml, but a styles relationship
            name of a missing sheet | xl/workbook.xml | >Voorblad!\\$A\\$1< | >Voorplat!\\$A\\$1< | names a missing sheet Voorplat
            style index out of range | xl/worksheets/sheet2.xml | <c r="A1" s="\\d+" | <c r="A1" s="999" | style = 999 but there are only
            rows out of order | xl/worksheets/sheet2.xml | <row r="2"[^>]*> | <row r="1"> | row 1 after row 1
            cell in another row | xl/worksheets/sheet2.xml | <c r="A1" | <c r="A2" | cell A2 in row 1
            overlapping merged cells | xl/worksheets/sheet2.xml | <mergeCell ref="I4:N4"/> | <mergeCell ref="H4:N4"/> | overlaps
            axis crossing a missing axis | xl/charts/chart1.xml | <c:crossAx val="\\d+"/> | <c:crossAx val="4711"/> | crosses axis 4711
            """)
    void aPlantedFaultIsFound(String fault, String part, String regex, String replacement, String expected) throws IOException {
        byte[] faulty = plant(WORKBOOKS.get("basis"), part, regex, replacement == null ? "" : replacement);
        List<String> problems = OoxmlCheck.problems(faulty);
        assertTrue(problems.stream().anyMatch(p -> p.startsWith(part) && p.contains(expected)),
                fault + ": expected '" + expected + "' in " + problems);
    }

    /** The workbook with the first match of regex in part replaced. */
    static byte[] plant(byte[] xlsx, String part, String regex, String replacement) throws IOException {
        Map<String, byte[]> parts = OoxmlCheck.unzip(xlsx);
        String xml = new String(parts.get(part), StandardCharsets.UTF_8);
        String changed = xml.replaceFirst(regex, replacement);
        assertNotEquals(xml, changed, "the fault is planted: " + regex + " in " + part);
        parts.put(part, changed.getBytes(StandardCharsets.UTF_8));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (var e : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
