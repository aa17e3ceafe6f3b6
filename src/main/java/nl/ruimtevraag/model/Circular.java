package nl.ruimtevraag.model;

import java.util.Map;

/**
 * Circular-economy demand (method section 3).
 *
 * @param framing how CE enters demand: a share of demand along a path, or extra space on the stock; the share
 *        already in the calibrated uitbreidingsvraag is never added again
 * @param extraShare x_CE: extra-space share of the estate stock reached in {@code reachedIn} (extra-space framing)
 * @param reachedIn the calendar year x_CE is reached (extra-space framing), whatever the horizon
 * @param ramp build-up shape from 0 at the base year to 1 in {@code reachedIn}
 * @param midpointYear year where the s-curve passes 0.5 (ignored for linear)
 * @param steepness logistic steepness per year of the s-curve (ignored for linear)
 * @param intensity kappa(r): regional CE intensity relative to the national share (renormalised
 *        over the whole data set so that sum L0*kappa = sum L0)
 * @param strategyShares a_j: shares of the CE build-up per R-strategy group; sum to 1
 * @param mapping n(j,w): share of each group's space per werkmilieu; rows sum to 1
 * @param verkleinenFactor multiplies the verkleinen group's space (may be negative: less space)
 * @param doubleUseShare d: share of the build-up needed on top while new and old capacity run side by side
 * @param doubleUseYears y_d: years the double use lasts
 */
public record Circular(CircularFraming framing, Param extraShare, int reachedIn, RampShape ramp, int midpointYear, double steepness,
                       RegionalParam intensity, Map<RStrategy, Param> strategyShares,
                       Map<RStrategy, Map<Werkmilieu, Double>> mapping, Param verkleinenFactor,
                       Param doubleUseShare, int doubleUseYears) {
    public Circular {
        strategyShares = Maps.ordered(strategyShares);
        mapping = Maps.ordered(mapping);
        if (doubleUseYears < 0) {
            throw new IllegalArgumentException("double use years must be >= 0");
        }
    }
}
