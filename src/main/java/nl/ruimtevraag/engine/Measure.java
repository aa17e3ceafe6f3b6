package nl.ruimtevraag.engine;

/**
 * Every series the engine computes per region x werkmilieu x year. A FLOW is a yearly amount
 * (hectares arising in that year; a period sums its years, the confrontation sums from the base
 * year). A STOCK is a level at the end of the year (supply that is available by then). Labels
 * are report's (report.Label.measure).
 */
public enum Measure {
    // demand, flows (method sections 1-3 and 6)
    EXPANSION_EMPLOYMENT(Kind.FLOW, "uitbreidingsvraag_werkgelegenheid"),
    EXPANSION_TREND(Kind.FLOW, "uitbreidingsvraag_trend"),
    /** the uitbreidingsvraag the confrontation uses (the scenario's method) */
    EXPANSION(Kind.FLOW, "uitbreidingsvraag"),
    TRANSFORMATION(Kind.FLOW, "vervangingsvraag_transformatie"),
    WITHDRAWAL(Kind.FLOW, "vervangingsvraag_veroudering"),
    REPLACEMENT_SHARE(Kind.FLOW, "vervangingsvraag_aandeel"),
    /** sum of the three vervangingsvraag measures above */
    REPLACEMENT(Kind.FLOW, "vervangingsvraag"),
    /** CE build-up including double space use */
    CIRCULAR(Kind.FLOW, "circulair"),
    /** the double-space-use part of CIRCULAR (informative) */
    DOUBLE_USE(Kind.FLOW, "circulair_dubbel_ruimtegebruik"),
    RESERVE(Kind.FLOW, "planreserve"),
    /** (EXPANSION + REPLACEMENT + CIRCULAR) * (1 + reserve) */
    DEMAND(Kind.FLOW, "vraag"),

    // supply, stocks available by the end of the year (method sections 4-5)
    SUPPLY_DIRECT(Kind.STOCK, "aanbod_direct"),
    SUPPLY_HARD(Kind.STOCK, "aanbod_hard"),
    SUPPLY_ZACHT(Kind.STOCK, "aanbod_zacht"),
    ZACHT_UNREALISED(Kind.STOCK, "zacht_niet_gerealiseerd"),
    HELD_GRID(Kind.STOCK, "tegengehouden_netcongestie"),
    HELD_STIKSTOF(Kind.STOCK, "tegengehouden_stikstof"),
    HELD_WATER(Kind.STOCK, "tegengehouden_water"),
    INTENSIFICATION(Kind.STOCK, "intensivering"),
    /** direct + hard + zacht - unrealised - held back + intensification */
    SUPPLY_REALISABLE(Kind.STOCK, "aanbod");

    public enum Kind { FLOW, STOCK }

    private final Kind kind;
    private final String code;

    Measure(Kind kind, String code) {
        this.kind = kind;
        this.code = code;
    }

    public Kind kind() {
        return kind;
    }

    /** Stable machine name (CSV/JSON). */
    public String code() {
        return code;
    }
}
