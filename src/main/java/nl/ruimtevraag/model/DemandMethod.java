package nl.ruimtevraag.model;

import java.util.Locale;
import java.util.Optional;

/** Which uitbreidingsvraag method the confrontation uses (method section 1). */
public enum DemandMethod {
    EMPLOYMENT, TREND,
    /** per region, the method with the larger demand over the whole horizon */
    MAX,
    /** the mean of both methods, year by year */
    MEAN;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<DemandMethod> fromCode(String code) {
        for (DemandMethod m : values()) {
            if (m.code().equals(code)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }
}
