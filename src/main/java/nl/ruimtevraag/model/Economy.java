package nl.ruimtevraag.model;

import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Uitbreidingsvraag settings (method section 1).
 *
 * @param method which method the confrontation uses
 * @param preset name of the growth preset the rules came from ("hoog", "laag") or "" for a table
 * @param growth yearly job growth rules, applied in order
 * @param terreinquotient hectares (netto) per job per sector at the base year: the national profile
 * @param tqBasis whether each region scales that profile to its own land per job
 * @param tqTrend yearly relative change of every terreinquotiënt, on all jobs (e.g. -0.005 for intensifying use)
 * @param mix share of each sector's new space per werkmilieu; each row sums to 1
 * @param shrinkReturn rho: share of shrinking sectors' land that returns to the market
 * @param trendMultiplier f(t) of the trend method as year → multiplier points, linearly
 *        interpolated, flat beyond the first and last point
 * @param divergenceFactor flag a region when one method's horizon demand exceeds the other's by more
 *        than this factor
 */
public record Economy(DemandMethod method, String preset, List<GrowthRule> growth,
                      Map<Sector, Param> terreinquotient, TqBasis tqBasis, Param tqTrend,
                      Map<Sector, Map<Werkmilieu, Double>> mix, Param shrinkReturn,
                      NavigableMap<Integer, Param> trendMultiplier, double divergenceFactor) {
    public Economy {
        growth = List.copyOf(growth);
        terreinquotient = Maps.ordered(terreinquotient);
        mix = Maps.ordered(mix);
        trendMultiplier = java.util.Collections.unmodifiableNavigableMap(new TreeMap<>(trendMultiplier));
        for (Sector s : Sector.values()) {
            if (!terreinquotient.containsKey(s) || !mix.containsKey(s)) {
                throw new IllegalArgumentException("terreinquotient and mix need every sector; missing " + s.code());
            }
        }
        if (trendMultiplier.isEmpty()) {
            throw new IllegalArgumentException("the trend multiplier needs at least one point");
        }
    }
}
