package nl.ruimtevraag.model;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Lower-case codes of the domain enums, as written in scenarios, data sets and outputs. */
public final class Codes {
    /** per enum type: code to constant, built once (a data set parses a code in every row) */
    private static final ClassValue<Map<String, Enum<?>>> BY_CODE = new ClassValue<>() {
        @Override
        protected Map<String, Enum<?>> computeValue(Class<?> type) {
            Map<String, Enum<?>> byCode = new HashMap<>();
            for (Object constant : type.getEnumConstants()) {
                Enum<?> e = (Enum<?>) constant;
                byCode.putIfAbsent(of(e), e);
            }
            return byCode;
        }
    };

    private Codes() {
    }

    public static String of(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }

    /** The constant whose code is {@code code}. */
    public static <E extends Enum<E>> Optional<E> parse(Class<E> type, String code) {
        return Optional.ofNullable(type.cast(BY_CODE.get(type).get(code)));
    }
}
