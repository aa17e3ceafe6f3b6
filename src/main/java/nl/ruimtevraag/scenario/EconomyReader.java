package nl.ruimtevraag.scenario;

import nl.ruimtevraag.model.Text;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.ruimtevraag.model.DemandMethod;
import nl.ruimtevraag.model.Economy;
import nl.ruimtevraag.model.GrowthRule;
import nl.ruimtevraag.model.Origin;
import nl.ruimtevraag.model.Param;
import nl.ruimtevraag.model.Sector;
import nl.ruimtevraag.model.TqBasis;
import nl.ruimtevraag.model.Werkmilieu;

/** Reads {@code economy}: the method, growth (preset or rules), terreinquotiënten, mix and trend. */
final class EconomyReader {
    private final ReadContext ctx;

    EconomyReader(ReadContext ctx) {
        this.ctx = ctx;
    }

    Economy read(Fields f) {
        String methodCode = removedMax(f) ? null : ctx.choice(f, "method");
        f.require("growth", ctx.problems);
        Node growthNode = f.get("growth");
        String preset = "";
        List<GrowthRule> growth = null;
        if (growthNode instanceof Node.Scalar s && s.isString()) {
            preset = ctx.values.choice(growthNode, f.label("growth"), GrowthPresets.names());
            if (preset != null) {
                growth = rules(GrowthPresets.rules(preset), true);
            }
        } else if (growthNode instanceof Node.ListNode list) {
            growth = rules(list, false);
        } else if (growthNode != null) {
            ctx.problems.add(growthNode.location(), Text.of("`economy.growth` moet een voorinstelling ({0}) of een lijst groeiregels zijn, gevonden: {1}",
                    "`economy.growth` must be a preset ({0}) or a list of growth rules, got {1}", String.join(", ", GrowthPresets.names()),
                    growthNode.describe()), Text.of("bijv. growth: [{region: all, sector: all, years: 2026-2030, rate: 1%}]",
                    "e.g. growth: [{region: all, sector: all, years: 2026-2030, rate: 1%}]"));
        }
        Map<Sector, Param> tq = terreinquotient(f);
        String tqBasis = ctx.choice(f, "terreinquotient_basis");
        Param tqTrend = ctx.param(f, "terreinquotient_trend");
        Map<Sector, Map<Werkmilieu, Double>> mix = ShareRows.table(ctx, f, "mix", ScenarioFormat.SECTORS,
                code -> Sector.fromCode(code).orElseThrow());
        Param shrink = ctx.param(f, "shrink_return");
        Fields trend = f.section("trend");
        f.require("trend", ctx.problems);
        Map<Integer, Param> multiplier = multiplier(trend);
        Double divergence = ctx.number(f, "divergence_factor");
        if (methodCode == null || growth == null || tq == null || tqBasis == null || tqTrend == null || mix == null || shrink == null
                || multiplier == null || divergence == null) {
            return null;
        }
        return new Economy(DemandMethod.fromCode(methodCode).orElseThrow(), preset == null ? "" : preset, growth, tq,
                TqBasis.fromCode(tqBasis).orElseThrow(), tqTrend,
                mix, shrink, new TreeMap<>(multiplier), divergence);
    }

    /**
     * {@code method: max} chose one method per region on the horizon totals, so more growth after 2040 could
     * lower the demand to 2030; it is gone (docs/method.md), and a scenario that still names it is told why.
     */
    private boolean removedMax(Fields f) {
        if (f.get("method") instanceof Node.Scalar s && s.isString() && "max".equals(s.text())) {
            ctx.problems.add(s.location(), Text.of("`economy.method: max` wordt niet meer ondersteund: die koos per regio één methode op"
                            + " de totalen van de horizon, zodat meer banengroei na 2040 de vraag tot 2030 kon verlagen",
                    "`economy.method: max` is no longer supported: it chose one method per region on"
                            + " the horizon totals, so more job growth after 2040 could lower the demand to 2030"),
                    Text.of("gebruik `employment` (de basis) of `mean`; de trendmethode wordt altijd ernaast berekend, en regio's"
                            + " waar de twee uiteenlopen worden op het samenvattingsblad gemarkeerd",
                            "use `employment` (the basis) or `mean`; the trend method is always computed beside it, and regions"
                            + " where the two diverge are flagged on the summary sheet"));
            return true;
        }
        return false;
    }

