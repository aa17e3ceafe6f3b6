package nl.ruimtevraag.engine;

/**
 * The parts of one region's and werkmilieu's supply at the end of a year that do not depend on the
 * realisation probability of zacht supply p_Z nor on the demand (method section 5). With them the
 * workbook states what the constraints hold back as formulas of p_Z, exactly as the engine computes it:
 * <pre>
 * niet gerealiseerd = Z * (1 - p_Z)
 * netcongestie      = A * (1 - gridDirectFactor) + (H + Z * p_Z) * (1 - gridFactor)
 * stikstof          = p_Z * gridFactor * (Z - zachtAfterStikstof) + gridFactor * (H - hardAfterStikstof)
 * water             = p_Z * gridFactor * (zachtAfterStikstof - zachtAfterPermits)
 *                     + gridFactor * (hardAfterStikstof - hardAfterPermits)
 * intensivering     = intensificationOfNeed * max(0, D)   (basis need; D the cumulative demand to the year)
 * </pre>
 * {@code SupplyTermsTest} holds these recompositions equal to the engine's own supply series.
 *
 * @param gridFactor R_grid: the share of plans netcongestie lets through in the year
 * @param gridDirectFactor the same for direct uitgeefbaar land
 * @param zachtAfterStikstof zacht capacity the stikstof permits let through by the year
 * @param zachtAfterPermits zacht capacity stikstof and water permits let through by the year
 * @param hardAfterStikstof hard capacity the stikstof permits let through by the year
 * @param hardAfterPermits hard capacity stikstof and water permits let through by the year
 * @param intensificationOfNeed i(r) * ramp_I(t) with intensification on the basis need; NaN with another basis
 *        (then the space gained does not depend on the demand)
 */
public record SupplyTerms(double gridFactor, double gridDirectFactor, double zachtAfterStikstof, double zachtAfterPermits,
                          double hardAfterStikstof, double hardAfterPermits, double intensificationOfNeed) {

    /** The terms of region r, werkmilieu w at the end of projected year index y, as the region kernel computes them. */
    static SupplyTerms of(ProjectionInput in, int r, int w, int y) {
        ProjectionInput.Grid grid = in.constraints().grid();
        ProjectionInput.Permit n = in.constraints().stikstof();
        ProjectionInput.Permit wa = in.constraints().water();
        int year = in.horizon().baseYear() + 1 + y;
        double factor = Formulas.gridFactor(grid.share()[r], grid.weight()[w], year, grid.reliefYear()[r]);
        double directFactor = Formulas.gridFactor(grid.share()[r] * grid.directShare(), grid.weight()[w], year,
                grid.reliefYear()[r]);
        double[] zacht = in.supply().zacht()[r][w];
        double[] hard = in.supply().hard()[r][w];
        double zachtN = Formulas.permittedZacht(zacht, y, n.share()[r], n.probability(), n.delay(), 0, 0, 0);
        double zachtNW = wa.share()[r] == 0 ? zachtN : Formulas.permittedZacht(zacht, y, n.share()[r], n.probability(),
                n.delay(), wa.share()[r], wa.probability(), wa.delay());
        double hardN = n.hardShare() == 0 ? hard[y]
                : Formulas.permittedZacht(hard, y, n.hardShare(), n.probability(), n.delay(), 0, 0, 0);
        double hardNW = wa.hardShare() == 0 ? hardN : Formulas.permittedZacht(hard, y, n.hardShare(), n.probability(),
                n.delay(), wa.hardShare(), wa.probability(), wa.delay());
        ProjectionInput.Intensification intensify = in.intensification();
        double ofNeed = intensify.basis() == nl.ruimtevraag.model.IntensificationBasis.NEED
                ? intensify.figure()[r] * intensify.ramp()[y] : Double.NaN;
        return new SupplyTerms(factor, directFactor, zachtN, zachtNW, hardN, hardNW, ofNeed);
    }
}
