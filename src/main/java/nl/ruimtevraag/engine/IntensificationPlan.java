package nl.ruimtevraag.engine;

/** Section 4, intensification: the space gained per region at the horizon, and its ramp. */
final class IntensificationPlan implements Section<ProjectionInput.Intensification> {
    private final int[] shareParam;
    private final double[] ramp;

    IntensificationPlan(Planning p) {
        var intensification = p.scenario.intensification();
        shareParam = p.regional(intensification.share(), null);
        ramp = p.ramp(intensification.ramp(), intensification.midpointYear(), intensification.steepness());
    }

    @Override
    public ProjectionInput.Intensification resolve(double[] v, ProjectionInput.Intensification reuse) {
        double[] share = reuse != null ? reuse.share() : new double[shareParam.length];
        for (int r = 0; r < share.length; r++) {
            share[r] = v[shareParam[r]];
        }
        return new ProjectionInput.Intensification(share, ramp);
    }
}
