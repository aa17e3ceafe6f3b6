package nl.ruimtevraag.model;

/**
 * A permit constraint on zachte plancapaciteit (stikstof, water; method section 5): a share of it
 * needs a permit, granted with a probability, after a delay in years. Available share from the
 * plan's year: (1 - share), plus share * probability from delay years later.
 */
public record PermitConstraint(boolean enabled, RegionalParam share, Param permitProbability, Param delayYears) {
}