    /**
     * Growth rules. A group expands to one rule per code, all sharing one Param (one draw under
     * Monte Carlo). A preset's years are clipped to the horizon and its last rule holds up to the
     * horizon's end (a 2060 horizon does not fall to zero growth after 2050); a user's rule must lie
     * inside the horizon.
     */
    List<GrowthRule> rules(Node node, boolean preset) {
        if (!(node instanceof Node.ListNode list)) {
            return null;
        }
        List<GrowthRule> rules = new ArrayList<>();
        boolean ok = true;
        for (Node item : list.items()) {
            Fields r = Fields.of(item, ScenarioFormat.GROWTH_RULE, "economy.growth[]");
            if (!r.present()) {
                ok = false; // reported by the structure check
                continue;
            }
            boolean complete = r.require("years", ctx.problems) & r.require("rate", ctx.problems);
            List<String> regionCodes = r.get("region") == null ? List.of()
                    : ctx.regions.refer(r.get("region"), r.label("region"), true, true);
            Sector sector = null;
            boolean sectorOk = true;
            if (r.get("sector") != null) {
                String code = ctx.values.choice(r.get("sector"), r.label("sector"), r.leaf("sector").values());
                sectorOk = code != null;
                sector = code == null || code.equals("all") ? null : Sector.fromCode(code).orElseThrow();
            }
            int[] years = ctx.values.yearRange(r.get("years"), r.label("years"));
            Param rate = ctx.values.param(r.get("rate"), r.label("rate"), r.leaf("rate").bounds());
            if (!complete || regionCodes == null || !sectorOk || years == null || rate == null) {
                ok = false;
                continue;
            }
            int from = years[0];
            int to = years[1];
            if (preset) {
                if (ctx.horizonKnown()) {
                    from = Math.max(from, ctx.baseYear + 1);
                    to = item == list.items().get(list.items().size() - 1) ? ctx.endYear : Math.min(to, ctx.endYear);
                }
                if (from > to) {
                    continue;
                }
            } else if (!ctx.checkYears(r.get("years"), r.label("years"), from, to, false)) {
                ok = false;
                continue;
            }
            Origin origin = ValueReader.origin(item, rate.origin().source());
            if (regionCodes.isEmpty()) {
                rules.add(new GrowthRule(null, sector, from, to, rate, origin));
            } else {
                for (String code : regionCodes) {
                    rules.add(new GrowthRule(code, sector, from, to, rate, origin));
                }
            }
        }
        return ok ? rules : null;
    }

    private Map<Sector, Param> terreinquotient(Fields f) {
        f.require("terreinquotient", ctx.problems);
        Node node = f.get("terreinquotient");
        if (!(node instanceof Node.MapNode map)) {
            return null;
        }
        Spec.MapOf spec = (Spec.MapOf) f.spec("terreinquotient");
        Map<Sector, Param> tq = new EnumMap<>(Sector.class);
        boolean ok = true;
        for (Sector s : Sector.values()) {
            Node v = map.get(s.code());
            if (v == null) {
                ctx.problems.add(map.location(), Text.of("`economy.terreinquotient` mist de sector `{0}`",
                        "`economy.terreinquotient` lacks the sector `{0}`", s.code()),
                        Text.of("geef elke sector: {0}", "give every sector: {0}", String.join(", ", ScenarioFormat.SECTORS)));
                ok = false;
                continue;
            }
            Param p = ctx.values.param(v, "economy.terreinquotient." + s.code(), ((Spec.Leaf) spec.value()).bounds());
            if (p == null) {
                ok = false;
            } else {
                tq.put(s, p);
            }
        }
        return ok ? tq : null;
    }

    /** f(t): one value for every year (stored at the base year), or year: value points inside the horizon. */
    private Map<Integer, Param> multiplier(Fields trend) {
        if (!trend.present()) {
            return null;
        }
        trend.require("multiplier", ctx.problems);
        Node node = trend.get("multiplier");
        if (node == null) {
            return null;
        }
        String label = trend.label("multiplier");
        Spec.OneOf spec = (Spec.OneOf) trend.spec("multiplier");
        Spec.Leaf single = (Spec.Leaf) spec.alternatives().get(0);
        Map<Integer, Param> points = new TreeMap<>();
        if (node instanceof Node.MapNode map && !map.entries().isEmpty() && allYears(map)) {
            boolean ok = true;
            for (Node.Entry e : map.entries()) {
                int year = Integer.parseInt(e.key());
                Node keyNode = new Node.Scalar(e.keyLocation(), Node.Kind.INTEGER, e.key(), (long) year);
                Param p = ctx.values.param(e.value(), label + "." + e.key(), single.bounds());
                if (p == null || !ctx.checkYears(keyNode, label, year, year, true)) {
                    ok = false;
                } else {
                    points.put(year, p);
                }
            }
            return ok ? points : null;
        }
        Param p = ctx.values.param(node, label, single.bounds());
        if (p == null) {
            return null;
        }
        points.put(ctx.baseYear == null ? 0 : ctx.baseYear, p);
        return points;
    }

    private static boolean allYears(Node.MapNode map) {
        for (Node.Entry e : map.entries()) {
            if (!e.key().matches("\\d{4}")) {
                return false;
            }
        }
        return true;
    }
}
