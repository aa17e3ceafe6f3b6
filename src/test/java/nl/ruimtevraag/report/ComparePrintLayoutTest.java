package nl.ruimtevraag.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The compare and sweep workbooks as a client receives them: LibreOffice's PDF export (one export
 * run for both) of a Monte Carlo comparison of three scenarios over different regions and of a sweep
 * of six variants, read with PDFBox. Every page's text, the charts' included, prints at 8.5 pt or
 * more; every page carries the header and footer; each chart prints whole on one page with its
 * source line; and LibreOffice recalculates every formula (the chart sheets' links to the tables
 * included) to the value we cached.
 */
class ComparePrintLayoutTest {
    private static final Path ROOT = Path.of(System.getProperty("project.root", "."));
    /** Body text (10 pt) at the smallest print scale, 85 %. */
    static final double MIN_POINTS = 8.5;

    @TempDir
    static Path dir;
    private static List<PdfText.Page> compare;
    private static List<PdfText.Page> sweep;
    private static List<Path> recalculated;

    @BeforeAll
    static void export() throws IOException, InterruptedException {
        LibreOffice.require("soffice");
        Path scenarios = ROOT.resolve("scenarios");
        QuietCli.run("compare", scenarios.resolve("basis.yaml").toString(), scenarios.resolve("transformatie-randstad.yaml").toString(),
                scenarios.resolve("circulair-versneld.yaml").toString(), "--draws", "200", "--pair", "2,3",
                "-o", dir.resolve("vergelijking.xlsx").toString());
        QuietCli.run("sweep", scenarios.resolve("basis.yaml").toString(), "--vary", "planning_reserve=0%,10%,20%",
                "--vary", "economy.method=mean,trend", "--format", "xlsx", "-o", dir.resolve("sweep.xlsx").toString());
        List<Path> pdfs = LibreOffice.convert(dir, "pdf", List.of(dir.resolve("vergelijking.xlsx"), dir.resolve("sweep.xlsx")));
        compare = PdfText.pages(pdfs.get(0));
        sweep = PdfText.pages(pdfs.get(1));
        recalculated = LibreOffice.convert(dir, "xlsx", List.of(dir.resolve("vergelijking.xlsx"), dir.resolve("sweep.xlsx")));
    }

    @Test
    void everyPageOfTheComparisonPrintsAtEightAndAHalfPointOrMore() {
        assertReadable("compare", compare);
    }

    @Test
    void everyPageOfTheSweepPrintsAtEightAndAHalfPointOrMore() {
        assertReadable("sweep", sweep);
    }

    private static void assertReadable(String what, List<PdfText.Page> pages) {
        List<String> small = PdfText.below(pages, MIN_POINTS);
        assertTrue(small.isEmpty(), what + ": text below " + MIN_POINTS + " pt on " + small.size() + " of "
                + pages.size() + " pages, first " + small.subList(0, Math.min(3, small.size())));
    }

    @Test
    void everyFormulaRecalculatesToItsCachedValue() throws Exception {
        List<Path> ours = List.of(dir.resolve("vergelijking.xlsx"), dir.resolve("sweep.xlsx"));
        for (int i = 0; i < ours.size(); i++) {
            try (org.apache.poi.xssf.usermodel.XSSFWorkbook mine = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                    java.nio.file.Files.newInputStream(ours.get(i)));
                 org.apache.poi.xssf.usermodel.XSSFWorkbook theirs = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                         java.nio.file.Files.newInputStream(recalculated.get(i)))) {
                List<String> problems = RecalcCheck.mismatches(mine, theirs);
                assertTrue(problems.isEmpty(), ours.get(i).getFileName() + ": " + problems.size() + " mismatches, first: "
                        + problems.stream().limit(5).toList());
                assertTrue(RecalcCheck.formulaCount(mine) > (i == 0 ? 100 : 10), ours.get(i) + ": its formulas");
            }
        }
    }

    @Test
    void everyPageCarriesItsHeaderAndFooter() {
        PdfText.assertHeaderAndFooter(compare);
        PdfText.assertHeaderAndFooter(sweep);
    }

    @Test
    void eachChartPrintsWholeOnOnePageWithItsSourceLine() {
        assertWhole(compare, "Extra ha nodig per regio t/m ", List.of(2030, 2040, 2050), "Bron: ruimtevraag, blad Vergelijking");
        assertWhole(sweep, "Extra ha nodig per variant t/m ", List.of(2030, 2040, 2050), "Bron: ruimtevraag, blad Sweep");
    }

    /** Each chart's title is on exactly one page, and that page has as many source lines as chart titles. */
    private static void assertWhole(List<PdfText.Page> pages, String title, List<Integer> ends, String source) {
        for (int end : ends) {
            String t = title + end + " (ha)";
            long on = pages.stream().filter(p -> p.text().contains(t)).count();
            assertEquals(1, on, "'" + t + "' is on one page");
        }
        for (PdfText.Page p : pages) {
            int titles = p.text().split(Pattern.quote(title), -1).length - 1;
            int sources = p.text().split(Pattern.quote(source), -1).length - 1;
            assertEquals(titles, sources, "page " + p.number() + ": a source line under every chart");
        }
    }
}
