package nl.ruimtevraag.model;

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
        return Codes.of(this);
    }

    public static Optional<RStrategy> fromCode(String code) {
        return Codes.parse(RStrategy.class, code);
    }
}
