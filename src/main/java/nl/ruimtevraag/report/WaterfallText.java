package nl.ruimtevraag.report;

import java.util.Locale;
import nl.ruimtevraag.engine.Explanation.Input;
import nl.ruimtevraag.engine.Explanation.Step;
import nl.ruimtevraag.engine.Measure;
import nl.ruimtevraag.model.Param;

/**
 * The words of an {@link nl.ruimtevraag.engine.Explanation} in Dutch or English: each step's name
 * and formula, each input's name, value and source. Used by the waterfall sheet and the
 * {@code explain} command. Codes (sector, werkmilieu, R-strategy) stay as the scenario writes them.
 */
public final class WaterfallText {
    private WaterfallText() {
    }

    /** The step's name; the explain command adds "t/m YEAR" to a TOTAL step's. */
    public static String step(Step s, Language l) {
        boolean en = l == Language.EN;
        return switch (s.part()) {
            case EMPLOYMENT -> en ? "Expansion demand, employment method" : "Uitbreidingsvraag, werkgelegenheidsmethode";
            case TREND -> en ? "Expansion demand, trend method (historic issuance)" : "Uitbreidingsvraag, trendmethode (historische uitgifte)";
            case USED_MEAN -> en ? "Expansion demand used (mean of both)" : "Uitbreidingsvraag gebruikt (gemiddelde van beide)";
            case TRANSFORMATION -> en ? "Replacement demand from transformation" : "Vervangingsvraag door transformatie";
            case WITHDRAWAL -> en ? "Replacement demand from ageing" : "Vervangingsvraag door veroudering";
            case REPLACEMENT_SHARE -> en ? "Replacement demand as a share of expansion demand"
                    : "Vervangingsvraag als aandeel van de uitbreidingsvraag";
            case CIRCULAR -> Label.measure(Measure.CIRCULAR, l);
            case RESERVE -> Label.measure(Measure.RESERVE, l);
            case DEMAND -> Label.VRAAG.in(l);
            case SUPPLY_DIRECT -> Label.measure(Measure.SUPPLY_DIRECT, l);
            case SUPPLY_HARD -> Label.measure(Measure.SUPPLY_HARD, l);
            case SUPPLY_ZACHT -> Label.measure(Measure.SUPPLY_ZACHT, l);
            case ZACHT_UNREALISED -> Label.measure(Measure.ZACHT_UNREALISED, l);
            case HELD_GRID -> Label.measure(Measure.HELD_GRID, l);
            case HELD_STIKSTOF -> Label.measure(Measure.HELD_STIKSTOF, l);
            case HELD_WATER, WATER_OFF -> Label.measure(Measure.HELD_WATER, l);
            case INTENSIFICATION, INTENSIFICATION_NEED, INTENSIFICATION_HECTARES -> Label.measure(Measure.INTENSIFICATION, l);
            case SUPPLY -> Label.AANBOD.in(l);
            case SALDO -> Label.SALDO.in(l);
            case EXTRA_HA -> en ? "Extra hectares needed" : "Extra hectares nodig";
        };
    }

