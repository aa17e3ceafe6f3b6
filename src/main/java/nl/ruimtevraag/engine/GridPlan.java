package nl.ruimtevraag.engine;

import nl.ruimtevraag.model.Werkmilieu;

/** Section 5, netcongestie: the share of each region behind a full grid until its relief year. */
final class GridPlan implements Section<ProjectionInput.Grid> {
    private final int[] shareParam;
    private final int[] reliefParam;
    private final int reliefDelayParam;
    private final int directShareParam;
    private final double[] weight = new double[Werkmilieu.COUNT];

    GridPlan(Planning p) {
        var netcongestie = p.scenario.constraints().netcongestie();
        shareParam = p.regional(netcongestie.share(), Planning.GRID_SHARE);
        reliefParam = p.regional(netcongestie.reliefYear(), Planning.GRID_RELIEF);
        reliefDelayParam = p.of(netcongestie.reliefDelay());
        directShareParam = p.of(netcongestie.directShare());
        for (Werkmilieu w : Werkmilieu.values()) {
            weight[w.ordinal()] = netcongestie.weights().getOrDefault(w, 0.0);
        }
    }

    @Override
    public ProjectionInput.Grid resolve(double[] v, ProjectionInput.Grid reuse) {
        double[] share = reuse != null ? reuse.share() : new double[shareParam.length];
        int[] relief = reuse != null ? reuse.reliefYear() : new int[shareParam.length];
        int delay = (int) Math.round(v[reliefDelayParam]);
        for (int r = 0; r < share.length; r++) {
            share[r] = v[shareParam[r]];
            relief[r] = (int) Math.round(v[reliefParam[r]]) + delay;
        }
        return new ProjectionInput.Grid(share, relief, weight, v[directShareParam]);
    }
}
