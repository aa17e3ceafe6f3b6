package nl.ruimtevraag.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.ruimtevraag.uncertainty.Comparison;
import nl.ruimtevraag.uncertainty.TotalOutput;

/**
 * The comparison as aligned text for the terminal: the scenarios by number and name, then per region
 * (and the total) and period end each scenario's demand, realisable supply and strict extra hectares,
 * with the difference against the first scenario and the requested pair. Under Monte Carlo a second
 * table gives the total's P10 / P50 / P90 of the extra hectares and of the per-draw differences.
 * Only the regions every scenario projects are shown (a line names the others); a period end that a
 * scenario lacks shows {@code -}. Dutch or English ({@link Label}),
 * numbers as in {@link ConsoleTable}.
 */
public final class ComparisonTable {
    private static final String MISSING = "-";

    private ComparisonTable() {
    }

    /** The code of a row: a region's, or for the total NL (every scenario projects the whole data set) or Totaal. */
    static String rowCode(Comparison c, int row, Language lang) {
        if (row != c.totalRow()) {
            return c.regionCodes().get(row);
        }
        return c.national() ? "NL" : Label.TOTAL_COMMON.in(lang);
    }

    /** The name of a row: a region's, or for the total the regions it sums ("Totaal (ZH, NH)", as a run names a subset). */
    static String rowName(Comparison c, int row, Language lang) {
        if (row != c.totalRow()) {
            return c.regionNames().get(row);
        }
        if (c.national()) {
            return Label.NATIONAL.in(lang);
        }
        List<String> codes = c.commonRegions();
        if (codes.isEmpty()) {
            return Label.NO_COMMON_REGION.in(lang);
        }
        String list = codes.size() <= 8 ? String.join(", ", codes)
                : String.join(", ", codes.subList(0, 7)) + ", … (" + codes.size() + ")";
        return Label.TOTAL_SUBSET.format(lang, list);
    }

    /**
     * The region rows shown side by side: the regions every scenario projects, in the data set's
     * order; all regions when the scenarios share none (each then under the scenarios that project it).
     */
    static List<Integer> shownRegions(Comparison c) {
        List<Integer> rows = new ArrayList<>();
        for (int r = 0; r < c.regionCodes().size(); r++) {
            if (c.commonRegions().isEmpty() || c.commonRegions().contains(c.regionCodes().get(r))) {
                rows.add(r);
            }
        }
        return rows;
    }

    /**
     * The regions left out of the side-by-side tables (some scenario does not project them), grouped by
     * the scenarios that lack them: "GR, FR (niet in [2])"; empty when none is left out.
     */
    static String leftOut(Comparison c, Language lang) {
        if (c.sameRegions() || c.commonRegions().isEmpty()) {
            return "";
        }
        java.util.Map<String, List<String>> byMissing = new java.util.LinkedHashMap<>();
        for (String code : c.regionCodes()) {
            if (c.commonRegions().contains(code)) {
                continue;
            }
            List<String> missing = new ArrayList<>();
            for (int s = 0; s < c.scenarioCount(); s++) {
                if (!c.scenarios().get(s).regionCodes().contains(code)) {
                    missing.add("[" + (s + 1) + "]");
                }
            }
            byMissing.computeIfAbsent(String.join(", ", missing), k -> new ArrayList<>()).add(code);
        }
        List<String> groups = new ArrayList<>();
        byMissing.forEach((missing, codes) -> groups.add(Label.LEFT_OUT_GROUP.format(lang, String.join(", ", codes), missing)));
        return String.join("; ", groups);
    }

    /** The rows of a side-by-side table: the shown regions, then the total. */
    static List<Integer> shownRows(Comparison c) {
        List<Integer> rows = shownRegions(c);
        rows.add(c.totalRow());
        return rows;
    }

