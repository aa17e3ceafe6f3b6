package nl.ruimtevraag.model;

import java.util.Map;
import java.util.Optional;

/** Kinds of planned supply (method section 5). */
public enum SupplyKind {
    /** direct uitgeefbaar: serviced, for sale now */
    DIRECT,
    /** harde plancapaciteit: in an irrevocable zoning plan */
    HARD,
    /** zachte plancapaciteit: intended, not yet zoned; realised with probability p_Z */
    ZACHT;

    private static final Map<String, SupplyKind> BY_CODE = Codes.byCode(values());

    public String code() {
        return Codes.of(this);
    }

    public static Optional<SupplyKind> fromCode(String code) {
        return Optional.ofNullable(BY_CODE.get(code));
    }
}
