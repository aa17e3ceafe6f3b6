package nl.ruimtevraag.engine;

/**
 * The supply a confrontation sets demand against (method section 6): the two confrontations the
 * reports show side by side.
 */
public enum SupplyBasis {
    /**
     * Hard planaanbod as the provinces and Stec publish it: direct uitgeefbaar plus hard plan capacity,
     * before any constraint, without zacht capacity or intensification ({@link Formulas#hardSupply}).
     */
    HARD,
    /** Realisable supply: hard and p_Z-weighted zacht after the constraints, plus intensification. */
    REALISABLE
}
