package nl.ruimtevraag.model;

import java.util.Map;
import java.util.Optional;

/** Kind of business estate. Order is the index used in every engine array. */
public enum Werkmilieu {
    /** heavy industry, milieucategorie 4-5, port and water-bound */
    ZWAAR,
    /** regular mixed estates, milieucategorie 2-3 */
    GEMENGD,
    /** large-scale distribution */
    LOGISTIEK,
    /** high-grade, innovation, campus-like */
    HOOGWAARDIG,
    /** small-scale urban, milieucategorie 1-2 */
    STEDELIJK;

    public static final int COUNT = values().length;

    private static final Map<String, Werkmilieu> BY_CODE = Codes.byCode(values());

    public String code() {
        return Codes.of(this);
    }

    public static Optional<Werkmilieu> fromCode(String code) {
        return Optional.ofNullable(BY_CODE.get(code));
    }
}
