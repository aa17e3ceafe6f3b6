package nl.ruimtevraag.model;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** Lower-case codes of the domain enums, as written in scenarios, data sets and outputs. */
public final class Codes {
    private Codes() {
    }

    public static String of(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }

    /**
     * The constants by code, for an enum's {@code fromCode}: built once, since a data set parses a
     * code in every row. The first constant wins where two share a code.
     */
    static <E extends Enum<E>> Map<String, E> byCode(E[] constants) {
        Map<String, E> byCode = new HashMap<>();
        for (E e : constants) {
            byCode.putIfAbsent(of(e), e);
        }
        return byCode;
    }
}
