package nl.ruimtevraag.model;

import java.util.Map;

/**
 * A region's own R-strategy profile (method section 3): what it gives replaces the national value,
 * what it leaves out falls back to it.
 *
 * @param strategyShares a_j(r): the region's shares per R-strategy group (central values sum to 1),
 *        or null to use the national shares
 * @param mapping n(r,j,w): rows of werkmilieu shares (each sums to 1) for the groups the profile
 *        gives; a group without a row uses the national row
 */
public record CircularProfile(Map<RStrategy, Param> strategyShares, Map<RStrategy, Map<Werkmilieu, Double>> mapping) {
    public CircularProfile {
        strategyShares = strategyShares == null ? null : Maps.ordered(strategyShares);
        mapping = Maps.ordered(mapping == null ? Map.of() : mapping);
    }
}
