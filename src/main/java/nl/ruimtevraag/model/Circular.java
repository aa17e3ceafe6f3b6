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
 * @param profiles regional R-strategy profiles by region code (groups expanded by the loader); a
 *        region without one uses the national shares and mapping
 */
public record Circular(CircularFraming framing, Param extraShare, int reachedIn, RampShape ramp, int midpointYear, double steepness,
                       RegionalParam intensity, Map<RStrategy, Param> strategyShares,
                       Map<RStrategy, Map<Werkmilieu, Double>> mapping, Param verkleinenFactor,
                       Param doubleUseShare, int doubleUseYears, Map<String, CircularProfile> profiles) {
    public Circular {
        strategyShares = Maps.ordered(strategyShares);
        mapping = Maps.ordered(mapping);
        profiles = Maps.ordered(profiles == null ? Map.of() : profiles);
        if (doubleUseYears < 0) {
            throw new IllegalArgumentException("double use years must be >= 0");
        }
    }

    /** a_j(r): the region's profile shares when it gives them, else the national ones. */
    public Map<RStrategy, Param> strategySharesOf(String region) {
        CircularProfile p = profiles.get(region);
        return p != null && p.strategyShares() != null ? p.strategyShares() : strategyShares;
    }

    /** n(r,j,·): the region's profile row for group j when it gives one, else the national row. */
    public Map<Werkmilieu, Double> mappingOf(String region, RStrategy j) {
        CircularProfile p = profiles.get(region);
        Map<Werkmilieu, Double> row = p == null ? null : p.mapping().get(j);
        return row != null ? row : mapping.get(j);
    }

    /** Whether the region's shares come from its profile. */
    public boolean sharesFromProfile(String region) {
        CircularProfile p = profiles.get(region);
        return p != null && p.strategyShares() != null;
    }

    /** Whether the region's row for group j comes from its profile. */
    public boolean mappingFromProfile(String region, RStrategy j) {
        CircularProfile p = profiles.get(region);
        return p != null && p.mapping().containsKey(j);
    }
}
