package nl.ruimtevraag.report;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The text of a PDF as a reader sees it on paper: per page the height of every glyph after all
 * scaling (the glyph's text rendering matrix: font size x text matrix x the page's transformation,
 * which is where a fit-to-page print shrinks the text), in points. Test code; {@code main} prints
 * the smallest text of every page of the PDFs it is given.
 */
final class PdfText {
    /** One run of text of one size on a page. */
    record Run(int page, double points, String text) {
    }

    /** A page: its number (1-based), its smallest text height and the runs of that height or below 8 pt. */
    /**
     * Every page carries the house header and footer: "pagina x van y" with its own number and the page
     * count, the scenario (basis) and today's run date.
     */
    static void assertHeaderAndFooter(List<Page> pages) {
        java.util.regex.Pattern pageOf = java.util.regex.Pattern.compile("pagina (\\d+) van (\\d+)");
        String date = RunDate.text(RunDate.today(), Language.NL);
        for (Page p : pages) {
            java.util.regex.Matcher m = pageOf.matcher(p.text());
            org.junit.jupiter.api.Assertions.assertTrue(m.find(), "page " + p.number() + " has no page number");
            org.junit.jupiter.api.Assertions.assertEquals(p.number(), Integer.parseInt(m.group(1)), "page " + p.number());
            org.junit.jupiter.api.Assertions.assertEquals(pages.size(), Integer.parseInt(m.group(2)), "page " + p.number());
            org.junit.jupiter.api.Assertions.assertTrue(p.text().contains("scenario: basis"), "page " + p.number());
            org.junit.jupiter.api.Assertions.assertTrue(p.text().contains(date), "page " + p.number() + " lacks the date " + date);
        }
    }

    /** Each page with text below {@code minPoints}: its number and the small runs of text. */
    static List<String> below(List<Page> pages, double minPoints) {
        List<String> small = new ArrayList<>();
        for (Page p : pages) {
            if (p.minPoints() < minPoints) {
                small.add("page " + p.number() + ": " + p.small());
            }
        }
        return small;
    }

    record Page(int number, double minPoints, List<Run> small, String text) {
    }

    private PdfText() {
    }

    static List<Page> pages(Path pdf) throws IOException {
        List<Page> pages = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                Collector c = new Collector();
                c.setStartPage(p);
                c.setEndPage(p);
                StringWriter text = new StringWriter();
                c.writeText(doc, text);
                List<Run> runs = new ArrayList<>();
                double min = Double.POSITIVE_INFINITY;
                for (Map.Entry<String, Double> e : c.sizes.entrySet()) {
                    min = Math.min(min, e.getValue());
                }
                for (Map.Entry<String, Double> e : c.sizes.entrySet()) {
                    if (e.getValue() < 8 || e.getValue() == min) {
                        runs.add(new Run(p, e.getValue(), e.getKey()));
                    }
                }
                pages.add(new Page(p, min, runs, text.toString()));
            }
        }
        return pages;
    }

    /** Collects, per line of text, its smallest glyph height. */
    private static final class Collector extends PDFTextStripper {
        final Map<String, Double> sizes = new LinkedHashMap<>();

        Collector() throws IOException {
        }

        @Override
        protected void writeString(String text, List<TextPosition> positions) throws IOException {
            super.writeString(text, positions);
            double min = Double.POSITIVE_INFINITY;
            for (TextPosition t : positions) {
                if (t.getUnicode() == null || t.getUnicode().isBlank()) {
                    continue;
                }
                // the glyph's size on the page: the text rendering matrix's scale (font size included)
                double size = Math.abs(t.getTextMatrix().getScalingFactorY());
                min = Math.min(min, size);
            }
            if (Double.isFinite(min)) {
                sizes.merge(text.strip(), min, Math::min);
            }
        }
    }

    public static void main(String[] args) throws IOException {
        for (String a : args) {
            List<Page> pages = pages(Path.of(a));
            System.out.println(a + ": " + pages.size() + " pages");
            for (Page p : pages) {
                StringBuilder b = new StringBuilder();
                for (Run r : p.small()) {
                    if (b.length() < 200) {
                        b.append(String.format(java.util.Locale.ROOT, " [%.1f %s]", r.points(),
                                r.text().length() > 30 ? r.text().substring(0, 30) : r.text()));
                    }
                }
                String first = p.text().strip().lines().findFirst().orElse("");
                System.out.printf(java.util.Locale.ROOT, "  p%d min %.1f pt  %s |%s%n", p.number(), p.minPoints(),
                        first.length() > 50 ? first.substring(0, 50) : first, b);
            }
        }
    }
}
