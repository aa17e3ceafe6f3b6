package nl.ruimtevraag.engine;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.ruimtevraag.model.DemandMethod;
import nl.ruimtevraag.model.Horizon;
import nl.ruimtevraag.model.Period;
import nl.ruimtevraag.model.RStrategy;
import nl.ruimtevraag.model.Werkmilieu;

/**
 * The engine's result: every {@link Measure} per region x werkmilieu x projected year, immutable
 * (arrays are taken over from the {@link Projector}, which keeps no reference to them, and never
 * handed out). Periods and the confrontation are derived here from the yearly series through
 * {@link Formulas}, so every reader gets the same numbers.
 */
public final class Projection {
    private final String scenarioName;
    private final Horizon horizon;
    private final List<String> regionCodes;
    private final List<String> regionNames;
    private final int years;
    private final Map<Measure, double[]> series;
    private final double[][] circularByStrategy;
    private final double[] methodRatio;
    private final ProjectionInput input;

    Projection(String scenarioName, Horizon horizon, List<String> regionCodes, List<String> regionNames,
               Map<Measure, double[]> series, double[][] circularByStrategy, double[] methodRatio, ProjectionInput input) {
        this.scenarioName = scenarioName;
        this.horizon = horizon;
        this.regionCodes = List.copyOf(regionCodes);
        this.regionNames = List.copyOf(regionNames);
        this.years = horizon.years();
        EnumMap<Measure, double[]> byMeasure = new EnumMap<>(Measure.class);
        int cells = this.regionCodes.size() * Werkmilieu.COUNT * years;
        for (Measure m : Measure.values()) {
            double[] a = series.get(m);
            if (a == null || a.length != cells) {
                throw new IllegalArgumentException("series " + m + " missing or of the wrong size");
            }
            byMeasure.put(m, a);
        }
        this.series = byMeasure;
        this.circularByStrategy = circularByStrategy;
        this.methodRatio = methodRatio;
        this.input = input;
    }

    public String scenarioName() { return scenarioName; }
    public Horizon horizon() { return horizon; }
    public List<String> regionCodes() { return regionCodes; }
    public List<String> regionNames() { return regionNames; }
    public int regionCount() { return regionCodes.size(); }
    public List<Period> periods() { return horizon.periods(); }

    /** The resolved numeric inputs this projection was computed from. */
    public ProjectionInput input() { return input; }

    /** The uitbreidingsvraag method the confrontation uses (the same in every region). */
    public DemandMethod methodUsed() { return input.expansion().method(); }

    /**
     * Horizon demand of the employment method divided by that of the trend method for a region
     * (NaN when the trend method gives zero).
     */
    public double methodRatio(int r) { return methodRatio[r]; }

    public int regionIndex(String code) {
        int i = regionCodes.indexOf(code);
        if (i < 0) {
            throw new IllegalArgumentException("region not in projection: " + code);
        }
        return i;
    }

    private int at(int r, int w, int y) {
        return (r * Werkmilieu.COUNT + w) * years + y;
    }

    /** Value in a projected year (flows: that year's amount; stocks: the level at the year's end). */
    public double value(Measure m, int r, int w, int year) {
        return series.get(m)[at(r, w, horizon.index(year))];
    }

    /** CE demand of one R-strategy group in a year (flows; double use not included). */
    public double circular(RStrategy j, int r, int w, int year) {
        return circularByStrategy[j.ordinal()][at(r, w, horizon.index(year))];
    }

    /** Flows: sum over the period's years. Stocks: the level at the period's end. */
    public double inPeriod(Measure m, int r, int w, Period p) {
        if (m.kind() == Measure.Kind.STOCK) {
            return value(m, r, w, p.end());
        }
        double[] a = series.get(m);
        double sum = 0;
        for (int year = p.start() + 1; year <= p.end(); year++) {
            sum += a[at(r, w, horizon.index(year))];
        }
        return sum;
    }

    /** Flows: sum from the base year up to and including endYear. Stocks: the level at endYear. */
    public double upTo(Measure m, int r, int w, int endYear) {
        if (m.kind() == Measure.Kind.STOCK) {
            return value(m, r, w, endYear);
        }
        double[] a = series.get(m);
        double sum = 0;
        for (int y = 0; y <= horizon.index(endYear); y++) {
            sum += a[at(r, w, y)];
        }
        return sum;
    }

    /** Same as {@link #inPeriod} for one R-strategy group. */
    public double circularInPeriod(RStrategy j, int r, int w, Period p) {
        double sum = 0;
        for (int year = p.start() + 1; year <= p.end(); year++) {
            sum += circularByStrategy[j.ordinal()][at(r, w, horizon.index(year))];
        }
        return sum;
    }

    /** Demand against realisable supply up to the period's end. */
    public Confrontation confrontation(int r, int w, Period p) {
        return Formulas.confront(upTo(Measure.DEMAND, r, w, p.end()), upTo(Measure.SUPPLY_REALISABLE, r, w, p.end()));
    }

    public RegionTotal regionTotal(int r, Period p) {
        Confrontation[] parts = new Confrontation[Werkmilieu.COUNT];
        for (int w = 0; w < Werkmilieu.COUNT; w++) {
            parts[w] = confrontation(r, w, p);
        }
        return Formulas.regionTotal(parts);
    }

    /** Sum of the region totals (strict and netted sums of the regions). */
    public RegionTotal nationalTotal(Period p) {
        RegionTotal[] parts = new RegionTotal[regionCount()];
        for (int r = 0; r < parts.length; r++) {
            parts[r] = regionTotal(r, p);
        }
        return Formulas.sumOfRegions(parts);
    }
}
