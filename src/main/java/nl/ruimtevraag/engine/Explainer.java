package nl.ruimtevraag.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.ruimtevraag.engine.Explanation.Input;
import nl.ruimtevraag.engine.Explanation.Kind;
import nl.ruimtevraag.engine.Explanation.Part;
import nl.ruimtevraag.engine.Explanation.Quantity;
import nl.ruimtevraag.engine.Explanation.Step;
import nl.ruimtevraag.model.CircularFraming;
import nl.ruimtevraag.model.DemandMethod;
import nl.ruimtevraag.model.Figure;
import nl.ruimtevraag.model.GrowthRule;
import nl.ruimtevraag.model.Intensification;
import nl.ruimtevraag.model.Param;
import nl.ruimtevraag.model.Period;
import nl.ruimtevraag.model.RStrategy;
import nl.ruimtevraag.model.RegionData;
import nl.ruimtevraag.model.RegionalData;
import nl.ruimtevraag.model.Scenario;
import nl.ruimtevraag.model.Sector;
import nl.ruimtevraag.model.SupplyAddition;
import nl.ruimtevraag.model.SupplyItem;
import nl.ruimtevraag.model.SupplyKind;
import nl.ruimtevraag.model.TqBasis;
import nl.ruimtevraag.model.TransformationEvent;
import nl.ruimtevraag.model.Werkmilieu;

/**
 * Decomposes one result cell into the steps of the method. The step results are read from the
 * {@link Projection} (so they are the engine's own numbers); the inputs are the scenario's and the
 * data set's values with their sources. The formulas are those of {@link Formulas} (docs/method.md).
 * No text in any language: report.WaterfallText names the steps and inputs.
 */
public final class Explainer {
    private Explainer() {
    }

