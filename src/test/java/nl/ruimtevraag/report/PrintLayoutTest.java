package nl.ruimtevraag.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workbooks as a client receives them: LibreOffice's PDF export of the basis workbook and of a
 * {@code --draws 500 --tornado --explain NB} workbook (one export run for both), read with PDFBox.
 * On every page all text prints at 8 pt or more after the print scaling, every page carries the
 * header and footer (title, scenario, date, "pagina x van y"), and the summary keeps its three
 * period blocks on one page width.
 */
class PrintLayoutTest {
    private static final Path ROOT = Path.of(System.getProperty("project.root", "."));
    /** The smallest text height a reader should get on paper. */
    static final double MIN_POINTS = 8.0;

    @TempDir
    static Path dir;
    private static List<PdfText.Page> basis;
    private static List<PdfText.Page> monteCarlo;

    @BeforeAll
    static void export() throws IOException, InterruptedException {
        LibreOffice.require("soffice");
        String scenario = ROOT.resolve("scenarios").resolve("basis.yaml").toString();
        QuietCli.run("run", scenario, "-o", dir.resolve("basis.xlsx").toString());
        QuietCli.run("run", scenario, "--draws", "500", "--tornado", "--explain", "NB", "-o", dir.resolve("mc.xlsx").toString());
        List<Path> pdfs = LibreOffice.convert(dir, "pdf", List.of(dir.resolve("basis.xlsx"), dir.resolve("mc.xlsx")));
        basis = PdfText.pages(pdfs.get(0));
        monteCarlo = PdfText.pages(pdfs.get(1));
    }

    @Test
    void everyPageOfTheBasisWorkbookPrintsAtEightPointOrMore() {
        assertReadable("basis", basis);
    }

    @Test
    void everyPageOfTheMonteCarloWorkbookPrintsAtEightPointOrMore() {
        assertReadable("--draws 500 --tornado --explain NB", monteCarlo);
    }

    private static void assertReadable(String what, List<PdfText.Page> pages) {
        assertTrue(pages.size() > 10, what + ": " + pages.size() + " pages");
        List<String> small = PdfText.below(pages, MIN_POINTS);
        assertTrue(small.isEmpty(), what + ": text below " + MIN_POINTS + " pt on " + small.size() + " of "
                + pages.size() + " pages, first " + small.subList(0, Math.min(3, small.size())));
    }

    @Test
    void everyPageCarriesTitleScenarioDateAndPageNumber() {
        for (List<PdfText.Page> pages : List.of(basis, monteCarlo)) {
            PdfText.assertHeaderAndFooter(pages);
            for (PdfText.Page p : pages) {
                assertTrue(p.text().contains("Behoefteraming bedrijventerreinen"), "page " + p.number());
            }
        }
    }

    @Test
    void theSummaryPrintsItsPeriodsSideBySideOnOnePageWidth() {
        // page 1 is the cover; the summary's first page holds all three period headers and the caveats
        String summary = basis.get(1).text();
        for (String period : List.of("t/m 2030 (2026-2030)", "t/m 2040 (2026-2040)", "t/m 2050 (2026-2050)")) {
            assertTrue(summary.contains(period), period + " not on the summary's first page:\n" + summary);
        }
        assertTrue(summary.contains("Kanttekeningen"), summary);
    }
}
