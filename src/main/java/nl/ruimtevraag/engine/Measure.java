package nl.ruimtevraag.engine;

/**
 * Every series the engine computes per region x werkmilieu x year. A FLOW is a yearly amount
 * (hectares arising in that year; a period sums its years, the confrontation sums from the base
 * year). A STOCK is a level at the end of the year (supply that is available by then).
 */
public enum Measure {
    // demand, flows (method sections 1-3 and 6)
    EXPANSION_EMPLOYMENT(Kind.FLOW, "uitbreidingsvraag_werkgelegenheid", "Uitbreidingsvraag (werkgelegenheid)"),
    EXPANSION_TREND(Kind.FLOW, "uitbreidingsvraag_trend", "Uitbreidingsvraag (trend uitgifte)"),
    /** the uitbreidingsvraag the confrontation uses (the scenario's method) */
    EXPANSION(Kind.FLOW, "uitbreidingsvraag", "Uitbreidingsvraag"),
    TRANSFORMATION(Kind.FLOW, "vervangingsvraag_transformatie", "Vervangingsvraag transformatie"),
    WITHDRAWAL(Kind.FLOW, "vervangingsvraag_veroudering", "Vervangingsvraag veroudering"),
    REPLACEMENT_SHARE(Kind.FLOW, "vervangingsvraag_aandeel", "Vervangingsvraag (aandeel uitbreiding)"),
    /** sum of the three vervangingsvraag measures above */
    REPLACEMENT(Kind.FLOW, "vervangingsvraag", "Vervangingsvraag"),
    /** CE build-up including double space use */
    CIRCULAR(Kind.FLOW, "circulair", "Circulaire extra vraag"),
    /** the double-space-use part of CIRCULAR (informative) */
    DOUBLE_USE(Kind.FLOW, "circulair_dubbel_ruimtegebruik", "waarvan dubbel ruimtegebruik"),
    RESERVE(Kind.FLOW, "planreserve", "Planreserve"),
    /** (EXPANSION + REPLACEMENT + CIRCULAR) * (1 + reserve) */
    DEMAND(Kind.FLOW, "vraag", "Totale vraag"),

    // supply, stocks available by the end of the year (method sections 4-5)
    SUPPLY_DIRECT(Kind.STOCK, "aanbod_direct", "Direct uitgeefbaar"),
    SUPPLY_HARD(Kind.STOCK, "aanbod_hard", "Harde plancapaciteit"),
    SUPPLY_ZACHT(Kind.STOCK, "aanbod_zacht", "Zachte plancapaciteit"),
    ZACHT_UNREALISED(Kind.STOCK, "zacht_niet_gerealiseerd", "Zacht: niet gerealiseerd"),
    HELD_GRID(Kind.STOCK, "tegengehouden_netcongestie", "Tegengehouden door netcongestie"),
    HELD_STIKSTOF(Kind.STOCK, "tegengehouden_stikstof", "Tegengehouden door stikstof"),
    HELD_WATER(Kind.STOCK, "tegengehouden_water", "Tegengehouden door water"),
    INTENSIFICATION(Kind.STOCK, "intensivering", "Intensivering (ruimtewinst)"),
    /** direct + hard + zacht - unrealised - held back + intensification */
    SUPPLY_REALISABLE(Kind.STOCK, "aanbod", "Realiseerbaar aanbod");

    public enum Kind { FLOW, STOCK }

    private final Kind kind;
    private final String code;
    private final String labelNl;

    Measure(Kind kind, String code, String labelNl) {
        this.kind = kind;
        this.code = code;
        this.labelNl = labelNl;
    }

    public Kind kind() {
        return kind;
    }

    /** Stable machine name (CSV/JSON). */
    public String code() {
        return code;
    }

    /** Dutch workbook label. */
    public String labelNl() {
        return labelNl;
    }
}
