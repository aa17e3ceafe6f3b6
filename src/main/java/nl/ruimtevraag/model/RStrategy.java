package nl.ruimtevraag.model;

import java.util.Map;
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

    private static final Map<String, RStrategy> BY_CODE = Codes.byCode(values());

    public String code() {
        return Codes.of(this);
    }

    public static Optional<RStrategy> fromCode(String code) {
        return Optional.ofNullable(BY_CODE.get(code));
    }
}
