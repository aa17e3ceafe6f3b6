package nl.ruimtevraag.uncertainty;

import java.util.List;

/**
 * The national (sum of the regions) results of a sweep's variants at central values: per variant and
 * period end the demand, realisable supply, saldo and extra hectares strict and netted. Built by
 * {@link Sweep}; read by the report package's {@code SweepTable}. Immutable.
 *
 * <p>The columns are the union of the variants' period ends, in ascending order. A variant that has
 * no period with an end, or that was not projected (its scenario could not be loaded), gives
 * {@code NaN} there.
 */
public final class SweepResult {
    /** The measures kept per variant and period end (index into {@link #value}), in the sweep table's order. */
    public static final int VRAAG = 0;
    public static final int AANBOD = 1;
    public static final int SALDO = 2;
    public static final int EXTRA_STRICT = 3;
    public static final int EXTRA_NETTED = 4;
    static final int MEASURES = 5;

    private final List<Integer> periodEnds;
    /** [variant][period][measure] */
    private final double[][][] values;
    private final boolean[] projected;

    /**
     * @param values [variant][period][measure]; NaN where the variant lacks the period end
     * @param projected per variant whether it was projected
     */
    SweepResult(List<Integer> periodEnds, double[][][] values, boolean[] projected) {
        this.periodEnds = List.copyOf(periodEnds);
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

    /** A measure ({@link #VRAAG} .. {@link #EXTRA_NETTED}); NaN when the variant lacks the period end. */
    public double value(int variant, int period, int measure) {
        return values[variant][period][measure];
    }
}
