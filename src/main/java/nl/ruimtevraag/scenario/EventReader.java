package nl.ruimtevraag.scenario;

import nl.ruimtevraag.model.Text;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.ruimtevraag.model.Origin;
import nl.ruimtevraag.model.Param;
import nl.ruimtevraag.model.SupplyAddition;
import nl.ruimtevraag.model.SupplyKind;
import nl.ruimtevraag.model.TransformationEvent;
import nl.ruimtevraag.model.Werkmilieu;

/** Reads the scenario's lists of events: {@code transformation} and {@code supply.additions}. */
final class EventReader {
    static final double DEFAULT_COMPENSATION = 0.5;

    private final ReadContext ctx;

    EventReader(ReadContext ctx) {
        this.ctx = ctx;
    }

    List<TransformationEvent> transformation(Node node) {
        if (!(node instanceof Node.ListNode list)) {
            return null;
        }
        List<TransformationEvent> events = new ArrayList<>();
        List<Node> hectaresAt = new ArrayList<>();
        boolean ok = true;
        for (Node item : list.items()) {
            Fields e = Fields.of(item, ScenarioFormat.TRANSFORMATION_EVENT, "transformation[]");
            if (!e.present()) {
                ok = false;
                continue;
            }
            boolean complete = e.require("region", ctx.problems) & e.require("werkmilieu", ctx.problems)
                    & e.require("hectares", ctx.problems) & e.require("years", ctx.problems);
            String region = ctx.regions.code(e.get("region"), e.label("region"), true);
            if (region != null && !ctx.regions.checkSelected(region, e.get("region"), Text.of("een transformatie", "a transformation event"))) {
                region = null;
            }
            String werkmilieu = ctx.values.choice(e.get("werkmilieu"), e.label("werkmilieu"), e.leaf("werkmilieu").values());
            Param hectares = ctx.values.param(e.get("hectares"), e.label("hectares"), e.leaf("hectares").bounds());
            int[] years = ctx.values.yearRange(e.get("years"), e.label("years"));
            if (years != null && !ctx.checkYears(e.get("years"), e.label("years"), years[0], years[1], false)) {
                years = null;
            }
            Param compensation = e.get("compensation") == null
                    ? new Param.Point(DEFAULT_COMPENSATION, Origin.of("method default: compensation 50% (range 30-100%)"))
                    : ctx.values.param(e.get("compensation"), e.label("compensation"), e.leaf("compensation").bounds());
            List<Double> profile = years == null ? null : profile(e, years);
            // the compensation's row: any region of the data set (selected or not), any werkmilieu
            boolean elsewhere = e.get("compensation_region") != null;
            String compensationRegion = elsewhere ? ctx.regions.code(e.get("compensation_region"), e.label("compensation_region"), true)
                    : null;
            boolean otherWerkmilieu = e.get("compensation_werkmilieu") != null;
            String compensationWerkmilieu = otherWerkmilieu ? ctx.values.choice(e.get("compensation_werkmilieu"),
                    e.label("compensation_werkmilieu"), e.leaf("compensation_werkmilieu").values()) : null;
            if (!complete || region == null || werkmilieu == null || hectares == null || years == null || compensation == null
                    || profile == null || elsewhere && compensationRegion == null || otherWerkmilieu && compensationWerkmilieu == null) {
                ok = false;
                continue;
            }
            events.add(new TransformationEvent(region, Werkmilieu.fromCode(werkmilieu).orElseThrow(), hectares, years[0], years[1],
                    compensation, profile, ValueReader.origin(item, hectares.origin().source()), compensationRegion,
                    compensationWerkmilieu == null ? null : Werkmilieu.fromCode(compensationWerkmilieu).orElseThrow()));
            hectaresAt.add(e.get("hectares"));
        }
        return ok && withinStock(events, hectaresAt) ? events : null;
    }

    /**
     * Transformation cannot take more land than there is: per region and werkmilieu, the events'
     * hectares (a distribution's maximum, so that no Monte Carlo draw can exceed it) must not add up to
     * more than the data set's base-year stock. The first event that crosses the stock is reported.
     */
    private boolean withinStock(List<TransformationEvent> events, List<Node> hectaresAt) {
        if (ctx.stock == null) {
            return true; // the loader knows only the region codes
        }
        Map<String, Double> taken = new HashMap<>();
        Set<String> reported = new HashSet<>();
        boolean ok = true;
        for (int i = 0; i < events.size(); i++) {
            TransformationEvent e = events.get(i);
            double[] row = ctx.stock.get(e.region());
            if (row == null) {
                continue;
            }
            String key = e.region() + " " + e.werkmilieu().code();
            double sum = taken.merge(key, maximum(e.hectares()), Double::sum);
            double stock = row[e.werkmilieu().ordinal()];
            if (sum > stock * (1 + 1e-12) && reported.add(key)) {
                double before = sum - maximum(e.hectares());
                ctx.problems.add(hectaresAt.get(i).location(), Text.of("transformatie van {0} {1} komt op {2} ha{3}, meer dan de voorraad"
                        + " van {4} ha in het basisjaar volgens de dataset", "transformation of {0} {1} adds up to {2} ha{3}, more than its base-year"
                        + " stock of {4} ha in the data set", e.region(), e.werkmilieu().code(), Node.fmt(sum),
                        before > 0 ? Text.of(" ({0} ha in eerdere gebeurtenissen)", " ({0} ha in earlier events)", Node.fmt(before)) : Text.NONE,
                        Node.fmt(stock)), Text.of("transformatie kan niet meer grond nemen dan de voorraad; verlaag `hectares` (bij een verdeling"
                        + " telt het maximum: max, high of upper)", "transformation cannot take more land than the stock; lower `hectares`"
                        + " (of a distribution its maximum counts: max, high or upper)"));
                ok = false;
            }
        }
        return ok;
    }