    public static String summary(Comparison c, Language lang) {
        StringBuilder b = new StringBuilder();
        int n = c.scenarioCount();
        Locale locale = lang.consoleLocale();
        b.append(Label.CONSOLE_COMPARISON.format(lang, n, c.scenarios().get(0).label())).append('\n');
        for (int s = 0; s < n; s++) {
            Comparison.Entry e = c.scenarios().get(s);
            b.append("  [").append(s + 1).append("] ").append(e.label()).append("  (").append(e.file()).append(")\n");
        }
        if (!c.sameRegions() && !c.commonRegions().isEmpty()) {
            b.append(Label.CONSOLE_SHARED_REGIONS.format(lang, rowName(c, c.totalRow(), lang))).append('\n');
            b.append(Label.CONSOLE_LEFT_OUT.format(lang, leftOut(c, lang))).append('\n');
        } else if (c.commonRegions().isEmpty()) {
            b.append("  ").append(Label.NOTE_NO_COMMON_REGION.in(lang)).append('\n');
        }
        b.append('\n');
        int[] pair = c.pair();

        List<String> groups = new ArrayList<>();
        List<Integer> spans = new ArrayList<>();
        List<String> head = new ArrayList<>(List.of(Label.REGION.in(lang), Label.CONSOLE_UP_TO.in(lang)));
        groups.add("");
        spans.add(2);
        for (int s = 0; s < n; s++) {
            groups.add("[" + (s + 1) + "] " + c.scenarios().get(s).label());
            head.addAll(List.of(Label.VRAAG.in(lang), Label.CONSOLE_AANBOD.in(lang), Label.CONSOLE_EXTRA_HA.in(lang)));
            if (s > 0) {
                head.add(Label.DELTA_EXTRA_HA.in(lang));
            }
            spans.add(s > 0 ? 4 : 3);
        }
        pairColumn(pair, groups, spans, head);
        List<String[]> rows = new ArrayList<>();
        rows.add(head.toArray(new String[0]));
        List<Integer> rules = new ArrayList<>();
        for (int r : shownRows(c)) {
            if (r == c.totalRow()) {
                rules.add(rows.size());
            }
            for (int p = 0; p < c.periodEnds().size(); p++) {
                List<String> row = new ArrayList<>(List.of(rowCode(c, r, lang), Integer.toString(c.periodEnds().get(p))));
                for (int s = 0; s < n; s++) {
                    row.add(ha(c.value(s, r, p, TotalOutput.VRAAG), locale));
                    row.add(ha(c.value(s, r, p, TotalOutput.AANBOD), locale));
                    row.add(ha(c.value(s, r, p, TotalOutput.EXTRA_HA_STRICT), locale));
                    if (s > 0) {
                        row.add(ha(c.difference(s, r, p, TotalOutput.EXTRA_HA_STRICT), locale));
                    }
                }
                if (pair != null) {
                    row.add(ha(c.value(pair[1], r, p, TotalOutput.EXTRA_HA_STRICT) - c.value(pair[0], r, p, TotalOutput.EXTRA_HA_STRICT),
                            locale));
                }
                rows.add(row.toArray(new String[0]));
            }
        }
        render(b, groups, spans, rows, rules);
        b.append(Label.CONSOLE_COMPARISON_NOTE.in(lang))
                .append(c.monteCarlo() ? Label.CONSOLE_CENTRAL.in(lang) : "").append('\n');
        if (c.monteCarlo()) {
            b.append('\n');
            bands(b, c, lang);
        }
        return b.toString();
    }

