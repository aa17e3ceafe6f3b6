package nl.ruimtevraag.report;

import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * How a sheet prints: A4 landscape, with body text (10 pt) at {@link #MIN_SCALE} of its size or
 * larger. A sheet whose columns fit the page width at that scale is fitted to the width (never to
 * one page: rows flow onto as many pages as they need). A wider sheet prints at that scale, split
 * into column blocks at the sheet's group boundaries (a period, an output, a region pair), with
 * the key columns (region, werkmilieu, period) and the header row repeated on every page. Every
 * page gets a header (title, scenario, date) and a footer (version, sheet, "pagina x van y").
 *
 * <p>Widths are estimated as Excel computes them: a column of w characters is 7w + 5 pixels at
 * 96 dpi, 0.75 pt per pixel.
 */
final class PrintLayout {
    /** The smallest print scale: 10 pt body text prints at 8.5 pt or more. */
    static final double MIN_SCALE = 0.85;
    static final double SIDE_MARGIN_IN = 0.4;
    static final double TOP_MARGIN_IN = 0.75;
    static final double HEADER_MARGIN_IN = 0.3;
    /** A4 landscape, in points, inside the margins. */
    static final double PAGE_WIDTH = 842 - 2 * 72 * SIDE_MARGIN_IN;
    static final double PAGE_HEIGHT = 595 - 2 * 72 * TOP_MARGIN_IN;

    /**
     * The texts of every page's header and footer.
     *
     * @param title the workbook's title (the cover's, or the summary's)
     * @param scenario the scenario's name
     * @param date the run date as the reader writes it ("7 december 2026")
     * @param version "ruimtevraag 0.1.0"
     */
    record PageText(String title, String scenario, String date, String version, Language language) {
    }

    /**
     * What the plan gives a sheet's drawings: the print scale (fraction) and the width and height of
     * one page in the sheet's own points, so a chart placed within them is never cut.
     */
    record Plan(double scale, double pageWidth, double pageHeight, int firstPageCols) {
    }

    private PrintLayout() {
    }

    /**
     * Sets up printing of columns 0..lastCol.
     *
     * @param repeatedRow the header row printed on every page, or -1
     * @param keyCols the number of key columns repeated on every page when the sheet is split
     * @param groupStarts the first column of each group of columns that should stay on one page
     *                    (empty: any column may start a page)
     */
    static Plan apply(Sheet sheet, PageText page, int repeatedRow, int keyCols, int lastCol, int... groupStarts) {
        PrintSetup ps = sheet.getPrintSetup();
        ps.setLandscape(true);
        ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
        sheet.setMargin(PageMargin.LEFT, SIDE_MARGIN_IN);
        sheet.setMargin(PageMargin.RIGHT, SIDE_MARGIN_IN);
        sheet.setMargin(PageMargin.TOP, TOP_MARGIN_IN);
        sheet.setMargin(PageMargin.BOTTOM, TOP_MARGIN_IN);
        sheet.setMargin(PageMargin.HEADER, HEADER_MARGIN_IN);
        sheet.setMargin(PageMargin.FOOTER, HEADER_MARGIN_IN);
        // the last call decides: a sheet of several tables (the summary) repeats no header row of one of them
        sheet.setRepeatingRows(repeatedRow >= 0 ? new CellRangeAddress(repeatedRow, repeatedRow, -1, -1) : null);
        if (page != null) {
            headerAndFooter(sheet, page);
        }
        double total = 0;
        for (int c = 0; c <= lastCol; c++) {
            total += columnPoints(sheet, c);
        }
        if (total * MIN_SCALE <= PAGE_WIDTH) {
            // fit to the width only; rows flow onto as many pages as they need
            sheet.setFitToPage(true);
            ps.setFitWidth((short) 1);
            ps.setFitHeight((short) 0);
            double scale = Math.min(1, PAGE_WIDTH / Math.max(1, total));
            double width = Math.max(total, PAGE_WIDTH / scale);
            return new Plan(scale, width, PAGE_HEIGHT / scale, columnsWithin(sheet, 0, width));
        }
        sheet.setFitToPage(false);
        ps.setScale((short) Math.round(MIN_SCALE * 100));
        double capacity = PAGE_WIDTH / MIN_SCALE;
        double keys = 0;
        for (int c = 0; c < keyCols; c++) {
            keys += columnPoints(sheet, c);
        }
        if (keyCols > 0 && keys < capacity / 2) {
            sheet.setRepeatingColumns(new CellRangeAddress(-1, -1, 0, keyCols - 1));
        } else {
            keys = 0;
        }
        boolean[] starts = new boolean[lastCol + 2];
        if (groupStarts.length == 0) {
            java.util.Arrays.fill(starts, true);
        }
        for (int g : groupStarts) {
            if (g <= lastCol) {
                starts[g] = true;
            }
        }
        // walk the groups; a group that does not fit the rest of the page starts a new one
        double used = 0;
        int first = keyCols;
        int firstBreak = -1;
        for (int c = 0; c < keyCols; c++) {
            used += columnPoints(sheet, c);
        }
        int col = first;
        while (col <= lastCol) {
            int end = col + 1;
            while (end <= lastCol && !starts[end]) {
                end++;
            }
            double width = 0;
            for (int c = col; c < end; c++) {
                width += columnPoints(sheet, c);
            }
            if (used + width > capacity && col > first) {
                sheet.setColumnBreak(col - 1);
                firstBreak = firstBreak < 0 ? col : firstBreak;
                used = keys;
                first = col;
            }
            if (used + width > capacity) {
                // a group wider than a page: break it column by column
                for (int c = col; c < end; c++) {
                    double w = columnPoints(sheet, c);
                    if (used + w > capacity && c > first) {
                        sheet.setColumnBreak(c - 1);
                        firstBreak = firstBreak < 0 ? c : firstBreak;
                        used = keys;
                        first = c;
                    }
                    used += w;
                }
            } else {
                used += width;
            }
            col = end;
        }
        return new Plan(MIN_SCALE, capacity, PAGE_HEIGHT / MIN_SCALE,
                firstBreak < 0 ? columnsWithin(sheet, 0, capacity) : firstBreak);
    }

    /** "Title · scenario" left, the date right; the version left, the sheet centred, "pagina x van y" right. */
    static void headerAndFooter(Sheet sheet, PageText page) {
        boolean en = page.language() == Language.EN;
        sheet.getHeader().setLeft(escape(page.title()));
        sheet.getHeader().setCenter(escape("scenario: " + page.scenario()));
        sheet.getHeader().setRight(escape(page.date()));
        sheet.getFooter().setLeft(escape(page.version()));
        sheet.getFooter().setCenter("&A");
        sheet.getFooter().setRight(en ? "page &P of &N" : "pagina &P van &N");
    }

    /** Header and footer texts treat '&' as a code: a literal one is doubled. */
    static String escape(String text) {
        String t = text == null ? "" : text.replace("&", "&&");
        return t.length() > 80 ? t.substring(0, 79) + "…" : t;
    }

    /** A column's width in points, as Excel computes it (7 pixels per character plus 5, at 96 dpi). */
    static double columnPoints(Sheet sheet, int col) {
        return (sheet.getColumnWidth(col) / 256.0 * 7 + 5) * 0.75;
    }

    /** The number of columns from {@code firstCol} whose widths add up to at most {@code points} (at least one). */
    static int columnsWithin(Sheet sheet, int firstCol, double points) {
        double used = 0;
        int c = firstCol;
        while (used + columnPoints(sheet, c) <= points) {
            used += columnPoints(sheet, c);
            c++;
        }
        return Math.max(1, c - firstCol);
    }
}
