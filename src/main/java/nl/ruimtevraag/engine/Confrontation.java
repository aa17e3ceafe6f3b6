package nl.ruimtevraag.engine;

/**
 * Demand against realisable supply for one region and werkmilieu up to a period's end
 * (method section 6). Use {@link Formulas#confront} to build one.
 *
 * @param vraag cumulative demand from the base year to the period end, reserve included
 * @param aanbod realisable supply available by the period end
 * @param saldo aanbod - vraag
 * @param extraHa max(0, -saldo): extra hectares needed
 */
public record Confrontation(double vraag, double aanbod, double saldo, double extraHa) {
}
