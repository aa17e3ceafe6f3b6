package nl.ruimtevraag.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.ruimtevraag.engine.Projection;
import nl.ruimtevraag.engine.RegionTotal;
import nl.ruimtevraag.engine.SupplyBasis;
import nl.ruimtevraag.model.Period;
import nl.ruimtevraag.uncertainty.MonteCarloResult;

/**
 * The headline as aligned text for the terminal: per region and period the cumulative demand, the
 * hard-only confrontation (hard supply, extra hectares against it) and the realisable one (supply, saldo,
 * extra hectares needed), then the national rows; with Monte Carlo bands led by the median of the extra
 * hectares and its band ({@link Headline}).
 */
public final class ConsoleTable {
    private ConsoleTable() {
    }

    public static String summary(Projection p) {
        return summary(p, Language.NL);
    }

    public static String summary(Projection p, Language lang) {
        return summary(p, null, lang, "NL", Label.NATIONAL.in(lang));
    }

    /** The summary of a run as the report context labels its total ("Totaal (ZH, NH)" for a subset of the data set). */
    public static String summary(ReportContext ctx, MonteCarloResult m) {
        return summary(ctx.projection(), m, ctx.language(), ctx.totalCode(), ctx.totalName());
    }

    public static String summary(Projection p, MonteCarloResult m, Language lang) {
        return summary(p, m, lang, "NL", Label.NATIONAL.in(lang));
    }

    /**
     * With Monte Carlo bands over uncertain parameters ({@link Headline#applies}) the table leads with the
     * median of the extra hectares and its P10-P90 band; the other columns are the central-value run.
     *
     * @param m the Monte Carlo result of the same scenario and data set, or null
     */
    static String summary(Projection p, MonteCarloResult m, Language lang, String totalCode, String totalName) {
        boolean headline = Headline.applies(m);
        List<String[]> rows = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of(Label.REGION_CODE.in(lang), Label.REGION.in(lang),
                Label.PERIOD.in(lang)));
        if (headline) {
            header.add(Label.CONSOLE_EXTRA_HA_MEDIAN.in(lang));
            header.add(Headline.band(m));
        }
        header.addAll(List.of(Label.VRAAG.in(lang), Label.HARD_SUPPLY.in(lang), Label.CONSOLE_EXTRA_HA_HARD.in(lang),
                Label.AANBOD.in(lang), Label.SALDO.in(lang), Label.EXTRA_HA_STRICT.in(lang)));
        rows.add(header.toArray(new String[0]));
        Locale locale = lang.consoleLocale();
        for (int r = 0; r <= p.regionCount(); r++) {
            boolean national = r == p.regionCount();
            for (int i = 0; i < p.periods().size(); i++) {
                Period period = p.periods().get(i);
                RegionTotal t = national ? p.nationalTotal(period) : p.regionTotal(r, period);
                RegionTotal h = national ? p.nationalTotal(period, SupplyBasis.HARD) : p.regionTotal(r, period, SupplyBasis.HARD);
                List<String> row = new ArrayList<>(List.of(national ? totalCode : p.regionCodes().get(r),
                        national ? totalName : p.regionNames().get(r), period.label()));
                if (headline) {
                    row.add(whole(Headline.median(m, r, p.regionCount(), i), locale));
                    row.add(whole(Headline.percentile(m, r, p.regionCount(), i, Headline.low(m)), locale) + "–"
                            + whole(Headline.percentile(m, r, p.regionCount(), i, Headline.high(m)), locale));
                }
                row.addAll(List.of(ha(t.vraag(), locale), ha(h.aanbod(), locale), ha(h.extraHaStrict(), locale),
                        ha(t.aanbod(), locale), ha(t.saldoNetted(), locale), ha(t.extraHaStrict(), locale)));
                rows.add(row.toArray(new String[0]));
            }
        }
        int[] width = new int[rows.get(0).length];
        for (String[] row : rows) {
            for (int c = 0; c < row.length; c++) {
                width[c] = Math.max(width[c], row[c].codePointCount(0, row[c].length()));
            }
        }
        StringBuilder b = new StringBuilder();
        if (headline) {
            // group labels over the columns: the Monte Carlo pair, then the central-value run
            int central = 0;
            for (int c = 0; c < 5; c++) {
                central += width[c] + 2;
            }
            int monteCarlo = width[0] + width[1] + width[2] + 6;
            b.append(" ".repeat(monteCarlo)).append(Label.CONSOLE_MONTE_CARLO.in(lang));
            b.append(" ".repeat(Math.max(2, central - b.length()))).append(Label.CONSOLE_CENTRAL_VALUES.in(lang)).append('\n');
        }
        for (int i = 0; i < rows.size(); i++) {
            String[] row = rows.get(i);
            int firstTotal = 1 + p.regionCount() * p.periods().size();
            if (i == 1 || i == firstTotal) {
                rule(b, width);
            }
            for (int c = 0; c < row.length; c++) {
                if (c > 0) {
                    b.append("  ");
                }
                boolean number = c >= 3 && i > 0;
                pad(b, row[c], width[c], number || c >= 3);
            }
            stripTrailing(b);
            b.append('\n');
        }
        if (headline) {
            b.append(Label.CONSOLE_NOTE_HEADLINE.format(lang, Headline.band(m))).append('\n');
        }
        b.append(Label.CONSOLE_NOTE.in(lang)).append('\n');
        return b.toString();
    }

    private static void rule(StringBuilder b, int[] width) {
        int total = 0;
        for (int w : width) {
            total += w;
        }
        b.append("-".repeat(total + 2 * (width.length - 1))).append('\n');
    }

    private static void pad(StringBuilder b, String s, int width, boolean right) {
        int fill = width - s.codePointCount(0, s.length());
        if (right) {
            b.append(" ".repeat(fill)).append(s);
        } else {
            b.append(s).append(" ".repeat(fill));
        }
    }

    private static void stripTrailing(StringBuilder b) {
        int end = b.length();
        while (end > 0 && b.charAt(end - 1) == ' ') {
            end--;
        }
        b.setLength(end);
    }

    private static String whole(double v, Locale locale) {
        String s = String.format(locale, "%,.0f", v);
        return "-0".equals(s) ? "0" : s;
    }

    static String ha(double v, Locale locale) {
        String s = String.format(locale, "%,.1f", v);
        return "-0,0".equals(s) || "-0.0".equals(s) ? s.substring(1) : s;
    }
}
