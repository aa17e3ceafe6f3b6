package nl.ruimtevraag.uncertainty;

import java.util.List;

/**
 * A sensitivity ranking: bars sorted by swing, largest first (ties in parameter-path order, so a
 * parameter without effect comes last with a zero swing).
 *
 * @param region the region code the target is taken from, or "" for the national total
 * @param periodEnd the period end year of the target (the scenario's last period)
 * @param base the target with every parameter central
 */
public record Tornado(String scenarioName, String region, int periodEnd, double base, List<TornadoBar> bars) {
    public Tornado {
        bars = List.copyOf(bars);
    }
}
