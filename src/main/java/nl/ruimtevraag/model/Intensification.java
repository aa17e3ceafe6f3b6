package nl.ruimtevraag.model;

/**
 * Ruimtewinst on existing estates, counted as supply (method section 4), reached along a ramp from
 * {@code startYear} (0) to {@code reachedIn} (1, kept after): calendar years, not the horizon.
 *
 * @param basis what {@code share} or {@code hectares} is of
 * @param share i(r): a share of the need or of the stock (basis need or stock)
 * @param hectares H(r): netto hectares gained per region (basis hectares)
 * @param startYear the ramp is 0 up to and including this year
 * @param reachedIn the ramp is 1 from this year on
 */
public record Intensification(IntensificationBasis basis, RegionalParam share, RegionalParam hectares, int startYear,
                              int reachedIn, RampShape ramp, int midpointYear, double steepness) {
    public Intensification {
        if (reachedIn < startYear) {
            throw new IllegalArgumentException("intensification is reached before it starts");
        }
    }
}
