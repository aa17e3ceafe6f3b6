package nl.ruimtevraag.model;

/**
 * A scenario's change to the data set's supply. With {@code replace}, the data set's supply of this
 * region, werkmilieu and kind is dropped first (every replacing entry of the scenario then counts).
 */
public record SupplyAddition(String region, Werkmilieu werkmilieu, SupplyKind kind, Param hectares,
                             int availableYear, boolean replace, Origin origin) {
}
