package nl.ruimtevraag.model;

/** How a figure in the data set was obtained. */
public enum Quality {
    /** as published by the cited source */
    REPORTED,
    /** simple arithmetic on reported figures */
    DERIVED,
    /** our own estimate; the source list says how */
    ESTIMATED;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
