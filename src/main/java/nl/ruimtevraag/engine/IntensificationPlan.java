package nl.ruimtevraag.engine;

import nl.ruimtevraag.model.Horizon;
import nl.ruimtevraag.model.IntensificationBasis;
import nl.ruimtevraag.model.RampShape;

/**
 * Section 4, intensification: the figure per region (a share of the need or the stock, or hectares)
 * and its ramp from the start year to the year it is reached, in calendar years.
 */
final class IntensificationPlan implements Section<ProjectionInput.Intensification> {
    private final IntensificationBasis basis;
    private final int[] figureParam;
    private final double[] ramp;

    IntensificationPlan(Planning p) {
        var intensification = p.scenario.intensification();
        basis = intensification.basis();
        // only the figure the basis reads is registered: the other cannot be drawn or swung
        figureParam = p.regional(basis == IntensificationBasis.HECTARES ? intensification.hectares() : intensification.share(), null);
        Horizon h = p.horizon;
        ramp = new double[h.years()];
        for (int y = 0; y < ramp.length; y++) {
            int year = h.baseYear() + 1 + y;
            ramp[y] = intensification.ramp() == RampShape.LINEAR
                    ? Formulas.rampLinearBetween(year, intensification.startYear(), intensification.reachedIn())
                    : Formulas.rampSCurveBetween(year, intensification.startYear(), intensification.reachedIn(),
                            intensification.midpointYear(), intensification.steepness());
        }
    }

    @Override
    public ProjectionInput.Intensification resolve(double[] v, ProjectionInput.Intensification reuse) {
        double[] figure = reuse != null ? reuse.figure() : new double[figureParam.length];
        for (int r = 0; r < figure.length; r++) {
            figure[r] = v[figureParam[r]];
        }
        return new ProjectionInput.Intensification(basis, figure, ramp);
    }
}
