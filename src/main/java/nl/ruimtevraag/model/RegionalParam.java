package nl.ruimtevraag.model;

import java.util.Map;

/**
 * A parameter with a per-region form. Precedence, most specific first: the scenario's value for the
 * region (groups are expanded to their codes by the loader), the scenario's {@code default}, the
 * data set's value for the region, and last the built-in fallback.
 *
 * @param defaultValue the scenario's default, or null when the scenario is silent
 * @param regions the scenario's per-region values by region code
 * @param fallback used when neither the scenario nor the data set gives a value
 */
public record RegionalParam(Param defaultValue, Map<String, Param> regions, Param fallback) {
    public RegionalParam {
        regions = Maps.ordered(regions);
        if (fallback == null) {
            throw new IllegalArgumentException("a regional parameter needs a fallback");
        }
    }

    public static RegionalParam of(Param fallback) {
        return new RegionalParam(null, Map.of(), fallback);
    }

    /** The parameter that holds for a region, given the data set's value (null when it has none). */
    public Param forRegion(String code, Param dataValue) {
        Param specific = regions.get(code);
        if (specific != null) {
            return specific;
        }
        if (defaultValue != null) {
            return defaultValue;
        }
        return dataValue != null ? dataValue : fallback;
    }
}
