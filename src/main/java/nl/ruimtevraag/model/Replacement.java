package nl.ruimtevraag.model;

/**
 * Vervangingsvraag besides transformation (method section 2).
 *
 * @param withdrawalRate o(r): yearly share of the stock withdrawn by ageing, replaced elsewhere
 * @param shareOfExpansion vervangingsvraag as a share of the uitbreidingsvraag (the reports' 5-10% form)
 */
public record Replacement(RegionalParam withdrawalRate, Param shareOfExpansion) {
}