    /** The total row's bands per period end. */
    private static void bands(StringBuilder b, Comparison c, Language lang) {
        Comparison.Bands m = c.bands();
        int total = c.totalRow();
        Locale locale = lang.consoleLocale();
        b.append(Label.CONSOLE_COMPARISON_DRAWS.format(lang, m.draws(), m.seed()));
        b.append(Label.CONSOLE_COMPARISON_BANDS.format(lang, rowCode(c, total, lang))).append('\n');
        List<String> groups = new ArrayList<>(List.of(""));
        List<Integer> spans = new ArrayList<>(List.of(1));
        List<String> head = new ArrayList<>(List.of(Label.CONSOLE_UP_TO.in(lang)));
        for (int s = 0; s < c.scenarioCount(); s++) {
            groups.add("[" + (s + 1) + "] " + c.scenarios().get(s).label());
            head.add(Label.CONSOLE_EXTRA_HA_LOWER.in(lang));
            if (s > 0) {
                head.add(Label.DELTA_EXTRA_HA.in(lang));
            }
            spans.add(s > 0 ? 2 : 1);
        }
        int[] pair = c.pair();
        pairColumn(pair, groups, spans, head);
        List<String[]> rows = new ArrayList<>();
        rows.add(head.toArray(new String[0]));
        for (int p = 0; p < c.periodEnds().size(); p++) {
            List<String> row = new ArrayList<>(List.of(Integer.toString(c.periodEnds().get(p))));
            for (int s = 0; s < c.scenarioCount(); s++) {
                row.add(band(m.extraStrict()[s][total][p], locale));
                if (s > 0) {
                    row.add(band(m.differenceToFirst()[s][total][p], locale));
                }
            }
            if (pair != null) {
                row.add(band(m.pairDifference()[total][p], locale));
            }
            rows.add(row.toArray(new String[0]));
        }
        render(b, groups, spans, rows, List.of());
    }

    private static String band(double[] q, Locale locale) {
        if (q == null) {
            return MISSING;
        }
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < q.length; i++) {
            s.append(i == 0 ? "" : " / ").append(String.format(locale, "%,.0f", q[i] == 0 ? 0.0 : q[i]));
        }
        return s.toString();
    }

    static String ha(double v, Locale locale) {
        return Double.isNaN(v) ? MISSING : ConsoleTable.ha(v, locale);
    }

    /**
     * Renders rows (the first is the header) right-aligned except the first column, with a line of
     * group titles above: each group's title starts at its first column and the group is widened
     * when the title is longer than its columns.
     */
    private static void render(StringBuilder b, List<String> groups, List<Integer> spans, List<String[]> rows,
                               List<Integer> rulesBefore) {
        int cols = rows.get(0).length;
        int[] width = new int[cols];
        for (String[] row : rows) {
            for (int i = 0; i < cols; i++) {
                width[i] = Math.max(width[i], len(row[i]));
            }
        }
        int first = 0;
        for (int g = 0; g < groups.size(); g++) {
            int span = spans.get(g);
            int have = -2;
            for (int i = first; i < first + span; i++) {
                have += width[i] + 2;
            }
            int need = len(groups.get(g));
            if (need > have) {
                width[first + span - 1] += need - have;
            }
            first += span;
        }
        StringBuilder line = new StringBuilder();
        first = 0;
        for (int g = 0; g < groups.size(); g++) {
            int span = spans.get(g);
            int w = -2;
            for (int i = first; i < first + span; i++) {
                w += width[i] + 2;
            }
            if (g > 0) {
                line.append("  ");
            }
            line.append(groups.get(g)).append(" ".repeat(w - len(groups.get(g))));
            first += span;
        }
        b.append(strip(line)).append('\n');
        int total = -2;
        for (int w : width) {
            total += w + 2;
        }
        for (int r = 0; r < rows.size(); r++) {
            if (r == 1 || rulesBefore.contains(r)) {
                b.append("-".repeat(total)).append('\n');
            }
            line.setLength(0);
            String[] row = rows.get(r);
            for (int i = 0; i < cols; i++) {
                if (i > 0) {
                    line.append("  ");
                }
                String pad = " ".repeat(width[i] - len(row[i]));
                line.append(i == 0 ? row[i] + pad : pad + row[i]);
            }
            b.append(strip(line)).append('\n');
        }
    }

    private static int len(String s) {
        return s.codePointCount(0, s.length());
    }

    private static String strip(StringBuilder s) {
        return s.toString().stripTrailing();
    }

    /** The column of the --pair difference, when a pair was asked for. */
    private static void pairColumn(int[] pair, List<String> groups, List<Integer> spans, List<String> head) {
        if (pair != null) {
            groups.add("");
            spans.add(1);
            head.add("Δ [" + (pair[1] + 1) + "]-[" + (pair[0] + 1) + "]");
        }
    }
}