    public static Explanation explain(Scenario s, RegionalData data, Projection p, String regionCode,
                                      Werkmilieu werkmilieu, Period period) {
        int r = p.regionIndex(regionCode);
        int w = werkmilieu.ordinal();
        int end = period.end();
        RegionData region = InputResolver.dataFor(s, data).region(regionCode).orElseThrow();
        ProjectionInput in = p.input();
        List<Step> steps = new ArrayList<>();

        List<Input> emp = new ArrayList<>();
        for (Sector k : Sector.values()) {
            double m = in.expansion().mix()[k.ordinal()][w];
            if (m == 0) {
                continue;
            }
            emp.add(figure(Quantity.JOBS, region.jobs().get(k), k.code(), in.horizon().baseYear()));
            emp.add(param(Quantity.TQ, s.economy().terreinquotient().get(k), k.code()));
            emp.add(input(Quantity.TQ_REGION, num(in.expansion().tq()[r][k.ordinal()]), s.economy().tqBasis() == TqBasis.REGIONAL
                    ? "TQ(k) · L0(r) / Σ_k E0(r,k)·TQ(k) (economy.terreinquotient_basis: regional)"
                    : "scenario economy.terreinquotient (economy.terreinquotient_basis: national)", k.code()));
            emp.add(input(Quantity.MIX, num(m), "scenario economy.mix", k.code(), werkmilieu.code()));
        }
        for (GrowthRule g : s.economy().growth()) {
            if (g.region() == null || g.region().equals(regionCode)) {
                emp.add(g.sector() == null ? param(Quantity.GROWTH_ALL, g.rate(), g.fromYear(), g.toYear())
                        : param(Quantity.GROWTH, g.rate(), g.sector().code(), g.fromYear(), g.toYear()));
            }
        }
        emp.add(param(Quantity.TQ_TREND, s.economy().tqTrend()));
        emp.add(param(Quantity.SHRINK_RETURN, s.economy().shrinkReturn()));
        steps.add(step(Part.EMPLOYMENT, infoUnless(in, DemandMethod.EMPLOYMENT, p, r), emp, p.upTo(Measure.EXPANSION_EMPLOYMENT, r, w, end)));

        List<Input> trend = new ArrayList<>();
        trend.add(figure(Quantity.UITGIFTE, region.uitgifte()));
        trend.add(input(Quantity.STOCK_SHARE, num(region.stockTotal() == 0 ? 0 : region.stock().get(werkmilieu).value() / region.stockTotal()),
                "data set stock.csv", werkmilieu.code()));
        s.economy().trendMultiplier().forEach((year, f) -> trend.add(s.economy().trendMultiplier().size() == 1
                ? param(Quantity.TREND_FACTOR, f) : param(Quantity.TREND_FACTOR_YEAR, f, year)));
        steps.add(step(Part.TREND, infoUnless(in, DemandMethod.TREND, p, r), trend, p.upTo(Measure.EXPANSION_TREND, r, w, end)));
        if (in.expansion().method() == DemandMethod.MEAN) {
            steps.add(step(Part.USED_MEAN, Kind.DEMAND, List.of(), p.upTo(Measure.EXPANSION, r, w, end)));
        }

        List<Input> tr = new ArrayList<>();
        for (TransformationEvent e : s.transformation()) {
            if (e.compensationRegion().equals(regionCode) && e.compensationWerkmilieu() == werkmilieu) {
                boolean own = e.region().equals(regionCode) && e.werkmilieu() == werkmilieu;
                tr.add(own ? param(Quantity.TRANSFORMATION, e.hectares(), e.fromYear(), e.toYear())
                        : param(Quantity.TRANSFORMATION_FROM, e.hectares(), e.region(), e.werkmilieu().code(), e.fromYear(), e.toYear()));
                tr.add(param(Quantity.COMPENSATION, e.compensation()));
            }
        }
        steps.add(step(Part.TRANSFORMATION, Kind.DEMAND, tr, p.upTo(Measure.TRANSFORMATION, r, w, end)));
        steps.add(step(Part.WITHDRAWAL, Kind.DEMAND, List.of(figure(Quantity.STOCK, region.stock().get(werkmilieu), werkmilieu.code()),
                        input(Quantity.WITHDRAWAL_RATE, pct(in.replacement().withdrawalRate()[r]), "scenario replacement.withdrawal_rate / data set")),
                p.upTo(Measure.WITHDRAWAL, r, w, end)));
        steps.add(step(Part.REPLACEMENT_SHARE, Kind.DEMAND, List.of(param(Quantity.REPLACEMENT_SHARE, s.replacement().shareOfExpansion())),
                p.upTo(Measure.REPLACEMENT_SHARE, r, w, end)));

        List<Input> ce = new ArrayList<>();
        CircularFraming framing = s.circular().framing();
        if (framing.kind() == CircularFraming.Kind.SHARE_OF_DEMAND) {
            framing.demandShare().forEach((year, share) -> ce.add(param(Quantity.CE_SHARE, share, year)));
        } else {
            ce.add(input(Quantity.REGION_STOCK, num(region.stockTotal()), "data set stock.csv"));
            ce.add(param(Quantity.CE_EXTRA, s.circular().extraShare(), s.circular().reachedIn()));
            ce.add(input(Quantity.CE_RAMP, num(in.circular().ramp()[in.horizon().index(end)]), "scenario circular.ramp", end,
                    s.circular().ramp().code()));
            ce.add(input(Quantity.CE_INTENSITY, num(in.circular().kappa()[r]), "data set ce_intensity / scenario circular.intensity"));
        }
        ce.add(param(Quantity.CE_EMBEDDED, framing.embeddedShare()));
        String profile = "scenario circular.profiles." + regionCode;
        for (RStrategy j : RStrategy.values()) {
            int jj = j.ordinal();
            ce.add(param(Quantity.STRATEGY_SHARE, s.circular().strategySharesOf(regionCode).get(j), j.code()));
            ce.add(input(Quantity.STRATEGY_MIX, num(in.circular().strategyMix()[r][jj][w]),
                    s.circular().mappingFromProfile(regionCode, j) ? profile + ".mapping" : "scenario circular.mapping",
                    j.code(), werkmilieu.code()));
        }
        ce.add(param(Quantity.VERKLEINEN, s.circular().verkleinenFactor()));
        double factorUsed = in.circular().strategyFactor()[r][RStrategy.VERKLEINEN.ordinal()];
        if (factorUsed != s.circular().verkleinenFactor().central()) {
            ce.add(input(Quantity.VERKLEINEN_USED, num(factorUsed), "Formulas.verkleinenFloor"));
        }
        ce.add(param(Quantity.DOUBLE_USE, s.circular().doubleUseShare()));
        ce.add(input(Quantity.DOUBLE_USE_YEARS, (double) s.circular().doubleUseYears(), "scenario circular.double_use.years"));
        steps.add(step(Part.CIRCULAR, Kind.DEMAND, ce, p.upTo(Measure.CIRCULAR, r, w, end), framing.kind().code()));
        steps.add(step(Part.RESERVE, Kind.DEMAND, List.of(param(Quantity.RESERVE, s.planningReserve())), p.upTo(Measure.RESERVE, r, w, end)));
        steps.add(step(Part.DEMAND, Kind.TOTAL, List.of(), p.upTo(Measure.DEMAND, r, w, end), in.horizon().baseYear() + 1));

        for (SupplyKind kind : SupplyKind.values()) {
            List<Input> plans = new ArrayList<>();
            for (SupplyItem i : region.supply()) {
                if (i.werkmilieu() == werkmilieu && i.kind() == kind) {
                    plans.add(figure(Quantity.PLAN, i.hectares(), i.availableYear()));
                }
            }
            for (SupplyAddition a : s.supply().additions()) {
                if (a.region().equals(regionCode) && a.werkmilieu() == werkmilieu && a.kind() == kind) {
                    plans.add(param(a.replace() ? Quantity.PLAN_REPLACING : Quantity.PLAN_ADDED, a.hectares(), a.availableYear()));
                }
            }
            switch (kind) {
                case DIRECT -> steps.add(step(Part.SUPPLY_DIRECT, Kind.SUPPLY, plans, p.upTo(Measure.SUPPLY_DIRECT, r, w, end)));
                case HARD -> steps.add(step(Part.SUPPLY_HARD, Kind.SUPPLY, plans, p.upTo(Measure.SUPPLY_HARD, r, w, end)));
                case ZACHT -> steps.add(step(Part.SUPPLY_ZACHT, Kind.SUPPLY, plans, p.upTo(Measure.SUPPLY_ZACHT, r, w, end)));
            }
        }
        steps.add(step(Part.ZACHT_UNREALISED, Kind.SUPPLY, List.of(param(Quantity.ZACHT_REALISATION, s.supply().zachtRealisation())),
                -p.upTo(Measure.ZACHT_UNREALISED, r, w, end)));
        steps.add(step(Part.HELD_GRID, Kind.SUPPLY,
                List.of(input(Quantity.GRID_SHARE, pct(in.constraints().grid().share()[r]), "data set netcongestie_share / scenario"),
                        input(Quantity.GRID_WEIGHT, num(in.constraints().grid().weight()[w]), "scenario constraints.netcongestie.weights"),
                        input(Quantity.RELIEF_YEAR, (double) in.constraints().grid().reliefYear()[r], "data set netcongestie_relief_year / scenario"),
                        param(Quantity.GRID_DIRECT_SHARE, s.constraints().netcongestie().directShare())),
                -p.upTo(Measure.HELD_GRID, r, w, end)));
        steps.add(step(Part.HELD_STIKSTOF, Kind.SUPPLY,
                List.of(input(Quantity.STIKSTOF_SHARE, pct(in.constraints().stikstof().share()[r]), "data set stikstof_share / scenario"),
                        param(Quantity.STIKSTOF_HARD_SHARE, s.constraints().stikstof().hardShare()),
                        param(Quantity.PERMIT_PROBABILITY, s.constraints().stikstof().permitProbability()),
                        param(Quantity.PERMIT_DELAY, s.constraints().stikstof().delayYears())),
                -p.upTo(Measure.HELD_STIKSTOF, r, w, end)));
        steps.add(step(s.constraints().water().enabled() ? Part.HELD_WATER : Part.WATER_OFF, Kind.SUPPLY, List.of(), -p.upTo(Measure.HELD_WATER, r, w, end)));
        steps.add(intensification(s, in, region, werkmilieu, end, p.upTo(Measure.INTENSIFICATION, r, w, end)));
        steps.add(step(Part.SUPPLY, Kind.TOTAL, List.of(), p.upTo(Measure.SUPPLY_REALISABLE, r, w, end)));
        Confrontation c = p.confrontation(r, w, period);
        steps.add(step(Part.SALDO, Kind.TOTAL, List.of(), c.saldo()));
        steps.add(step(Part.EXTRA_HA, Kind.TOTAL, List.of(), c.extraHa()));
        return new Explanation(regionCode, region.name(), werkmilieu, period.label(), end, steps);
    }

