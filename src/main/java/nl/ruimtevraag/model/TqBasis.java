package nl.ruimtevraag.model;

import java.util.Map;
import java.util.Optional;

/** Which terreinquotiënten the employment method uses (method section 1). */
public enum TqBasis {
    /** the national sector profile scaled per region so that its base-year jobs occupy its base-year stock */
    REGIONAL,
    /** the scenario's terreinquotiënten as given, the same in every region */
    NATIONAL;

    private static final Map<String, TqBasis> BY_CODE = Codes.byCode(values());

    public String code() {
        return Codes.of(this);
    }

    public static Optional<TqBasis> fromCode(String code) {
        return Optional.ofNullable(BY_CODE.get(code));
    }
}
