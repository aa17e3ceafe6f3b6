package nl.ruimtevraag.engine;

import nl.ruimtevraag.model.PermitConstraint;

/**
 * Section 5, a permit constraint (stikstof or water): the share of each region's soft plans that
 * needs a permit, the chance of getting one, and the delay.
 */
final class PermitPlan implements Section<ProjectionInput.Permit> {
    private final boolean enabled;
    private final int[] shareParam;
    private final int hardShareParam;
    private final int probabilityParam;
    private final int delayParam;

    PermitPlan(Planning p, PermitConstraint constraint, String dataParameter) {
        enabled = constraint.enabled();
        shareParam = p.regional(constraint.share(), dataParameter);
        hardShareParam = p.of(constraint.hardShare());
        probabilityParam = p.of(constraint.permitProbability());
        delayParam = p.of(constraint.delayYears());
    }

    @Override
    public ProjectionInput.Permit resolve(double[] v, ProjectionInput.Permit reuse) {
        double[] share = reuse != null ? reuse.share() : new double[shareParam.length];
        for (int r = 0; r < share.length; r++) {
            share[r] = enabled ? v[shareParam[r]] : 0;
        }
        return new ProjectionInput.Permit(share, enabled ? v[hardShareParam] : 0, v[probabilityParam],
                (int) Math.round(v[delayParam]));
    }
}
