package nl.ruimtevraag.model;

import java.util.Locale;
import java.util.Optional;

/** Lower-case codes of the domain enums, as written in scenarios, data sets and outputs. */
public final class Codes {
    private Codes() {
    }

    public static String of(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }

    /** The constant whose code is {@code code}. */
    public static <E extends Enum<E>> Optional<E> parse(Class<E> type, String code) {
        for (E e : type.getEnumConstants()) {
            if (of(e).equals(code)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }
}