    public static String formula(Step s, Language l) {
        boolean en = l == Language.EN;
        return switch (s.part()) {
            case EMPLOYMENT -> "Σ_t Σ_k [max(ΔL,0) − ρ·max(−ΔL,0)] · m(k,w);  L = E·TQ(r,k)·(1+τ)^(t−t0), E(t) = E(t−1)·(1+g)";
            case TREND -> "Σ_t u_hist(r) · s(r,w) · f(t)";
            case USED_MEAN -> "(U_E + U_T) / 2";
            case TRANSFORMATION -> en ? "Σ_t Σ_events T(t) · c (events whose compensation lands in r,w)"
                    : "Σ_t Σ_events T(t) · c (transformaties waarvan de compensatie in r,w landt)";
            case WITHDRAWAL -> "Σ_t L0(r,w) · o(r)";
            case REPLACEMENT_SHARE -> "Σ_t U(r,w,t) · v";
            case CIRCULAR -> ("share-of-demand".equals(s.args().get(0))
                    ? "Σ_t U(r,t)·(1 − s_cal)·s(t)/(1 − s(t))" : "L0(r)·x_CE·ramp(T)·κ'(r)")
                    + " · Σ_j a_j(r)·n(r,j,w)·f_j(r)  −  s_cal·U(r,w)  +  d · "
                    + (en ? "(CE demand of the last y_d years)" : "(CE-vraag van de laatste y_d jaar)");
            case RESERVE -> "(U + V + C) · f_res";
            case DEMAND -> format(en ? "(U + V + C) · (1 + f_res), summed from %s" : "(U + V + C) · (1 + f_res), opgeteld vanaf %s", s);
            case SUPPLY_DIRECT -> "A";
            case SUPPLY_HARD -> en ? "Σ H_a for a ≤ T" : "Σ H_a voor a ≤ T";
            case SUPPLY_ZACHT -> en ? "Σ Z_a for a ≤ T" : "Σ Z_a voor a ≤ T";
            case ZACHT_UNREALISED -> "− Z · (1 − p_Z)";
            case HELD_GRID -> "− (a_d·A + H + p_Z·Z) · β(r)·e(w)·[T < Y(r)]";
            case HELD_STIKSTOF -> "− R_grid · (p_Z·(Z − P_Z) + H − P_H), P_X = Σ_a X_a·[(1−γ_X) + γ_X·p_N·[T ≥ a+δ_N]]";
            case HELD_WATER -> en ? "same form as nitrogen" : "zelfde vorm als stikstof";
            case WATER_OFF -> en ? "off (constraints.water.enabled: false)" : "uit (constraints.water.enabled: false)";
            case INTENSIFICATION -> "L0(r,w) · i(r) · ramp_I(T)";
            case INTENSIFICATION_NEED -> en ? "i(r) · ramp_I(T) · max(0, demand to T)" : "i(r) · ramp_I(T) · max(0, vraag t/m T)";
            case INTENSIFICATION_HECTARES -> "H(r) · L0(r,w)/L0(r) · ramp_I(T)";
            case SUPPLY -> en ? "A + H + Z − not realised − held back + intensification"
                    : "A + H + Z − niet gerealiseerd − tegengehouden + intensivering";
            case SALDO -> en ? "supply − demand" : "aanbod − vraag";
            case EXTRA_HA -> en ? "max(0, −balance)" : "max(0, −saldo)";
        };
    }

