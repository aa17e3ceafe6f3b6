package nl.ruimtevraag.model;

/**
 * A permit constraint on zachte plancapaciteit (stikstof, water; method section 5): a share of it
 * needs a permit, granted with a probability, after a delay in years. Available share from the
 * plan's year: (1 - share), plus share * probability from delay years later. {@code hardShare} is the
 * share of hard plan capacity that needs the permit as well (for stikstof: hard plans that relied on
 * intern salderen), with the same probability and delay.
 */
public record PermitConstraint(boolean enabled, RegionalParam share, Param hardShare, Param permitProbability,
                               Param delayYears) {
}
