package nl.ruimtevraag.uncertainty;

import java.util.List;

/**
 * The totals (sum of each variant's regions) of a sweep's variants at central values: per variant and
 * period end the demand, realisable supply, saldo and extra hectares strict and netted. Built by
 * {@link Sweep}; read by the report package's {@code SweepTable}. Immutable.
 *
 * <p>The columns are the union of the variants' period ends, in ascending order. A variant that has
 * no period with an end, or that was not projected (its scenario could not be loaded), gives
 * {@code NaN} there.
 */
public final class SweepResult {
    private final List<Integer> periodEnds;
    /** [variant][period][TotalOutput ordinal] */
    private final double[][][] values;
    private final boolean[] projected;
    private final List<String> regions;
    private final boolean national;

    /**
     * @param values [variant][period][TotalOutput ordinal]; NaN where the variant lacks the period end
     * @param projected per variant whether it was projected
     * @param regions the regions every projected variant selects when all select the same ones, else null
     * @param national true when those are every region of the data set
     */
    SweepResult(List<Integer> periodEnds, double[][][] values, boolean[] projected, List<String> regions, boolean national) {
        this.periodEnds = List.copyOf(periodEnds);
        this.regions = regions == null ? null : List.copyOf(regions);
        this.national = national;
        this.values = values;
        this.projected = projected.clone();
        if (values.length != projected.length) {
            throw new IllegalArgumentException("one row of values per variant");
        }
    }

    /** The number of variants (rows), projected or not. */
    public int variants() { return values.length; }
    /** Every variant's period ends together, ascending. */
    public List<Integer> periodEnds() { return periodEnds; }
    /** False for a variant whose scenario could not be loaded: all its values are NaN. */
    public boolean projected(int variant) { return projected[variant]; }

    /**
     * The regions whose sum is every variant's total, when every variant selects the same regions;
     * null when the variants select different regions (a varied {@code regions} key): each total is
     * then the sum of that variant's own regions.
     */
    public List<String> regions() { return regions; }
    /** True when every variant selects every region of the data set: the totals are national (NL). */
    public boolean national() { return national; }

    /** One output of the variant's national total; NaN when the variant lacks the period end. */
    public double value(int variant, int period, TotalOutput measure) {
        return values[variant][period][measure.ordinal()];
    }
}
