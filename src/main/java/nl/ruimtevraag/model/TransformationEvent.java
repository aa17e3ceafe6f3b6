package nl.ruimtevraag.model;

import java.util.List;

/**
 * Estate land converted to another use (usually housing) over {@code fromYear..toYear} inclusive.
 * A share {@code compensation} of the displaced firms needs new estate land (vervangingsvraag): in
 * the event's own region and werkmilieu, or in the compensation region and werkmilieu the scenario
 * names (method section 2).
 *
 * @param profile relative weights per year (one per year of the event), or empty for an even spread
 * @param compensationRegion the region where the compensation demand lands (the event's region when not named)
 * @param compensationWerkmilieu the werkmilieu where it lands (the event's werkmilieu when not named)
 */
public record TransformationEvent(String region, Werkmilieu werkmilieu, Param hectares, int fromYear,
                                  int toYear, Param compensation, List<Double> profile, Origin origin,
                                  String compensationRegion, Werkmilieu compensationWerkmilieu) {
    public TransformationEvent {
        profile = List.copyOf(profile);
        if (toYear < fromYear) {
            throw new IllegalArgumentException("event years run backwards");
        }
        if (!profile.isEmpty() && profile.size() != toYear - fromYear + 1) {
            throw new IllegalArgumentException("profile needs one weight per year of the event");
        }
        compensationRegion = compensationRegion == null ? region : compensationRegion;
        compensationWerkmilieu = compensationWerkmilieu == null ? werkmilieu : compensationWerkmilieu;
    }

    /** An event whose compensation lands in its own region and werkmilieu. */
    public TransformationEvent(String region, Werkmilieu werkmilieu, Param hectares, int fromYear, int toYear,
                               Param compensation, List<Double> profile, Origin origin) {
        this(region, werkmilieu, hectares, fromYear, toYear, compensation, profile, origin, null, null);
    }
}
