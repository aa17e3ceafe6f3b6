package nl.ruimtevraag.scenario;

import nl.ruimtevraag.model.Text;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import nl.ruimtevraag.model.Circular;
import nl.ruimtevraag.model.CircularFraming;
import nl.ruimtevraag.model.CircularProfile;
import nl.ruimtevraag.model.Origin;
import nl.ruimtevraag.model.Param;
import nl.ruimtevraag.model.RStrategy;
import nl.ruimtevraag.model.RampShape;
import nl.ruimtevraag.model.RegionalParam;
import nl.ruimtevraag.model.Werkmilieu;

/** Reads {@code circular}: the CE extra share, its ramp, intensity, R-strategy shares and mapping, and the regional profiles. */
final class CircularReader {
    static final Param INTENSITY_FALLBACK = new Param.Point(1.0, Origin.of("built-in fallback: national average intensity 1.0"));

    private final ReadContext ctx;

    CircularReader(ReadContext ctx) {
        this.ctx = ctx;
    }

    Circular read(Fields f) {
        CircularFraming framing = framing(f);
        Param extra = ctx.param(f, "extra_share");
        Integer reachedIn = ctx.year(f, "reached_in");
        RampShape ramp = ctx.ramp(f, "ramp");
        Integer midpoint = ctx.yearInHorizon(f, "midpoint_year");
        Double steepness = ctx.number(f, "steepness");
        RegionalParam intensity = ctx.regional(f, "intensity", INTENSITY_FALLBACK);
        f.require("strategy_shares", ctx.problems);
        Map<RStrategy, Param> shares = strategyShares(f.get("strategy_shares"), f.label("strategy_shares"));
        Map<RStrategy, Map<Werkmilieu, Double>> mapping = ShareRows.table(ctx, f, "mapping", ScenarioFormat.STRATEGIES,
                code -> RStrategy.fromCode(code).orElseThrow());
        Param verkleinen = ctx.param(f, "verkleinen_factor");
        f.require("double_use", ctx.problems);
        Fields doubleUse = f.section("double_use");
        Param doubleShare = doubleUse.present() ? ctx.param(doubleUse, "share") : null;
        Long doubleYears = doubleUse.present() ? ctx.integer(doubleUse, "years") : null;
        Map<String, CircularProfile> profiles = profiles(f);
        if (framing == null || extra == null || reachedIn == null || ramp == null || midpoint == null || steepness == null
                || intensity == null || shares == null || mapping == null || verkleinen == null || doubleShare == null
                || doubleYears == null || profiles == null) {
            return null;
        }
        if (ctx.baseYear != null && reachedIn <= ctx.baseYear) {
            ctx.problems.add(f.get("reached_in").location(), Text.of("`{0}` is {1}, niet na het basisjaar {2}", "`{0}` is {1}, not after the base year {2}",
                    f.label("reached_in"), reachedIn, ctx.baseYear), Text.of("het extra aandeel groeit van het basisjaar tot dit jaar",
                    "the extra share builds up from the base year to this year"));
            return null;
        }
        return new Circular(framing, extra, reachedIn, ramp, midpoint, steepness, intensity, shares, mapping, verkleinen,
                doubleShare, doubleYears.intValue(), profiles);
    }

    /**
     * {@code profiles}: by region code or group name, a profile of strategy shares, mapping rows or
     * both; optional (none: every region uses the national values).
     */
    private Map<String, CircularProfile> profiles(Fields f) {
        Node node = f.get("profiles");
        if (node == null) {
            return Map.of();
        }
        if (!(node instanceof Node.MapNode map)) {
            return null; // reported by the structure check
        }
        Spec.Section spec = (Spec.Section) ((Spec.MapOf) f.spec("profiles")).value();
        return ctx.regions.byRegion(map, f.label("profiles"), (value, label) -> profile(Fields.of(value, spec, label)));
    }

    private CircularProfile profile(Fields f) {
        if (!f.present()) {
            return null; // reported by the structure check
        }
        Map<RStrategy, Param> shares = null;
        boolean ok = true;
        Node sharesNode = f.get("strategy_shares");
        if (sharesNode != null) {
            shares = strategyShares(sharesNode, f.label("strategy_shares"));
            ok = shares != null;
        }
        Map<RStrategy, Map<Werkmilieu, Double>> rows = new EnumMap<>(RStrategy.class);
        if (f.get("mapping") instanceof Node.MapNode mapping) {
            for (Node.Entry e : mapping.entries()) {
                Optional<RStrategy> j = RStrategy.fromCode(e.key());
                Map<Werkmilieu, Double> row = j.isEmpty() ? null : ShareRows.row(ctx, e.value(), f.label("mapping") + "." + e.key());
                if (row == null) {
                    ok = false; // an unknown group is reported by the structure check
                } else {
                    rows.put(j.get(), row);
                }
            }
        } else if (f.get("mapping") != null) {
            ok = false; // reported by the structure check
        }
        return ok ? new CircularProfile(shares, rows) : null;
    }

    /** The framing: its kind, the share already in the calibrated uitbreidingsvraag, and the share-of-demand path. */
    private CircularFraming framing(Fields f) {
        String kind = ctx.choice(f, "framing");
        Param embedded = ctx.param(f, "embedded_share");
        f.require("demand_share", ctx.problems);
        Map<Integer, Param> path = ctx.yearPoints(f, "demand_share");
        if (kind == null || embedded == null || path == null) {
            return null;
        }
        return new CircularFraming(CircularFraming.Kind.fromCode(kind).orElseThrow(), embedded, new TreeMap<>(path));
    }

    /** a_j: a group left out has share 0; the central values sum to 1. */
    private Map<RStrategy, Param> strategyShares(Node node, String label) {
        if (!(node instanceof Node.MapNode map)) {
            return null;
        }
        Map<RStrategy, Param> shares = new EnumMap<>(RStrategy.class);
        boolean ok = true;
        double sum = 0;
        for (RStrategy j : RStrategy.values()) {
            Node v = map.get(j.code());
            if (v == null) {
                shares.put(j, new Param.Point(0, ValueReader.origin(map, "left out: 0")));
                continue;
            }
            Param p = ctx.values.param(v, label + "." + j.code(), ScenarioFormat.SHARE);
            if (p == null) {
                ok = false;
            } else {
                shares.put(j, p);
                sum += p.central();
            }
        }
        for (Node.Entry e : map.entries()) {
            if (RStrategy.fromCode(e.key()).isEmpty()) {
                ok = false; // reported by the structure check
            }
        }
        if (ok && Math.abs(sum - 1) > ShareRows.TOLERANCE) {
            ctx.problems.add(map.location(), Text.of("`{0}` telt op tot {1}, niet tot 1", "`{0}` sums to {1}, not 1", label, Node.fmt(ShareRows.round(sum))),
                    Text.of("de aandelen van sluiten, vertragen en verkleinen tellen op tot 1 (100%); bij een verdeling telt de centrale waarde",
                            "the shares of sluiten, vertragen and verkleinen add up to 1 (100%); for a distribution its central value counts"));
            return null;
        }
        return ok ? shares : null;
    }
}
