package nl.ruimtevraag.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.ruimtevraag.engine.InputResolver;
import nl.ruimtevraag.engine.Projection;
import nl.ruimtevraag.engine.Projector;
import nl.ruimtevraag.model.Figure;
import nl.ruimtevraag.model.Quality;
import nl.ruimtevraag.model.RegionData;
import nl.ruimtevraag.model.SupplyItem;
import nl.ruimtevraag.uncertainty.MonteCarloResult;
import nl.ruimtevraag.uncertainty.TotalOutput;

/**
 * What a reader must know before quoting a number, where the numbers are (the summary sheet and
 * the console): how much of the data set is estimated, that seaport estates are left out (when the
 * data set's stock notes say so), the last year with planned supply (a shortage after it is largely
 * a planning gap), the regions where the two demand methods diverge, and where the central result
 * sits in the Monte Carlo band.
 */
public final class Caveats {
    private Caveats() {
    }

    /** The caveats in the context's language, one sentence each. */
    public static List<String> lines(ReportContext ctx) {
        Language lang = ctx.language();
        Locale locale = lang.consoleLocale();
        Projection pr = ctx.projection();
        List<RegionData> regions = InputResolver.selectedRegions(ctx.scenario(), ctx.data());
        List<String> out = new ArrayList<>();

        int figures = 0;
        int estimated = 0;
        boolean seaports = false;
        int lastSupply = Integer.MIN_VALUE;
        for (RegionData r : regions) {
            List<Figure> all = new ArrayList<>(r.stock().values());
            all.addAll(r.jobs().values());
            all.add(r.uitgifte());
            for (SupplyItem i : r.supply()) {
                all.add(i.hectares());
                lastSupply = Math.max(lastSupply, i.availableYear());
            }
            all.addAll(r.params().values());
            for (Figure f : all) {
                if (f == null) {
                    continue;
                }
                figures++;
                if (f.quality() == Quality.ESTIMATED) {
                    estimated++;
                }
            }
            for (Figure f : r.stock().values()) {
                String note = f.note() == null ? "" : f.note().toLowerCase(Locale.ROOT);
                seaports |= note.contains("seaport") || note.contains("zeehaven");
            }
        }
        if (figures > 0 && estimated > 0) {
            out.add(Label.CAVEAT_ESTIMATED.format(lang, percent(100.0 * estimated / figures, locale), estimated, figures));
        }
        if (seaports) {
            out.add(Label.CAVEAT_SEAPORTS.in(lang));
        }
        int end = pr.horizon().endYear();
        if (lastSupply != Integer.MIN_VALUE && lastSupply < end) {
            out.add(Label.CAVEAT_SUPPLY.format(lang, lastSupply, lastSupply + 1, end));
        }
        List<String> divergent = Projector.divergentRegions(pr);
        if (!divergent.isEmpty()) {
            double factor = pr.input().expansion().divergenceFactor();
            out.add(Label.CAVEAT_METHODS.format(lang, divergent.size(), pr.regionCount(),
                    String.format(locale, "%.1f", factor), String.join(", ", divergent)));
        }
        MonteCarloResult m = ctx.bands();
        if (m != null && !m.periodEnds().isEmpty()) {
            int p = m.periodEnds().size() - 1;
            double point = m.nationalPoint(TotalOutput.EXTRA_HA_STRICT, p);
            out.add(Label.CAVEAT_BAND.format(lang, m.periodEnds().get(p), String.format(locale, "%,.0f", point),
                    position(m, p, point, lang), m.draws()));
        }
        return out;
    }

    /** The caveats as a console block: a heading and one indented line each; empty when there are none. */
    public static String console(ReportContext ctx) {
        List<String> lines = lines(ctx);
        if (lines.isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder(Label.CAVEATS.in(ctx.language())).append(':').append(System.lineSeparator());
        for (String l : lines) {
            b.append("  - ").append(l).append(System.lineSeparator());
        }
        return b.toString();
    }

    /** "bij ongeveer P35", "onder P10", "boven P90": the point among the percentiles, interpolated linearly. */
    static String position(MonteCarloResult m, int p, double point, Language lang) {
        List<Double> qs = m.percentiles();
        double[] v = new double[qs.size()];
        for (int i = 0; i < qs.size(); i++) {
            v[i] = m.nationalPercentile(TotalOutput.EXTRA_HA_STRICT, p, qs.get(i));
        }
        boolean en = lang == Language.EN;
        if (point < v[0]) {
            return (en ? "below P" : "onder P") + fmt(qs.get(0));
        }
        if (point > v[v.length - 1]) {
            return (en ? "above P" : "boven P") + fmt(qs.get(qs.size() - 1));
        }
        for (int i = 0; i + 1 < v.length; i++) {
            if (point <= v[i + 1]) {
                double span = v[i + 1] - v[i];
                double q = span <= 0 ? qs.get(i) : qs.get(i) + (qs.get(i + 1) - qs.get(i)) * (point - v[i]) / span;
                return (en ? "at about P" : "bij ongeveer P") + Math.round(q);
            }
        }
        return (en ? "at P" : "bij P") + fmt(qs.get(qs.size() - 1));
    }

    private static String fmt(double q) {
        return q == Math.rint(q) ? Long.toString((long) q) : Double.toString(q);
    }

    private static String percent(double v, Locale locale) {
        return String.format(locale, "%.0f%%", v);
    }
}
