package nl.ruimtevraag.model;

import java.util.Map;
import java.util.Optional;

/** Which uitbreidingsvraag method the confrontation uses (method section 1). */
public enum DemandMethod {
    EMPLOYMENT, TREND,
    /** the mean of both methods, year by year */
    MEAN;

    private static final Map<String, DemandMethod> BY_CODE = Codes.byCode(values());

    public String code() {
        return Codes.of(this);
    }

    public static Optional<DemandMethod> fromCode(String code) {
        return Optional.ofNullable(BY_CODE.get(code));
    }
}
