package nl.ruimtevraag.scenario;

import java.util.EnumMap;
import java.util.Map;
import nl.ruimtevraag.model.Circular;
import nl.ruimtevraag.model.Origin;
import nl.ruimtevraag.model.Param;
import nl.ruimtevraag.model.RStrategy;
import nl.ruimtevraag.model.RampShape;
import nl.ruimtevraag.model.RegionalParam;
import nl.ruimtevraag.model.Werkmilieu;

/** Reads {@code circular}: the CE extra share, its ramp, intensity, R-strategy shares and mapping. */
final class CircularReader {
    static final Param INTENSITY_FALLBACK = new Param.Point(1.0, Origin.of("built-in fallback: national average intensity 1.0"));

    private final ReadContext ctx;

    CircularReader(ReadContext ctx) {
        this.ctx = ctx;
    }

    Circular read(Fields f) {
        Param extra = ctx.param(f, "extra_share");
        RampShape ramp = ctx.ramp(f, "ramp");
        Integer midpoint = ctx.yearInHorizon(f, "midpoint_year");
        Double steepness = ctx.number(f, "steepness");
        RegionalParam intensity = ctx.regional(f, "intensity", INTENSITY_FALLBACK);
        Map<RStrategy, Param> shares = strategyShares(f);
        Map<RStrategy, Map<Werkmilieu, Double>> mapping = ShareRows.table(ctx, f, "mapping", ScenarioFormat.STRATEGIES,
                code -> RStrategy.fromCode(code).orElseThrow());
        Param verkleinen = ctx.param(f, "verkleinen_factor");
        f.require("double_use", ctx.problems);
        Fields doubleUse = f.section("double_use");
        Param doubleShare = doubleUse.present() ? ctx.param(doubleUse, "share") : null;
        Long doubleYears = doubleUse.present() ? ctx.integer(doubleUse, "years") : null;
        if (extra == null || ramp == null || midpoint == null || steepness == null || intensity == null || shares == null
                || mapping == null || verkleinen == null || doubleShare == null || doubleYears == null) {
            return null;
        }
        return new Circular(extra, ramp, midpoint, steepness, intensity, shares, mapping, verkleinen, doubleShare,
                doubleYears.intValue());
    }

    /** a_j: a group left out has share 0; the central values sum to 1. */
    private Map<RStrategy, Param> strategyShares(Fields f) {
        f.require("strategy_shares", ctx.problems);
        Node node = f.get("strategy_shares");
        if (!(node instanceof Node.MapNode map)) {
            return null;
        }
        String label = f.label("strategy_shares");
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
            ctx.problems.add(map.location(), "`" + label + "` sums to " + Node.fmt(ShareRows.round(sum)) + ", not 1",
                    "the shares of sluiten, vertragen and verkleinen add up to 1 (100%); for a distribution its central value counts");
            return null;
        }
        return ok ? shares : null;
    }
}
