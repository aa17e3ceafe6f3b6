package nl.ruimtevraag.model;

import java.util.List;

/** @param percentiles in (0, 100), ascending */
public record MonteCarlo(int draws, long seed, List<Double> percentiles) {
    public MonteCarlo {
        percentiles = List.copyOf(percentiles);
        if (draws < 0) {
            throw new IllegalArgumentException("draws must be >= 0");
        }
    }
}