    /** Section 4 by its basis: the figure that holds for the region, the stock where it is read, and the ramp at T. */
    private static Step intensification(Scenario s, ProjectionInput in, RegionData region, Werkmilieu werkmilieu, int end,
                                        double result) {
        Intensification i = s.intensification();
        List<Input> inputs = new ArrayList<>();
        Part part = switch (i.basis()) {
            case STOCK -> {
                inputs.add(figure(Quantity.STOCK, region.stock().get(werkmilieu), werkmilieu.code()));
                inputs.add(param(Quantity.INTENSIFICATION, Planning.regional(i.share(), region, null)));
                yield Part.INTENSIFICATION;
            }
            case NEED -> {
                inputs.add(param(Quantity.INTENSIFICATION_NEED, Planning.regional(i.share(), region, null)));
                yield Part.INTENSIFICATION_NEED;
            }
            case HECTARES -> {
                inputs.add(param(Quantity.INTENSIFICATION_HECTARES, Planning.regional(i.hectares(), region, null)));
                inputs.add(input(Quantity.STOCK_SHARE, num(region.stockTotal() == 0 ? 0
                        : region.stock().get(werkmilieu).value() / region.stockTotal()), "data set stock.csv", werkmilieu.code()));
                yield Part.INTENSIFICATION_HECTARES;
            }
        };
        inputs.add(input(Quantity.INTENSIFICATION_RAMP, num(in.intensification().ramp()[in.horizon().index(end)]),
                "scenario intensification.ramp", end, i.startYear(), i.reachedIn(), i.ramp().code()));
        return step(part, Kind.SUPPLY, inputs, result);
    }

