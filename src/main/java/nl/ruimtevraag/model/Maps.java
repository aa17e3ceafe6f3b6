package nl.ruimtevraag.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Immutable map copies that keep their order. {@code Map.copyOf} iterates in an order that changes
 * from one JVM run to the next; records that are iterated for output must not.
 */
final class Maps {
    private Maps() {
    }

    static <K, V> Map<K, V> ordered(Map<K, V> map) {
        for (Map.Entry<K, V> e : map.entrySet()) {
            if (e.getKey() == null || e.getValue() == null) {
                throw new NullPointerException("null key or value in " + map);
            }
        }
        return Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }
}
