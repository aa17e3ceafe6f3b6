package nl.ruimtevraag.model;

/** What an intensification figure is of (method section 4). */
public enum IntensificationBasis {
    /** a share of the need: the werkmilieu's demand to date */
    NEED,
    /** a share of the base-year stock */
    STOCK,
    /** absolute netto hectares per region, split over werkmilieus by stock shares */
    HECTARES;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
