package nl.ruimtevraag.report;

import java.util.List;
import java.util.Locale;
import nl.ruimtevraag.engine.Plausibility;
import nl.ruimtevraag.engine.Plausibility.Warning;

/** The words of a plausibility warning ({@link Plausibility}) in the run's language. */
public final class PlausibilityText {
    private static final Locale NL = Locale.forLanguageTag("nl-NL");

    private PlausibilityText() {
    }

    public static String text(Warning w, Language lang) {
        boolean en = lang == Language.EN;
        Locale l = en ? Locale.UK : NL;
        List<Double> v = w.numbers();
        return switch (w.kind()) {
            case DEMAND_SHARE_OF_STOCK -> String.format(l, en
                            ? "%s: demand %d-%d (%,.0f ha) is %.0f%% of the stock (%,.0f ha), more than %.0f%%;"
                            + " check growth, terreinquotienten and circular demand"
                            : "%s: de vraag %d-%d (%,.0f ha) is %.0f%% van de voorraad (%,.0f ha), meer dan %.0f%%;"
                            + " controleer groei, terreinquotiënten en circulaire vraag",
                    w.region(), v.get(0).intValue(), v.get(1).intValue(), v.get(2), 100 * v.get(2) / v.get(3), v.get(3),
                    100 * Plausibility.DEMAND_SHARE_OF_STOCK);
            case RELIEF_ON_PERIOD_END -> String.format(l, en
                            ? "%s: grid congestion is relieved in %d, exactly the end of period %d-%d; a year later or earlier"
                            + " changes that period's result"
                            : "%s: netcongestie houdt op in %d, precies het eind van periode %d-%d; een jaar later of eerder"
                            + " verandert de uitkomst van die periode",
                    w.region(), v.get(0).intValue(), v.get(1).intValue(), v.get(2).intValue());
            case STALE_SUPPLY -> staleSupply(w, en, l);
            case TRANSFORMATION_NEAR_STOCK -> String.format(l, en
                            ? "%s %s: transformation of %,.0f ha is %.0f%% of the stock (%,.0f ha), more than %.0f%%;"
                            + " hardly any of this werkmilieu is left"
                            : "%s %s: transformatie van %,.0f ha is %.0f%% van de voorraad (%,.0f ha), meer dan %.0f%%;"
                            + " er blijft bijna niets van dit werkmilieu over",
                    w.region(), w.werkmilieu(), v.get(0), 100 * v.get(0) / v.get(1), v.get(1),
                    100 * Plausibility.TRANSFORMATION_SHARE_OF_STOCK);
        };
    }

    private static String staleSupply(Warning w, boolean en, Locale l) {
        List<Double> v = w.numbers();
        int year = v.get(0).intValue();
        int base = v.get(1).intValue();
        boolean clamped = v.get(3) > 0 && v.get(4) <= 1e-9;
        String rest = clamped
                ? (en ? "the uitgifte since is larger, so the supply is 0" : "de uitgifte sindsdien is groter, dus het aanbod staat op 0")
                : en ? String.format(l, "%,.0f ha remain after %,.0f ha of uitgifte; use a more recent count", v.get(4), v.get(3))
                : String.format(l, "na aftrek van %,.0f ha uitgifte blijft %,.0f ha; gebruik een recentere telling", v.get(3), v.get(4));
        return String.format(l, en ? "%s: supply of %,.0f ha rests on a count of %d, %d years before the base year %d; %s"
                : "%s: aanbod van %,.0f ha rust op een telling uit %d, %d jaar voor het basisjaar %d; %s",
                w.region(), v.get(2), year, base - year, base, rest);
    }
}
