package nl.ruimtevraag.uncertainty;

import java.util.List;

/**
 * Scenarios side by side: per region and period end, each scenario's region total, and under Monte
 * Carlo the percentiles of the strict extra hectares and of the draw-by-draw differences against the
 * first scenario (and against a requested pair). Built by {@link ScenarioComparison} for the
 * {@code compare} command; read by the report package's {@code ComparisonTable} and
 * {@code ComparisonWorkbook}. Immutable.
 *
 * <p>Rows are the union of the scenarios' regions (in the data set's order) plus one total row
 * (index {@link #totalRow()}) over the regions that <em>every</em> scenario selects, so the total
 * compares like with like (its code and name, in the report's language, are the report package's
 * {@code ComparisonTable.rowCode/rowName}). Columns are the union of the scenarios' period ends. A scenario that does
 * not select a region or has no period with that end gives {@code NaN} there (a blank cell).
 */
public final class Comparison {
    /**
     * One scenario of the comparison.
     *
     * @param label the name as shown (the scenario's name, numbered when two scenarios share a name)
     * @param file the file or built-in name as given on the command line
     * @param regionCodes the regions it selects
     */
    public record Entry(String label, String name, String file, String sha256, String description,
                        List<String> regionCodes) {
        public Entry {
            regionCodes = List.copyOf(regionCodes);
        }
    }

    /** Monte Carlo bands; all arrays are [row][period][percentile]. */
    public record Bands(int draws, long seed, List<Double> percentiles, double[][][][] extraStrict,
                        double[][][][] differenceToFirst, double[][][] pairDifference) {
    }

    private final List<Entry> scenarios;
    private final List<String> regionCodes;
    private final List<String> regionNames;
    private final List<String> commonRegions;
    private final boolean national;
    private final List<Integer> periodEnds;
    /** [scenario][row][period][measure] */
    private final double[][][][] values;
    private final int[] pair;
    private final Bands bands;

    /**
     * @param national true when the common regions are every region of the data set (the total is then
     *                 the national total, NL)
     * @param values [scenario][row][period][measure], rows = regions then the total row
     * @param pair zero-based indices {i, j} of the requested pair (difference j - i), or null
     * @param bands Monte Carlo bands, or null for a deterministic comparison
     */
    public Comparison(List<Entry> scenarios, List<String> regionCodes, List<String> regionNames,
                      List<String> commonRegions, boolean national, List<Integer> periodEnds, double[][][][] values,
                      int[] pair, Bands bands) {
        this.scenarios = List.copyOf(scenarios);
        this.regionCodes = List.copyOf(regionCodes);
        this.regionNames = List.copyOf(regionNames);
        this.commonRegions = List.copyOf(commonRegions);
        this.national = national;
        this.periodEnds = List.copyOf(periodEnds);
        this.values = values;
        this.pair = pair == null ? null : pair.clone();
        this.bands = bands;
        if (values.length != this.scenarios.size() || values[0].length != this.regionCodes.size() + 1) {
            throw new IllegalArgumentException("values do not match the scenarios and regions");
        }
    }

    public List<Entry> scenarios() { return scenarios; }
    public int scenarioCount() { return scenarios.size(); }
    /** The regions of every scenario together, in the data set's order (the total row excluded). */
    public List<String> regionCodes() { return regionCodes; }
    public List<String> regionNames() { return regionNames; }
    /** The rows: every region, then the total. */
    public int rows() { return regionCodes.size() + 1; }
    public int totalRow() { return regionCodes.size(); }
    /** The regions every scenario selects: the total row sums these. */
    public List<String> commonRegions() { return commonRegions; }
    /** True when every scenario selects the same regions (the total then sums all of them). */
    public boolean sameRegions() { return commonRegions.size() == regionCodes.size(); }
    /** True when every scenario selects every region of the data set: the total is the national total (NL). */
    public boolean national() { return national; }
    public List<Integer> periodEnds() { return periodEnds; }
    public boolean monteCarlo() { return bands != null; }
    public Bands bands() { return bands; }
    /** The requested pair as zero-based {i, j} (difference j - i), or null. */
    public int[] pair() { return pair == null ? null : pair.clone(); }

    /** One output of the region (or total) row; NaN when the scenario lacks the region or period. */
    public double value(int scenario, int row, int period, TotalOutput measure) {
        return values[scenario][row][period][measure.ordinal()];
    }

    public boolean present(int scenario, int row, int period) {
        return !Double.isNaN(values[scenario][row][period][TotalOutput.EXTRA_HA_STRICT.ordinal()]);
    }

    /** Scenario minus the first; NaN when either lacks the region or period. */
    public double difference(int scenario, int row, int period, TotalOutput measure) {
        return value(scenario, row, period, measure) - value(0, row, period, measure);
    }
}
