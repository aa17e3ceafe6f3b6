package nl.ruimtevraag.engine;

/**
 * A region's confrontation over all werkmilieus up to a period's end.
 *
 * @param extraHaStrict sum of the per-werkmilieu shortages: a surplus of one kind does not fill a
 *        shortage of another
 * @param saldoNetted sum of the per-werkmilieu saldi
 * @param extraHaNetted max(0, -saldoNetted)
 */
public record RegionTotal(double vraag, double aanbod, double saldoNetted, double extraHaStrict, double extraHaNetted) {
}
