package nl.ruimtevraag.model;

import java.util.Map;
import java.util.Optional;

/** How a figure in the data set was obtained. */
public enum Quality {
    /** as published by the cited source */
    REPORTED,
    /** simple arithmetic on reported figures */
    DERIVED,
    /** our own estimate; the source list says how */
    ESTIMATED;

    private static final Map<String, Quality> BY_CODE = Codes.byCode(values());

    public String code() {
        return Codes.of(this);
    }

    public static Optional<Quality> fromCode(String code) {
        return Optional.ofNullable(BY_CODE.get(code));
    }
}
