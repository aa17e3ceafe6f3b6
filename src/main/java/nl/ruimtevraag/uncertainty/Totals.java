package nl.ruimtevraag.uncertainty;

import nl.ruimtevraag.engine.Formulas;
import nl.ruimtevraag.engine.PeriodEndResult;
import nl.ruimtevraag.model.Werkmilieu;

/**
 * Region and national totals of one draw without allocating: the same sums in the same order as
 * {@link Formulas#regionTotal} and {@link Formulas#sumOfRegions}, so a draw equal to the
 * deterministic run gives exactly its totals.
 */
final class Totals {
    private static final int W = Werkmilieu.COUNT;

    private Totals() {
    }

    /** Writes the national totals at period p in {@link TotalOutput} order. */
    static void national(PeriodEndResult out, int p, double[] totals) {
        java.util.Arrays.fill(totals, 0);
        addRegions(out, p, 0, out.regions(), totals);
    }

    /**
     * Adds the regions {@code from..to-1} at period p to running national totals ({@link TotalOutput}
     * order), region by region: running the regions in consecutive ranges from zeros gives exactly
     * the sums of {@link #national}.
     */
    static void addRegions(PeriodEndResult out, int p, int from, int to, double[] totals) {
        double vraag = totals[TotalOutput.VRAAG.ordinal()];
        double aanbod = totals[TotalOutput.AANBOD.ordinal()];
        double saldo = totals[TotalOutput.SALDO_NETTED.ordinal()];
        double strict = totals[TotalOutput.EXTRA_HA_STRICT.ordinal()];
        double netted = totals[TotalOutput.EXTRA_HA_NETTED.ordinal()];
        for (int r = from; r < to; r++) {
            double rv = 0;
            double ra = 0;
            double rs = 0;
            double rx = 0;
            for (int w = 0; w < W; w++) {
                double v = out.vraag(r, w, p);
                double a = out.aanbod(r, w, p);
                double s = Formulas.saldo(v, a);
                rv += v;
                ra += a;
                rs += s;
                rx += Formulas.extraHectares(s);
            }
            vraag += rv;
            aanbod += ra;
            saldo += rs;
            strict += rx;
            netted += Formulas.extraHectares(rs);
        }
        totals[TotalOutput.VRAAG.ordinal()] = vraag;
        totals[TotalOutput.AANBOD.ordinal()] = aanbod;
        totals[TotalOutput.SALDO_NETTED.ordinal()] = saldo;
        totals[TotalOutput.EXTRA_HA_STRICT.ordinal()] = strict;
        totals[TotalOutput.EXTRA_HA_NETTED.ordinal()] = netted;
    }
}
