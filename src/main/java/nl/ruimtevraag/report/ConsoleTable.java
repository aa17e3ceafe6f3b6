package nl.ruimtevraag.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.ruimtevraag.engine.Projection;
import nl.ruimtevraag.engine.RegionTotal;
import nl.ruimtevraag.model.Period;

/**
 * The headline as aligned text for the terminal: per region and period the cumulative demand,
 * realisable supply, saldo and extra hectares needed, then the national rows.
 */
public final class ConsoleTable {
    private ConsoleTable() {
    }

    public static String summary(Projection p) {
        return summary(p, Language.NL);
    }

    public static String summary(Projection p, Language lang) {
        return summary(p, lang, "NL", Label.NATIONAL.in(lang));
    }

    /** The summary of a run as the report context labels its total ("Totaal (ZH, NH)" for a subset of the data set). */
    public static String summary(ReportContext ctx) {
        return summary(ctx.projection(), ctx.language(), ctx.totalCode(), ctx.totalName());
    }

    static String summary(Projection p, Language lang, String totalCode, String totalName) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {Label.REGION_CODE.in(lang), Label.REGION.in(lang), Label.PERIOD.in(lang),
            Label.VRAAG.in(lang), Label.AANBOD.in(lang), Label.SALDO.in(lang), Label.EXTRA_HA_STRICT.in(lang)});
        Locale locale = lang.consoleLocale();
        for (int r = 0; r <= p.regionCount(); r++) {
            boolean national = r == p.regionCount();
            for (Period period : p.periods()) {
                RegionTotal t = national ? p.nationalTotal(period) : p.regionTotal(r, period);
                rows.add(new String[] {national ? totalCode : p.regionCodes().get(r),
                    national ? totalName : p.regionNames().get(r), period.label(),
                    ha(t.vraag(), locale), ha(t.aanbod(), locale), ha(t.saldoNetted(), locale),
                    ha(t.extraHaStrict(), locale)});
            }
        }
        int[] width = new int[rows.get(0).length];
        for (String[] row : rows) {
            for (int c = 0; c < row.length; c++) {
                width[c] = Math.max(width[c], row[c].codePointCount(0, row[c].length()));
            }
        }
        StringBuilder b = new StringBuilder();
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

    static String ha(double v, Locale locale) {
        String s = String.format(locale, "%,.1f", v);
        return "-0,0".equals(s) || "-0.0".equals(s) ? s.substring(1) : s;
    }
}
