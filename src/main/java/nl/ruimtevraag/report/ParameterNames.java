package nl.ruimtevraag.report;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.ruimtevraag.model.GrowthRule;
import nl.ruimtevraag.model.Scenario;

/**
 * A readable name for an uncertain parameter's scenario path ({@code economy.growth[1]} becomes
 * "Groei banen 2031-2050"): a small table from path prefix to a Dutch and an English name, the
 * regional suffix ({@code .regions.ZH}) as ", ZH". An unknown path stays as it is.
 */
final class ParameterNames {
    private record Name(String prefix, String nl, String en) {
    }

    private static final List<Name> NAMES = List.of(
            new Name("economy.terreinquotient_trend", "Trend terreinquotiënt per jaar", "Yearly trend of the terreinquotiënt"),
            new Name("economy.terreinquotient.", "Terreinquotiënt %s (ha per baan)", "Terreinquotiënt %s (ha per job)"),
            new Name("economy.shrink_return", "Ruimte terug bij krimp", "Space returned on shrinkage"),
            new Name("economy.trend.multiplier.", "Trendfactor uitgifte vanaf %s", "Issuance trend multiplier from %s"),
            new Name("circular.demand_share.", "Aandeel circulair in de vraag %s", "Circular share of demand %s"),
            new Name("circular.extra_share", "Extra ruimte circulaire economie", "Circular economy extra space"),
            new Name("circular.embedded_share", "Deel circulair al in de trend", "Circular part already in the trend"),
            new Name("circular.intensity", "Intensiteit circulaire economie", "Circular economy intensity"),
            new Name("circular.strategy_shares.", "Aandeel R-strategie %s", "Share of R-strategy %s"),
            new Name("circular.verkleinen_factor", "Factor verkleinen (circulair)", "Narrowing factor (circular)"),
            new Name("circular.double_use.share", "Aandeel dubbel ruimtegebruik", "Share of double space use"),
            new Name("replacement.withdrawal_rate", "Onttrekking door veroudering per jaar", "Yearly withdrawal by ageing"),
            new Name("replacement.share_of_expansion", "Vervangingsvraag (aandeel uitbreiding)", "Replacement (share of expansion)"),
            new Name("intensification.hectares", "Intensivering (ha)", "Intensification (ha)"),
            new Name("intensification.share", "Intensivering (aandeel)", "Intensification (share)"),
            new Name("supply.zacht_realisation", "Realisatiekans zachte plancapaciteit", "Realisation probability of soft capacity"),
            new Name("constraints.netcongestie.share", "Netcongestie: aandeel geraakt", "Grid congestion: share affected"),
            new Name("constraints.netcongestie.relief_year", "Netcongestie: jaar van ontlasting", "Grid congestion: relief year"),
            new Name("constraints.netcongestie.relief_delay", "Netcongestie: vertraging ontlasting (jaren)",
                    "Grid congestion: relief delay (years)"),
            new Name("constraints.stikstof.share", "Stikstof: aandeel met vergunningplicht", "Nitrogen: share needing a permit"),
            new Name("constraints.stikstof.permit_probability", "Stikstof: kans op vergunning", "Nitrogen: permit probability"),
            new Name("constraints.stikstof.delay_years", "Stikstof: vertraging (jaren)", "Nitrogen: delay (years)"),
            new Name("constraints.water.share", "Water: aandeel met vergunningplicht", "Water: share needing a permit"),
            new Name("constraints.water.permit_probability", "Water: kans op vergunning", "Water: permit probability"),
            new Name("constraints.water.delay_years", "Water: vertraging (jaren)", "Water: delay (years)"),
            new Name("planning_reserve", "Planreserve", "Planning reserve"));

    private static final Pattern GROWTH = Pattern.compile("economy\\.growth\\[(\\d+)]");
    private static final Pattern INDEXED = Pattern.compile("(transformation|supply\\.additions)\\[(\\d+)]\\.(\\w+)");
    private static final Pattern PROFILE = Pattern.compile("circular\\.profiles\\.([^.]+)\\.strategy_shares\\.(\\w+)");

    private ParameterNames() {
    }

    static String name(String path, Scenario scenario, Language lang) {
        boolean en = lang == Language.EN;
        Matcher m = GROWTH.matcher(path);
        if (m.matches()) {
            int i = Integer.parseInt(m.group(1));
            List<GrowthRule> rules = scenario.economy().growth();
            if (i < rules.size()) {
                GrowthRule g = rules.get(i);
                StringBuilder b = new StringBuilder(en ? "Job growth " : "Groei banen ");
                b.append(g.fromYear()).append('-').append(g.toYear());
                if (g.sector() != null) {
                    b.append(", ").append(g.sector().code());
                }
                if (g.region() != null) {
                    b.append(", ").append(g.region());
                }
                return b.toString();
            }
            return path;
        }
        m = INDEXED.matcher(path);
        if (m.matches()) {
            int n = Integer.parseInt(m.group(2)) + 1;
            boolean transformation = m.group(1).equals("transformation");
            String what = switch (m.group(3)) {
                case "hectares" -> "ha";
                case "compensation" -> en ? "compensation" : "compensatie";
                default -> m.group(3);
            };
            return (transformation ? (en ? "Transformation " : "Transformatie ") : (en ? "Added supply " : "Extra aanbod "))
                    + n + ": " + what;
        }
        m = PROFILE.matcher(path);
        if (m.matches()) {
            return (en ? "Share of R-strategy " : "Aandeel R-strategie ") + m.group(2) + ", " + m.group(1);
        }
        for (Name n : NAMES) {
            if (!path.startsWith(n.prefix())) {
                continue;
            }
            String rest = path.substring(n.prefix().length());
            String text = en ? n.en() : n.nl();
            if (text.contains("%s")) {
                int dot = rest.indexOf('.');
                return String.format(java.util.Locale.ROOT, text, dot < 0 ? rest : rest.substring(0, dot))
                        + regional(dot < 0 ? "" : rest.substring(dot), en);
            }
            return text + regional(rest, en);
        }
        return path;
    }

    /** ".regions.ZH" as ", ZH"; ".fallback" as a note; ".default" as nothing. */
    private static String regional(String rest, boolean en) {
        if (rest.startsWith(".regions.")) {
            return ", " + rest.substring(".regions.".length());
        }
        if (rest.equals(".fallback")) {
            return en ? " (fallback)" : " (terugvalwaarde)";
        }
        return "";
    }
}
