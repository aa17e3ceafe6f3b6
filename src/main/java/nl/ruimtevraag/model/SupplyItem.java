package nl.ruimtevraag.model;

/** Planned supply of the data set: hectares of a kind that can be issued from a year on. */
public record SupplyItem(Werkmilieu werkmilieu, SupplyKind kind, Figure hectares, int availableYear) {
}
