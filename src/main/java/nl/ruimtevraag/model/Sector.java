package nl.ruimtevraag.model;

import java.util.Locale;
import java.util.Optional;

/** Economic sector of the employment method. Order is the engine's array index. */
public enum Sector {
    INDUSTRIE, BOUW, GROOTHANDEL, LOGISTIEK,
    /** services located on business estates */
    OVERIG;

    public static final int COUNT = values().length;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Sector> fromCode(String code) {
        for (Sector s : values()) {
            if (s.code().equals(code)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
