package nl.ruimtevraag.model;

import java.util.List;

/**
 * Estate land converted to another use (usually housing) over {@code fromYear..toYear} inclusive.
 * The land leaves the stock; a share {@code compensation} of the displaced firms needs new estate
 * land in the same region (vervangingsvraag).
 *
 * @param profile relative weights per year (one per year of the event), or empty for an even spread
 */
public record TransformationEvent(String region, Werkmilieu werkmilieu, Param hectares, int fromYear,
                                  int toYear, Param compensation, List<Double> profile, Origin origin) {
    public TransformationEvent {
        profile = List.copyOf(profile);
        if (toYear < fromYear) {
            throw new IllegalArgumentException("event years run backwards");
        }
        if (!profile.isEmpty() && profile.size() != toYear - fromYear + 1) {
            throw new IllegalArgumentException("profile needs one weight per year of the event");
        }
    }
}
