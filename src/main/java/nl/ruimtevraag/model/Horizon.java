package nl.ruimtevraag.model;

import java.util.List;

/** Base year t0 (the stock and supply are known at its end), end year, and the reporting periods. */
public record Horizon(int baseYear, int endYear, List<Period> periods) {
    public Horizon {
        periods = List.copyOf(periods);
        if (endYear <= baseYear) {
            throw new IllegalArgumentException("end year must be after the base year");
        }
        int previous = baseYear;
        for (Period p : periods) {
            if (p.start() < previous || p.end() > endYear) {
                throw new IllegalArgumentException("periods must ascend inside the horizon: " + p.label());
            }
            previous = p.end();
        }
    }

    /** The same horizon with every projected year as a period of its own (for results per year). */
    public Horizon yearly() {
        List<Period> each = new java.util.ArrayList<>();
        for (int year = baseYear + 1; year <= endYear; year++) {
            each.add(new Period(year - 1, year));
        }
        return new Horizon(baseYear, endYear, each);
    }

    /** Number of projected years: baseYear+1 .. endYear. */
    public int years() {
        return endYear - baseYear;
    }

    /** Index of a projected year in engine arrays (baseYear+1 has index 0). */
    public int index(int year) {
        return year - baseYear - 1;
    }
}
