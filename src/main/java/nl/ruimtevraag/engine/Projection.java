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

    /**
     * The parts of a region's and werkmilieu's supply at the end of a year that depend neither on the
     * realisation probability of zacht supply nor on the demand ({@link SupplyTerms}).
     */
    public SupplyTerms supplyTerms(int r, int w, int year) {
        return SupplyTerms.of(input, r, w, horizon.index(year));
    }

    /**
     * The hectares a transformation event (of this projection's scenario) transforms in each projected year at
     * its central value, spread over its years as the engine spreads them; index 0 is the first projected year.
     * Its compensation demand in a year is these hectares times its compensation
     * ({@link Formulas#transformationDemand}).
     */
    public double[] transformedHectares(nl.ruimtevraag.model.TransformationEvent e) {
        double[] out = new double[years];
        double[] weights = ReplacementPlan.weights(e);
        double hectares = e.hectares().central();
        int from = horizon.index(e.fromYear());
        for (int i = 0; i < weights.length; i++) {
            int y = from + i;
            if (y >= 0 && y < years) {
                out[y] = hectares * weights[i];
            }
        }
        return out;
    }

    /** Supply of a basis available by the end of a year (a level). */
    public double supply(SupplyBasis basis, int r, int w, int year) {
        return basis == SupplyBasis.REALISABLE ? value(Measure.SUPPLY_REALISABLE, r, w, year)
                : Formulas.hardSupply(value(Measure.SUPPLY_DIRECT, r, w, year), value(Measure.SUPPLY_HARD, r, w, year));
    }

    /** Demand against realisable supply up to the period's end. */
    public Confrontation confrontation(int r, int w, Period p) {
        return confrontation(r, w, p.end(), SupplyBasis.REALISABLE);
    }

    /** Demand against a basis's supply up to the period's end. */
    public Confrontation confrontation(int r, int w, Period p, SupplyBasis basis) {
        return confrontation(r, w, p.end(), basis);
    }

    /** Cumulative demand from the base year to the end of a projected year against the basis's supply then. */
    public Confrontation confrontation(int r, int w, int year, SupplyBasis basis) {
        return Formulas.confront(upTo(Measure.DEMAND, r, w, year), supply(basis, r, w, year));
    }

    public RegionTotal regionTotal(int r, Period p) {
        return regionTotal(r, p.end(), SupplyBasis.REALISABLE);
    }

    public RegionTotal regionTotal(int r, Period p, SupplyBasis basis) {
        return regionTotal(r, p.end(), basis);
    }

    /** A region's confrontation over all werkmilieus at the end of a projected year. */
    public RegionTotal regionTotal(int r, int year, SupplyBasis basis) {
        Confrontation[] parts = new Confrontation[Werkmilieu.COUNT];
        for (int w = 0; w < Werkmilieu.COUNT; w++) {
            parts[w] = confrontation(r, w, year, basis);
        }
        return Formulas.regionTotal(parts);
    }

    /** Sum of the region totals (strict and netted sums of the regions). */
    public RegionTotal nationalTotal(Period p) {
        return nationalTotal(p.end(), SupplyBasis.REALISABLE);
    }

    public RegionTotal nationalTotal(Period p, SupplyBasis basis) {
        return nationalTotal(p.end(), basis);
    }

    /** Sum of the region totals at the end of a projected year. */
    public RegionTotal nationalTotal(int year, SupplyBasis basis) {
        RegionTotal[] parts = new RegionTotal[regionCount()];
        for (int r = 0; r < parts.length; r++) {
            parts[r] = regionTotal(r, year, basis);
        }
        return Formulas.sumOfRegions(parts);
    }

    /**
     * A region's strict shortage (the sum of its werkmilieus' shortages) at the end of every projected year,
     * against the basis's supply: index 0 is the first projected year.
     */
    public double[] yearlyShortage(int r, SupplyBasis basis) {
        double[] out = new double[years];
        for (int w = 0; w < Werkmilieu.COUNT; w++) {
            double demand = 0;
            for (int y = 0; y < years; y++) {
                int year = horizon.baseYear() + 1 + y;
                demand += series.get(Measure.DEMAND)[at(r, w, y)];
                out[y] += Formulas.confront(demand, supply(basis, r, w, year)).extraHa();
            }
        }
        return out;
    }

    /** First year of shortage, peak shortage and its year, hectare-years unmet of a region. */
    public ShortageTimeline shortageTimeline(int r, SupplyBasis basis) {
        return Formulas.shortageTimeline(horizon.baseYear() + 1, yearlyShortage(r, basis));
    }

    /**
     * The same for the nation: each year's shortage is the sum of the regions' strict shortages (a surplus in
     * one region does not fill a shortage in another), so the hectare-years are the regions' summed.
     */
    public ShortageTimeline nationalShortageTimeline(SupplyBasis basis) {
        double[] sum = new double[years];
        for (int r = 0; r < regionCount(); r++) {
            double[] e = yearlyShortage(r, basis);
            for (int y = 0; y < years; y++) {
                sum[y] += e[y];
            }
        }
        return Formulas.shortageTimeline(horizon.baseYear() + 1, sum);
    }
}