    /** The largest value a parameter can take: a point's value, a distribution's max, high or upper bound. */
    private static double maximum(Param p) {
        if (p instanceof Param.Triangular x) {
            return x.max();
        }
        if (p instanceof Param.Pert x) {
            return x.max();
        }
        if (p instanceof Param.Uniform x) {
            return x.highValue();
        }
        if (p instanceof Param.Normal x) {
            return x.upper();
        }
        return p.central();
    }

    /** One weight per year of the event, not all zero; absent means an even spread (empty list). */
    private List<Double> profile(Fields e, int[] years) {
        Node node = e.get("profile");
        if (node == null) {
            return List.of();
        }
        if (!(node instanceof Node.ListNode list)) {
            return null; // reported by the structure check
        }
        int count = years[1] - years[0] + 1;
        List<Double> weights = new ArrayList<>();
        boolean ok = true;
        double sum = 0;
        for (Node w : list.items()) {
            Double v = ctx.values.number(w, e.label("profile"), ScenarioFormat.WEIGHT);
            if (v == null) {
                ok = false;
            } else {
                weights.add(v);
                sum += v;
            }
        }
        if (!ok) {
            return null;
        }
        if (weights.size() != count) {
            String span = count == 1 ? Integer.toString(years[0]) : years[0] + "-" + years[1];
            ctx.problems.add(node.location(), Text.of("`transformation[].profile` heeft {0} " + (weights.size() == 1 ? "gewicht" : "gewichten")
                    + " voor " + (count == 1 ? "het jaar" : "de {1} jaren") + " {2} van de gebeurtenis", "`transformation[].profile` has {0} weight"
                    + (weights.size() == 1 ? "" : "s") + " for the {1} year" + (count == 1 ? "" : "s") + " {2} of the event",
                    weights.size(), count, span), Text.of("geef één gewicht per jaar, of laat `profile` weg voor een gelijke spreiding",
                    "give one weight per year, or leave `profile` out for an even spread"));
            return null;
        }
        if (sum <= 0) {
            ctx.problems.add(node.location(), Text.of("de gewichten van `transformation[].profile` zijn allemaal 0", "`transformation[].profile` weights are all 0"),
                    Text.of("geef minstens één jaar een positief gewicht", "give at least one year a positive weight"));
            return null;
        }
        return weights;
    }

    List<SupplyAddition> additions(Node node) {
        if (!(node instanceof Node.ListNode list)) {
            return null;
        }
        List<SupplyAddition> additions = new ArrayList<>();
        boolean ok = true;
        for (Node item : list.items()) {
            Fields a = Fields.of(item, ScenarioFormat.SUPPLY_ADDITION, "supply.additions[]");
            if (!a.present()) {
                ok = false;
                continue;
            }
            boolean complete = a.require("region", ctx.problems) & a.require("werkmilieu", ctx.problems)
                    & a.require("kind", ctx.problems) & a.require("hectares", ctx.problems) & a.require("year", ctx.problems);
            String region = ctx.regions.code(a.get("region"), a.label("region"), true);
            if (region != null && !ctx.regions.checkSelected(region, a.get("region"), Text.of("een aanbodtoevoeging", "a supply addition"))) {
                region = null;
            }
            String werkmilieu = ctx.values.choice(a.get("werkmilieu"), a.label("werkmilieu"), a.leaf("werkmilieu").values());
            String kind = ctx.values.choice(a.get("kind"), a.label("kind"), a.leaf("kind").values());
            Param hectares = ctx.values.param(a.get("hectares"), a.label("hectares"), a.leaf("hectares").bounds());
            Integer year = ctx.values.year(a.get("year"), a.label("year"));
            if (year != null && !ctx.checkYears(a.get("year"), a.label("year"), year, year, true)) {
                year = null;
            }
            Boolean replace = a.get("replace") == null ? Boolean.FALSE : ctx.values.bool(a.get("replace"), a.label("replace"));
            if (!complete || region == null || werkmilieu == null || kind == null || hectares == null || year == null
                    || replace == null) {
                ok = false;
                continue;
            }
            additions.add(new SupplyAddition(region, Werkmilieu.fromCode(werkmilieu).orElseThrow(),
                    SupplyKind.fromCode(kind).orElseThrow(), hectares, year, replace,
                    ValueReader.origin(item, hectares.origin().source())));
        }
        return ok ? additions : null;
    }
}