    public static String input(Input in, Language l) {
        boolean en = l == Language.EN;
        String text = switch (in.quantity()) {
            case JOBS -> en ? "jobs %s (data set; used as the level of %s)" : "banen %s (dataset; gebruikt als stand %s)";
            case TQ -> en ? "terreinquotiënt %s (ha/job)" : "terreinquotiënt %s (ha/baan)";
            case TQ_REGION -> en ? "terreinquotiënt %s in the region TQ(r,k) (ha/job)" : "terreinquotiënt %s in de regio TQ(r,k) (ha/baan)";
            case MIX -> "mix %s → %s";
            case GROWTH_ALL -> en ? "growth all sectors %s-%s (per year)" : "groei alle sectoren %s-%s (per jaar)";
            case GROWTH -> en ? "growth %s %s-%s (per year)" : "groei %s %s-%s (per jaar)";
            case TQ_TREND -> en ? "terreinquotiënt trend (per year)" : "terreinquotiënt trend (per jaar)";
            case SHRINK_RETURN -> en ? "land returned by shrinking sectors ρ" : "teruggave krimpende sectoren ρ";
            case UITGIFTE -> en ? "issuance per year (region)" : "uitgifte per jaar (regio)";
            case STOCK_SHARE -> en ? "share of %s in the stock s(r,w)" : "aandeel %s in de voorraad s(r,w)";
            case TREND_FACTOR -> en ? "trend factor f (every year)" : "trendfactor f (elk jaar)";
            case TREND_FACTOR_YEAR -> en ? "trend factor f(%s)" : "trendfactor f(%s)";
            case TRANSFORMATION -> en ? "transformation %s-%s (ha)" : "transformatie %s-%s (ha)";
            case TRANSFORMATION_FROM -> en ? "transformation in %s %s, %s-%s (ha)" : "transformatie in %s %s, %s-%s (ha)";
            case COMPENSATION -> en ? "compensation c" : "compensatie c";
            case STOCK -> en ? "stock %s (net ha)" : "voorraad %s (netto ha)";
            case WITHDRAWAL_RATE -> en ? "withdrawal o(r) per year" : "onttrekking o(r) per jaar";
            case REPLACEMENT_SHARE -> en ? "share v" : "aandeel v";
            case REGION_STOCK -> en ? "stock of the region L0(r) (net ha)" : "voorraad regio L0(r) (netto ha)";
            case CE_EXTRA -> en ? "extra space x_CE reached in %s" : "extra ruimte x_CE bereikt in %s";
            case CE_SHARE -> en ? "CE share of demand s(%s)" : "CE-aandeel van de vraag s(%s)";
            case CE_EMBEDDED -> en ? "CE share already in U, s_cal" : "CE-aandeel al in U, s_cal";
            case CE_RAMP -> en ? "build-up ramp(%s) (%s)" : "opbouw ramp(%s) (%s)";
            case CE_INTENSITY -> en ? "intensity κ'(r), normalised" : "intensiteit κ'(r), genormaliseerd";
            case STRATEGY_SHARE -> en ? "share %s a_j(r)" : "aandeel %s a_j(r)";
            case STRATEGY_MIX -> en ? "part %s → %s n(r,j,w)" : "deel %s → %s n(r,j,w)";
            case VERKLEINEN -> en ? "verkleinen factor" : "factor verkleinen";
            case VERKLEINEN_USED -> en ? "verkleinen factor used: raised so the region's CE demand is not negative"
                    : "gebruikte factor verkleinen: verhoogd zodat de circulaire vraag van de regio niet negatief is";
            case DOUBLE_USE -> en ? "double space use d" : "dubbel ruimtegebruik d";
            case DOUBLE_USE_YEARS -> en ? "years of double space use y_d" : "jaren dubbel ruimtegebruik y_d";
            case RESERVE -> en ? "planning reserve f_res" : "planreserve f_res";
            case PLAN -> en ? "available from %s (ha)" : "beschikbaar vanaf %s (ha)";
            case PLAN_REPLACING -> en ? "replaces the data set, from %s (ha)" : "vervangt dataset, vanaf %s (ha)";
            case PLAN_ADDED -> en ? "scenario, from %s (ha)" : "scenario, vanaf %s (ha)";
            case ZACHT_REALISATION -> en ? "realisation probability p_Z" : "realisatiekans p_Z";
            case GRID_SHARE -> en ? "share behind a full grid β(r)" : "aandeel achter vol net β(r)";
            case GRID_DIRECT_SHARE -> en ? "part that holds back direct plots a_d" : "deel dat ook direct aanbod tegenhoudt a_d";
            case STIKSTOF_HARD_SHARE -> en ? "share of hard plans with a permit duty γ_H" : "aandeel harde plannen met vergunningplicht γ_H";
            case GRID_WEIGHT -> en ? "grid intensity e(w)" : "netintensiteit e(w)";
            case RELIEF_YEAR -> en ? "relief year Y(r), incl. delay" : "ontlastingsjaar Y(r), incl. vertraging";
            case STIKSTOF_SHARE -> en ? "share that needs a permit γ(r)" : "aandeel met vergunningplicht γ(r)";
            case PERMIT_PROBABILITY -> en ? "permit probability p_N" : "vergunningskans p_N";
            case PERMIT_DELAY -> en ? "delay δ_N (years)" : "vertraging δ_N (jaren)";
            case INTENSIFICATION -> en ? "space gain i(r), share of the stock" : "ruimtewinst i(r), aandeel van de voorraad";
            case INTENSIFICATION_NEED -> en ? "space gain i(r), share of the need" : "ruimtewinst i(r), aandeel van de behoefte";
            case INTENSIFICATION_HECTARES -> en ? "space gain H(r) (net ha)" : "ruimtewinst H(r) (netto ha)";
            case INTENSIFICATION_RAMP -> en ? "build-up ramp_I(%s), %s-%s (%s)" : "opbouw ramp_I(%s), %s-%s (%s)";
        };
        return String.format(Locale.ROOT, text, in.args().toArray());
    }

    /**
     * An input's value as text: a distribution in the reader's language, a number with four significant digits
     * and never an exponent (160,700 as "160700", not "1.607e+05"), a share as a percentage.
     */
    public static String value(Input in, Language l) {
        if (in.value() instanceof Param p) {
            return Label.distribution(p, l);
        } else if (in.value() instanceof Double d) {
            return l.decimals(number(d));
        } else if (in.value() instanceof nl.ruimtevraag.engine.Explanation.Share s) {
            return l.decimals(number(s.value() * 100)) + "%";
        }
        return String.valueOf(in.value());
    }

    private static String number(double v) {
        if (!Double.isFinite(v)) {
            return String.valueOf(v);
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return new java.math.BigDecimal(v).round(new java.math.MathContext(4)).stripTrailingZeros().toPlainString();
    }

    public static String source(Input in, Language l) {
        return !in.source().isEmpty() ? Label.sourceText(in.source(), l) : l == Language.EN ? "built in" : "ingebouwd";
    }

    private static String format(String text, Step s) {
        return String.format(Locale.ROOT, text, s.args().toArray());
    }
}
