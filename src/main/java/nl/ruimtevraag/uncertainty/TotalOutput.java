package nl.ruimtevraag.uncertainty;

import nl.ruimtevraag.engine.RegionTotal;

/** Outputs of a region total or the national total per period end (method section 6). */
public enum TotalOutput {
    VRAAG,
    AANBOD,
    /** sum of the werkmilieus' saldi (for the national total: of the regions' netted saldi) */
    SALDO_NETTED,
    /** sum of the per-werkmilieu shortages: a surplus of one kind does not fill a shortage of another */
    EXTRA_HA_STRICT,
    /** max(0, -netted saldo) (for the national total: summed over the regions) */
    EXTRA_HA_NETTED;

    /** This output of a total. */
    public double of(RegionTotal t) {
        return switch (this) {
            case VRAAG -> t.vraag();
            case AANBOD -> t.aanbod();
            case SALDO_NETTED -> t.saldoNetted();
            case EXTRA_HA_STRICT -> t.extraHaStrict();
            case EXTRA_HA_NETTED -> t.extraHaNetted();
        };
    }

    /** Every output of a total, indexed by ordinal. */
    public static double[] all(RegionTotal t) {
        TotalOutput[] outputs = values();
        double[] v = new double[outputs.length];
        for (TotalOutput o : outputs) {
            v[o.ordinal()] = o.of(t);
        }
        return v;
    }
}