    /** The method step counts as DEMAND when it is the one the confrontation uses, else INFO. */
    private static Kind infoUnless(ProjectionInput in, DemandMethod method, Projection p, int r) {
        boolean single = in.expansion().method() == DemandMethod.EMPLOYMENT || in.expansion().method() == DemandMethod.TREND;
        return single && p.methodUsed() == method ? Kind.DEMAND : Kind.INFO;
    }

    private static Step step(Part part, Kind kind, List<Input> inputs, double result, Object... args) {
        return new Step(part, kind, List.of(args), inputs, result);
    }

    private static Input param(Quantity quantity, Param p, Object... args) {
        String where = p.origin().location();
        String src = p.origin().source();
        return new Input(quantity, List.of(args), p, where.isEmpty() ? src : (src.isEmpty() ? where : where + " — " + src));
    }

    private static Input figure(Quantity quantity, Figure f, Object... args) {
        return input(quantity, num(f.value()), f.location() + " — " + f.source() + " (" + f.quality().code() + ")", args);
    }

    private static Input input(Quantity quantity, Object value, String source, Object... args) {
        return new Input(quantity, List.of(args), value, source);
    }

    /** A number for the report to write in its own form (a number cell, or text without exponent). */
    private static Double num(double v) {
        return v;
    }

    private static Explanation.Share pct(double v) {
        return new Explanation.Share(v);
    }
}
