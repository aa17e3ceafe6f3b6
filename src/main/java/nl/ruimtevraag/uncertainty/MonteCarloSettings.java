package nl.ruimtevraag.uncertainty;

import java.util.List;
import nl.ruimtevraag.model.MonteCarlo;

/**
 * @param draws number of draws, at least 1
 * @param percentiles ascending, strictly between 0 and 100
 * @param threads worker threads; the result does not depend on it
 */
public record MonteCarloSettings(int draws, long seed, List<Double> percentiles, int threads) {
    public static final List<Double> DEFAULT_PERCENTILES = List.of(10.0, 50.0, 90.0);

    public MonteCarloSettings {
        percentiles = List.copyOf(percentiles);
        if (draws < 1) {
            throw new IllegalArgumentException("Monte Carlo needs at least one draw");
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1");
        }
        double previous = 0;
        for (double q : percentiles) {
            if (!(q > previous && q < 100)) {
                throw new IllegalArgumentException("percentiles must ascend strictly between 0 and 100: " + percentiles);
            }
            previous = q;
        }
    }

    /** The scenario's monte_carlo section with a draw count, on every core. */
    public static MonteCarloSettings of(MonteCarlo mc, int draws) {
        List<Double> q = mc.percentiles().isEmpty() ? DEFAULT_PERCENTILES : mc.percentiles();
        return new MonteCarloSettings(draws, mc.seed(), q, Runtime.getRuntime().availableProcessors());
    }
}
