package nl.ruimtevraag.uncertainty;

/** Outputs per region x werkmilieu x period end (method section 6). */
public enum Output {
    /** cumulative demand from the base year, reserve included */
    VRAAG,
    /** realisable supply at the period end */
    AANBOD,
    /** aanbod - vraag */
    SALDO,
    /** max(0, -saldo) */
    EXTRA_HA
}
