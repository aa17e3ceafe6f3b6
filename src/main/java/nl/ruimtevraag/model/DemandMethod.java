package nl.ruimtevraag.model;

import java.util.Optional;

/** Which uitbreidingsvraag method the confrontation uses (method section 1). */
public enum DemandMethod {
    EMPLOYMENT, TREND,
    /** per region, the method with the larger demand over the whole horizon */
    MAX,
    /** the mean of both methods, year by year */
    MEAN;

    public String code() {
        return Codes.of(this);
    }

    public static Optional<DemandMethod> fromCode(String code) {
        return Codes.parse(DemandMethod.class, code);
    }
}
