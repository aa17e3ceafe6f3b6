package nl.ruimtevraag.model;

/**
 * Ruimtewinst on existing estates, counted as supply (method section 4):
 * I(r,w,t) = L0(r,w) * share(r) * ramp(t).
 */
public record Intensification(RegionalParam share, RampShape ramp, int midpointYear, double steepness) {
}
