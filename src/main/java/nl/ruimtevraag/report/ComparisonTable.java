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
 * A region or period end that a scenario lacks shows {@code -}.
 */
public final class ComparisonTable {
    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");
    private static final String MISSING = "-";

    private ComparisonTable() {
    }

    public static String summary(Comparison c) {
        StringBuilder b = new StringBuilder();
        int n = c.scenarioCount();
        b.append("Vergelijking van ").append(n).append(" scenario's; verschil (Δ) = scenario min [1] ")
                .append(c.scenarios().get(0).label()).append('\n');
        for (int s = 0; s < n; s++) {
            Comparison.Entry e = c.scenarios().get(s);
            b.append("  [").append(s + 1).append("] ").append(e.label()).append("  (").append(e.file()).append(")\n");
        }
        if (!c.sameRegions()) {
            b.append("  regio's verschillen per scenario: '-' waar een scenario de regio niet raamt; ")
                    .append(c.rowCode(c.totalRow())).append(" = ").append(c.rowName(c.totalRow())).append('\n');
        }
        b.append('\n');
        int[] pair = c.pair();

        List<String> groups = new ArrayList<>();
        List<Integer> spans = new ArrayList<>();
        List<String> head = new ArrayList<>(List.of("Regio", "T/m"));
        groups.add("");
        spans.add(2);
        for (int s = 0; s < n; s++) {
            groups.add("[" + (s + 1) + "] " + c.scenarios().get(s).label());
            head.addAll(List.of("Vraag", "Aanbod", "Extra ha"));
            if (s > 0) {
                head.add("Δ extra ha");
            }
            spans.add(s > 0 ? 4 : 3);
        }
        pairColumn(pair, groups, spans, head);
        List<String[]> rows = new ArrayList<>();
        rows.add(head.toArray(new String[0]));
        List<Integer> rules = new ArrayList<>();
        for (int r = 0; r < c.rows(); r++) {
            if (r == c.totalRow()) {
                rules.add(rows.size());
            }
            for (int p = 0; p < c.periodEnds().size(); p++) {
                List<String> row = new ArrayList<>(List.of(c.rowCode(r), Integer.toString(c.periodEnds().get(p))));
                for (int s = 0; s < n; s++) {
                    row.add(ha(c.value(s, r, p, TotalOutput.VRAAG)));
                    row.add(ha(c.value(s, r, p, TotalOutput.AANBOD)));
                    row.add(ha(c.value(s, r, p, TotalOutput.EXTRA_HA_STRICT)));
                    if (s > 0) {
                        row.add(ha(c.difference(s, r, p, TotalOutput.EXTRA_HA_STRICT)));
                    }
                }
                if (pair != null) {
                    row.add(ha(c.value(pair[1], r, p, TotalOutput.EXTRA_HA_STRICT) - c.value(pair[0], r, p, TotalOutput.EXTRA_HA_STRICT)));
                }
                rows.add(row.toArray(new String[0]));
            }
        }
        render(b, groups, spans, rows, rules);
        b.append("vraag en aanbod cumulatief t/m het eind van de periode (ha); extra ha = som van de tekorten per werkmilieu (strikt)")
                .append(c.monteCarlo() ? "; centrale waarden" : "").append('\n');
        if (c.monteCarlo()) {
            b.append('\n');
            bands(b, c);
        }
        return b.toString();
    }

    /** The total row's bands per period end. */
    private static void bands(StringBuilder b, Comparison c) {
        Comparison.Bands m = c.bands();
        int total = c.totalRow();
        b.append(String.format(Locale.ROOT, "Monte Carlo: %d trekkingen, seed %d, dezelfde trekkingen voor gedeelde parameters%n",
                m.draws(), m.seed()));
        b.append("extra ha (strikt), ").append(c.rowCode(total)).append(": P10 / P50 / P90; Δ per trekking berekend\n");
        List<String> groups = new ArrayList<>(List.of(""));
        List<Integer> spans = new ArrayList<>(List.of(1));
        List<String> head = new ArrayList<>(List.of("T/m"));
        for (int s = 0; s < c.scenarioCount(); s++) {
            groups.add("[" + (s + 1) + "] " + c.scenarios().get(s).label());
            head.add("extra ha");
            if (s > 0) {
                head.add("Δ extra ha");
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
                row.add(band(m.extraStrict()[s][total][p]));
                if (s > 0) {
                    row.add(band(m.differenceToFirst()[s][total][p]));
                }
            }
            if (pair != null) {
                row.add(band(m.pairDifference()[total][p]));
            }
            rows.add(row.toArray(new String[0]));
        }
        render(b, groups, spans, rows, List.of());
    }

    private static String band(double[] q) {
        if (q == null) {
            return MISSING;
        }
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < q.length; i++) {
            s.append(i == 0 ? "" : " / ").append(String.format(DUTCH, "%,.0f", q[i] == 0 ? 0.0 : q[i]));
        }
        return s.toString();
    }

    static String ha(double v) {
        return Double.isNaN(v) ? MISSING : ConsoleTable.ha(v, DUTCH);
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
