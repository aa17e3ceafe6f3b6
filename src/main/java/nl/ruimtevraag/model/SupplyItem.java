package nl.ruimtevraag.model;

/**
 * Planned supply of the data set: hectares of a kind that can be issued from a year on, at the data
 * set's reference date (the end of the base year).
 *
 * @param figureYear the year of the count this row rests on (its 1 January), 0 when the data set does not say
 * @param figureHectares the row's share of that count, before {@code deductedHectares}
 * @param deductedHectares the uitgifte between the count and the reference date deducted from it
 */
public record SupplyItem(Werkmilieu werkmilieu, SupplyKind kind, Figure hectares, int availableYear,
                         int figureYear, double figureHectares, double deductedHectares) {
    /** A row without a record of how it was brought to the reference date. */
    public SupplyItem(Werkmilieu werkmilieu, SupplyKind kind, Figure hectares, int availableYear) {
        this(werkmilieu, kind, hectares, availableYear, 0, hectares.value(), 0);
    }

    /** True when uitgifte since the count was deducted from this row. */
    public boolean adjusted() {
        return deductedHectares > 0;
    }
}
