package nl.ruimtevraag.uncertainty;

/** Outputs of a region total or the national total per period end (method section 6). */
public enum TotalOutput {
    VRAAG,
    AANBOD,
    /** sum of the werkmilieus' saldi (for the national total: of the regions' netted saldi) */
    SALDO_NETTED,
    /** sum of the per-werkmilieu shortages: a surplus of one kind does not fill a shortage of another */
    EXTRA_HA_STRICT,
    /** max(0, -netted saldo) (for the national total: summed over the regions) */
    EXTRA_HA_NETTED
}
