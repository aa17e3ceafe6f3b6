package nl.ruimtevraag.model;

import java.util.Locale;
import java.util.Optional;

/** R-strategy groups of the circular economy (method section 3). */
public enum RStrategy {
    /** recycle, recover: heavy industrial space */
    SLUITEN,
    /** reuse, repair, refurbish, remanufacture, repurpose */
    VERTRAGEN,
    /** rethink, reduce */
    VERKLEINEN;

    public static final int COUNT = values().length;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<RStrategy> fromCode(String code) {
        for (RStrategy s : values()) {
            if (s.code().equals(code)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
