package nl.ruimtevraag.engine;

/**
 * A region's (or the nation's) shortage year by year summed up (method section 6): use
 * {@link Formulas#shortageTimeline} to build one.
 *
 * @param firstYear the first projected year with a shortage (extra ha above zero), or 0 when no year has one
 * @param peak the largest shortage of any year (0 without a shortage)
 * @param peakYear the first year the peak is reached, or 0 when no year has a shortage
 * @param hectareYears the hectare-years unmet: the sum over the projected years of each year's shortage
 */
public record ShortageTimeline(int firstYear, double peak, int peakYear, double hectareYears) {
    /** Whether some year has a shortage. */
    public boolean hasShortage() {
        return firstYear != 0;
    }
}
