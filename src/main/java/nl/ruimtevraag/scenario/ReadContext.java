package nl.ruimtevraag.scenario;

import nl.ruimtevraag.model.Text;
import java.util.List;
import java.util.Map;
import nl.ruimtevraag.model.Param;
import nl.ruimtevraag.model.RampShape;
import nl.ruimtevraag.model.RegionalParam;

/**
 * What the section readers share: the problem collector, the value and region readers, and the
 * horizon once it is known (years of events and rules are checked against it).
 */
final class ReadContext {
    final Problems problems;
    final ValueReader values;
    final RegionResolver regions;
    /** the data set's base-year stock [w] by region code; null when the loader knows only the codes */
    final Map<String, double[]> stock;
    /** null until read, or when the horizon itself is wrong (year checks are then skipped) */
    Integer baseYear;
    Integer endYear;
    Location baseYearAt;
    Location endYearAt;

    ReadContext(Problems problems, List<String> regionCodes, Map<String, double[]> stock) {
        this.problems = problems;
        this.stock = stock;
        this.values = new ValueReader(problems);
        this.regions = new RegionResolver(regionCodes, values);
    }

    boolean horizonKnown() {
        return baseYear != null && endYear != null;
    }

    // ---------------------------------------------------------------- typed reads of section keys

    Param param(Fields f, String key) {
        f.require(key, problems);
        return values.param(f.get(key), f.label(key), f.leaf(key).bounds());
    }

    /**
     * A map of calendar years to values (a path such as the CE share of demand): the years may lie before the
     * base year or after the horizon, since the path is interpolated between them.
     */
    java.util.Map<Integer, Param> yearPoints(Fields f, String key) {
        Node node = f.get(key);
        if (!(node instanceof Node.MapNode map)) {
            return null; // a missing key or another shape is reported by require and the structure check
        }
        Spec.MapOf spec = (Spec.MapOf) f.spec(key);
        java.util.Map<Integer, Param> points = new java.util.TreeMap<>();
        boolean ok = !map.entries().isEmpty();
        if (!ok) {
            problems.add(map.location(), Text.of("`{0}` heeft minstens één punt jaar: waarde nodig", "`{0}` needs at least one year: value point",
                    f.label(key)), Text.of("bijv. {2018: 5%, 2025: 17.5%, 2050: 25%}", "e.g. {2018: 5%, 2025: 17.5%, 2050: 25%}"));
        }
        for (Node.Entry e : map.entries()) {
            boolean digits = e.key().matches("\\d{1,9}");
            Integer year = values.year(new Node.Scalar(e.keyLocation(), digits ? Node.Kind.INTEGER : Node.Kind.STRING,
                    e.key(), digits ? (Object) Long.parseLong(e.key()) : e.key()), f.label(key) + " year");
            Param p = values.param(e.value(), f.label(key) + "." + e.key(), ((Spec.Leaf) spec.value()).bounds());
            if (year == null || p == null) {
                ok = false;
            } else {
                points.put(year, p);
            }
        }
        return ok ? points : null;
    }

    Double number(Fields f, String key) {
        f.require(key, problems);
        return values.number(f.get(key), f.label(key), f.leaf(key).bounds());
    }

    Long integer(Fields f, String key) {
        f.require(key, problems);
        return values.integer(f.get(key), f.label(key), f.leaf(key).bounds());
    }

    Integer year(Fields f, String key) {
        f.require(key, problems);
        return values.year(f.get(key), f.label(key));
    }

    String choice(Fields f, String key) {
        f.require(key, problems);
        return values.choice(f.get(key), f.label(key), f.leaf(key).values());
    }

    Boolean bool(Fields f, String key) {
        f.require(key, problems);
        return values.bool(f.get(key), f.label(key));
    }

    String string(Fields f, String key) {
        f.require(key, problems);
        return values.string(f.get(key), f.label(key));
    }

    RampShape ramp(Fields f, String key) {
        String code = choice(f, key);
        return code == null ? null : code.equals("s-curve") ? RampShape.S_CURVE : RampShape.LINEAR;
    }

    RegionalParam regional(Fields f, String key, Param fallback) {
        f.require(key, problems);
        Spec.Regional spec = (Spec.Regional) f.spec(key);
        return regions.regional(f.get(key), f.label(key), spec.value().bounds(), fallback);
    }

    /** A year inside the horizon, base year included (a midpoint, a supply year). */
    Integer yearInHorizon(Fields f, String key) {
        Integer y = year(f, key);
        if (y != null && !checkYears(f.get(key), f.label(key), y, y, true)) {
            return null;
        }
        return y;
    }

    /**
     * Checks years against the horizon: the projected years run from base_year+1 to end_year
     * ({@code allowBase} admits the base year itself). The error names where the horizon is set.
     */
    boolean checkYears(Node node, String label, int from, int to, boolean allowBase) {
        if (!horizonKnown()) {
            return true;
        }
        int first = allowBase ? baseYear : baseYear + 1;
        if (from >= first && to <= endYear) {
            return true;
        }
        String written = from == to ? Integer.toString(from) : from + "-" + to;
        Text verb = from == to ? Text.of("ligt", "lies") : from < first ? Text.of("begint", "starts") : Text.of("eindigt", "ends");
        Text side = from < first ? (allowBase ? Text.of("vóór het basisjaar {0}", "before the base year {0}", baseYear)
                : Text.of("vóór het eerste projectiejaar {0}", "before the first projected year {0}", first))
                : Text.of("na het eindjaar {0}", "after the end year {0}", endYear);
        problems.add(node.location(), Text.of("`{0}` {1} {2} {3}, buiten de horizon", "`{0}` {1} {2} {3} of the horizon", label, written, verb, side),
                Text.of("de horizon loopt van base_year {0} ({1}) tot end_year {2} ({3})", "the horizon runs from base_year {0} ({1}) to end_year {2} ({3})",
                        baseYear, baseYearAt, endYear, endYearAt).plus(allowBase ? Text.NONE
                        : Text.of("; het basisjaar zelf wordt niet geprojecteerd", "; the base year itself is not projected")));
        return false;
    }
}
