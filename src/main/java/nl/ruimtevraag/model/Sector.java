package nl.ruimtevraag.model;

import java.util.Map;
import java.util.Optional;

/** Economic sector of the employment method. Order is the engine's array index. */
public enum Sector {
    INDUSTRIE, BOUW, GROOTHANDEL, LOGISTIEK,
    /** services located on business estates */
    OVERIG;

    public static final int COUNT = values().length;

    private static final Map<String, Sector> BY_CODE = Codes.byCode(values());

    public String code() {
        return Codes.of(this);
    }

    public static Optional<Sector> fromCode(String code) {
        return Optional.ofNullable(BY_CODE.get(code));
    }
}
