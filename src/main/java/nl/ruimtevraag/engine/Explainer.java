package nl.ruimtevraag.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.ruimtevraag.engine.Explanation.Input;
import nl.ruimtevraag.engine.Explanation.Kind;
import nl.ruimtevraag.engine.Explanation.Step;
import nl.ruimtevraag.model.Figure;
import nl.ruimtevraag.model.GrowthRule;
import nl.ruimtevraag.model.Param;
import nl.ruimtevraag.model.Period;
import nl.ruimtevraag.model.RStrategy;
import nl.ruimtevraag.model.RegionData;
import nl.ruimtevraag.model.RegionalData;
import nl.ruimtevraag.model.Scenario;
import nl.ruimtevraag.model.Sector;
import nl.ruimtevraag.model.SupplyAddition;
import nl.ruimtevraag.model.SupplyItem;
import nl.ruimtevraag.model.TransformationEvent;
import nl.ruimtevraag.model.Werkmilieu;

/**
 * Decomposes one result cell into the steps of the method. The step results are read from the
 * {@link Projection} (so they are the engine's own numbers); the inputs are the scenario's and the
 * data set's values with their sources. The formulas are those of {@link Formulas} (docs/method.md).
 */
public final class Explainer {
    private Explainer() {
    }

    public static Explanation explain(Scenario s, RegionalData data, Projection p, String regionCode,
                                      Werkmilieu werkmilieu, Period period) {
        int r = p.regionIndex(regionCode);
        int w = werkmilieu.ordinal();
        int end = period.end();
        RegionData region = data.region(regionCode).orElseThrow();
        ProjectionInput in = p.input();
        List<Step> steps = new ArrayList<>();

        List<Input> emp = new ArrayList<>();
        for (Sector k : Sector.values()) {
            double m = in.expansion().mix()[k.ordinal()][w];
            if (m == 0) {
                continue;
            }
            emp.add(figure("banen " + k.code() + " (dataset; gebruikt als stand " + in.horizon().baseYear() + ")", region.jobs().get(k)));
            emp.add(param("terreinquotiënt " + k.code() + " (ha/baan)", s.economy().terreinquotient().get(k)));
            emp.add(new Input("mix " + k.code() + " → " + werkmilieu.code(), num(m), "scenario economy.mix"));
        }
        for (GrowthRule g : s.economy().growth()) {
            if (g.region() == null || g.region().equals(regionCode)) {
                emp.add(param("groei " + (g.sector() == null ? "alle sectoren" : g.sector().code()) + " "
                        + g.fromYear() + "-" + g.toYear() + " (per jaar)", g.rate()));
            }
        }
        emp.add(param("terreinquotiënt trend (per jaar)", s.economy().tqTrend()));
        emp.add(param("teruggave krimpende sectoren ρ", s.economy().shrinkReturn()));
        steps.add(new Step("Uitbreidingsvraag, werkgelegenheidsmethode", infoUnless(in, nl.ruimtevraag.model.DemandMethod.EMPLOYMENT, p, r),
                "Σ_t Σ_k [max(ΔE,0) − ρ·max(−ΔE,0)] · TQ(k,t) · m(k,w);  E(t) = E(t−1)·(1+g)", emp,
                p.upTo(Measure.EXPANSION_EMPLOYMENT, r, w, end)));

        List<Input> trend = new ArrayList<>();
        trend.add(figure("uitgifte per jaar (regio)", region.uitgifte()));
        trend.add(new Input("aandeel " + werkmilieu.code() + " in de voorraad s(r,w)",
                num(region.stockTotal() == 0 ? 0 : region.stock().get(werkmilieu).value() / region.stockTotal()),
                "data set stock.csv"));
        s.economy().trendMultiplier().forEach((year, f) -> trend.add(param(s.economy().trendMultiplier().size() == 1
                ? "trendfactor f (elk jaar)" : "trendfactor f(" + year + ")", f)));
        steps.add(new Step("Uitbreidingsvraag, trendmethode (historische uitgifte)", infoUnless(in, nl.ruimtevraag.model.DemandMethod.TREND, p, r),
                "Σ_t u_hist(r) · s(r,w) · f(t)", trend, p.upTo(Measure.EXPANSION_TREND, r, w, end)));
        if (in.expansion().method() == nl.ruimtevraag.model.DemandMethod.MEAN || in.expansion().method() == nl.ruimtevraag.model.DemandMethod.MAX) {
            steps.add(new Step("Uitbreidingsvraag gebruikt (" + (in.expansion().method() == nl.ruimtevraag.model.DemandMethod.MAX
                    ? "max → " + p.methodUsed(r).code() : "gemiddelde van beide") + ")",
                    Kind.DEMAND, in.expansion().method() == nl.ruimtevraag.model.DemandMethod.MEAN ? "(U_E + U_T) / 2"
                    : "per regio de methode met de grootste vraag over de hele horizon",
                    List.of(), p.upTo(Measure.EXPANSION, r, w, end)));
        }

        List<Input> tr = new ArrayList<>();
        for (TransformationEvent e : s.transformation()) {
            if (e.region().equals(regionCode) && e.werkmilieu() == werkmilieu) {
                tr.add(param("transformatie " + e.fromYear() + "-" + e.toYear() + " (ha)", e.hectares()));
                tr.add(param("compensatie c", e.compensation()));
            }
        }
        steps.add(new Step("Vervangingsvraag door transformatie", Kind.DEMAND, "Σ_t Σ_events T(r,w,t) · c", tr,
                p.upTo(Measure.TRANSFORMATION, r, w, end)));
        steps.add(new Step("Vervangingsvraag door veroudering", Kind.DEMAND, "Σ_t L(r,w,t−1) · o(r)",
                List.of(figure("voorraad " + werkmilieu.code() + " (netto ha)", region.stock().get(werkmilieu)),
                        new Input("onttrekking o(r) per jaar", pct(in.replacement().withdrawalRate()[r]), "scenario replacement.withdrawal_rate / data set")),
                p.upTo(Measure.WITHDRAWAL, r, w, end)));
        steps.add(new Step("Vervangingsvraag als aandeel van de uitbreidingsvraag", Kind.DEMAND, "Σ_t U(r,w,t) · v",
                List.of(param("aandeel v", s.replacement().shareOfExpansion())),
                p.upTo(Measure.REPLACEMENT_SHARE, r, w, end)));

        List<Input> ce = new ArrayList<>();
        ce.add(new Input("voorraad regio L0(r) (netto ha)", num(region.stockTotal()), "data set stock.csv"));
        ce.add(param("extra ruimte x_CE bij de horizon", s.circular().extraShare()));
        ce.add(new Input("opbouw ramp(" + end + ") (" + s.circular().ramp().code() + ")",
                num(in.circular().ramp()[in.horizon().index(end)]), "scenario circular.ramp"));
        ce.add(new Input("intensiteit κ'(r), genormaliseerd", num(in.circular().kappa()[r]), "data set ce_intensity / scenario circular.intensity"));
        for (RStrategy j : RStrategy.values()) {
            ce.add(param("aandeel " + j.code() + " a_j", s.circular().strategyShares().get(j)));
            ce.add(new Input("deel " + j.code() + " → " + werkmilieu.code() + " n(j,w)",
                    num(in.circular().strategyMix()[j.ordinal()][w]), "scenario circular.mapping"));
        }
        ce.add(param("factor verkleinen", s.circular().verkleinenFactor()));
        ce.add(param("dubbel ruimtegebruik d", s.circular().doubleUseShare()));
        ce.add(new Input("jaren dubbel ruimtegebruik y_d", Integer.toString(s.circular().doubleUseYears()), "scenario circular.double_use.years"));
        steps.add(new Step("Circulaire extra vraag", Kind.DEMAND,
                "L0(r)·x_CE·ramp(T)·κ'(r) · Σ_j a_j·n(j,w)·f_j  +  d · (opbouw van de laatste y_d jaar)", ce,
                p.upTo(Measure.CIRCULAR, r, w, end)));
        steps.add(new Step("Planreserve", Kind.DEMAND, "(U + V + C) · f_res",
                List.of(param("planreserve f_res", s.planningReserve())), p.upTo(Measure.RESERVE, r, w, end)));
        double vraag = p.upTo(Measure.DEMAND, r, w, end);
        steps.add(new Step("Vraag t/m " + end, Kind.TOTAL, "(U + V + C) · (1 + f_res), opgeteld vanaf " + (in.horizon().baseYear() + 1),
                List.of(), vraag));

        for (nl.ruimtevraag.model.SupplyKind kind : nl.ruimtevraag.model.SupplyKind.values()) {
            List<Input> plans = new ArrayList<>();
            for (SupplyItem i : region.supply()) {
                if (i.werkmilieu() == werkmilieu && i.kind() == kind) {
                    plans.add(figure("beschikbaar vanaf " + i.availableYear() + " (ha)", i.hectares()));
                }
            }
            for (SupplyAddition a : s.supply().additions()) {
                if (a.region().equals(regionCode) && a.werkmilieu() == werkmilieu && a.kind() == kind) {
                    plans.add(param((a.replace() ? "vervangt dataset, " : "scenario, ") + "vanaf " + a.availableYear() + " (ha)", a.hectares()));
                }
            }
            switch (kind) {
                case DIRECT -> steps.add(new Step("Direct uitgeefbaar", Kind.SUPPLY, "A", plans, p.upTo(Measure.SUPPLY_DIRECT, r, w, end)));
                case HARD -> steps.add(new Step("Harde plancapaciteit", Kind.SUPPLY, "Σ H_a voor a ≤ T", plans, p.upTo(Measure.SUPPLY_HARD, r, w, end)));
                case ZACHT -> steps.add(new Step("Zachte plancapaciteit", Kind.SUPPLY, "Σ Z_a voor a ≤ T", plans, p.upTo(Measure.SUPPLY_ZACHT, r, w, end)));
            }
        }
        steps.add(new Step("Zacht: niet gerealiseerd", Kind.SUPPLY, "− Z · (1 − p_Z)",
                List.of(param("realisatiekans p_Z", s.supply().zachtRealisation())), -p.upTo(Measure.ZACHT_UNREALISED, r, w, end)));
        steps.add(new Step("Tegengehouden door netcongestie", Kind.SUPPLY, "− (H + p_Z·Z) · β(r)·e(w)·[T < Y(r)]",
                List.of(new Input("aandeel achter vol net β(r)", pct(in.constraints().grid().share()[r]), "data set netcongestie_share / scenario"),
                        new Input("netintensiteit e(w)", num(in.constraints().grid().weight()[w]), "scenario constraints.netcongestie.weights"),
                        new Input("ontlastingsjaar Y(r), incl. vertraging", Integer.toString(in.constraints().grid().reliefYear()[r]), "data set netcongestie_relief_year / scenario")),
                -p.upTo(Measure.HELD_GRID, r, w, end)));
        steps.add(new Step("Tegengehouden door stikstof", Kind.SUPPLY, "− p_Z·R_grid · (Z − Σ_a Z_a·[(1−γ) + γ·p_N·[T ≥ a+δ_N]])",
                List.of(new Input("aandeel met vergunningplicht γ(r)", pct(in.constraints().stikstof().share()[r]), "data set stikstof_share / scenario"),
                        param("vergunningskans p_N", s.constraints().stikstof().permitProbability()),
                        param("vertraging δ_N (jaren)", s.constraints().stikstof().delayYears())),
                -p.upTo(Measure.HELD_STIKSTOF, r, w, end)));
        steps.add(new Step("Tegengehouden door water", Kind.SUPPLY, s.constraints().water().enabled() ? "zelfde vorm als stikstof" : "uit (constraints.water.enabled: false)",
                List.of(), -p.upTo(Measure.HELD_WATER, r, w, end)));
        steps.add(new Step("Intensivering (ruimtewinst)", Kind.SUPPLY, "L0(r,w) · i(r) · ramp_I(T)",
                List.of(new Input("ruimtewinst i(r) bij de horizon", pct(in.intensification().share()[r]), "scenario intensification.share")),
                p.upTo(Measure.INTENSIFICATION, r, w, end)));
        double aanbod = p.upTo(Measure.SUPPLY_REALISABLE, r, w, end);
        steps.add(new Step("Realiseerbaar aanbod t/m " + end, Kind.TOTAL, "A + H + Z − niet gerealiseerd − tegengehouden + intensivering",
                List.of(), aanbod));
        Confrontation c = p.confrontation(r, w, period);
        steps.add(new Step("Saldo t/m " + end, Kind.TOTAL, "aanbod − vraag", List.of(), c.saldo()));
        steps.add(new Step("Extra hectares nodig t/m " + end, Kind.TOTAL, "max(0, −saldo)", List.of(), c.extraHa()));
        return new Explanation(regionCode, region.name(), werkmilieu.code(), period.label(), end, steps);
    }

    /** The method step counts as DEMAND when it is the one the confrontation uses, else INFO. */
    private static Kind infoUnless(ProjectionInput in, nl.ruimtevraag.model.DemandMethod method, Projection p, int r) {
        boolean single = in.expansion().method() == nl.ruimtevraag.model.DemandMethod.EMPLOYMENT
                || in.expansion().method() == nl.ruimtevraag.model.DemandMethod.TREND;
        return single && p.methodUsed(r) == method ? Kind.DEMAND : Kind.INFO;
    }

    private static Input param(String name, Param p) {
        String where = p.origin().location();
        String src = p.origin().source();
        String source = where.isEmpty() ? src : (src.isEmpty() ? where : where + " — " + src);
        return new Input(name, p.describe(), source.isEmpty() ? "ingebouwd" : source);
    }

    private static Input figure(String name, Figure f) {
        return new Input(name, num(f.value()), f.location() + " — " + f.source() + " (" + f.quality().code() + ")");
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.4g", v);
    }

    private static String pct(double v) {
        return String.format(Locale.ROOT, "%.1f%%", v * 100);
    }
}
