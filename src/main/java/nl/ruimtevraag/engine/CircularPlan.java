package nl.ruimtevraag.engine;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import nl.ruimtevraag.model.CircularFraming;
import nl.ruimtevraag.model.RStrategy;
import nl.ruimtevraag.model.RegionData;
import nl.ruimtevraag.model.Werkmilieu;

/** Section 3, circular economy: κ normalised over the whole data set, the ramp and the R-strategy groups. */
final class CircularPlan implements Section<ProjectionInput.Circular> {
    private static final int J = RStrategy.COUNT;
    private static final int W = Werkmilieu.COUNT;

    private final int shareParam;
    private final boolean shareOfDemand;
    private final int embeddedParam;
    private final int[] pathYears;
    private final int[] pathParam;
    private final int firstYear;
    /** the stock and κ parameter of every region of the data set, and where each selected region is in it */
    private final double[] stockAll;
    private final int[] kappaParamAll;
    private final int[] selectedInAll;
    /** κ of the selected regions when no region's κ is uncertain (else null: normalised per resolve) */
    private final double[] fixedKappa;
    private final double[] ramp;
    private final int[] strategyShareParam;
    private final double[][] strategyMix;
    private final int verkleinenParam;
    private final int doubleUseShareParam;
    private final int doubleUseYears;

    CircularPlan(Planning p) {
        var ce = p.scenario.circular();
        // only the framing's own parameters are registered (uncertainty.ParameterPaths walks the same ones)
        shareOfDemand = ce.framing().kind() == CircularFraming.Kind.SHARE_OF_DEMAND;
        shareParam = shareOfDemand ? -1 : p.of(ce.extraShare());
        embeddedParam = p.of(ce.framing().embeddedShare());
        pathYears = shareOfDemand ? ce.framing().demandShare().keySet().stream().mapToInt(Integer::intValue).toArray()
                : new int[] {0};
        pathParam = shareOfDemand ? ce.framing().demandShare().values().stream().mapToInt(p::of).toArray() : new int[0];
        firstYear = p.horizon.baseYear() + 1;
        List<RegionData> all = p.data.regions();
        stockAll = new double[all.size()];
        kappaParamAll = new int[all.size()];
        // the selected regions are the data set's own objects: found by identity, not by record equals
        Map<RegionData, Integer> positionInAll = new IdentityHashMap<>(2 * all.size());
        for (int i = 0; i < all.size(); i++) {
            stockAll[i] = all.get(i).stockTotal();
            kappaParamAll[i] = p.of(Planning.regional(ce.intensity(), all.get(i), Planning.CE_INTENSITY));
            positionInAll.putIfAbsent(all.get(i), i);
        }
        selectedInAll = new int[p.regions()];
        for (int r = 0; r < selectedInAll.length; r++) {
            selectedInAll[r] = positionInAll.get(p.regions.get(r));
        }
        boolean kappaUncertain = false;
        for (int param : kappaParamAll) {
            kappaUncertain |= p.params.get(param).uncertain();
        }
        fixedKappa = kappaUncertain ? null : kappa(p.central(), null);
        ramp = p.ramp(ce.ramp(), ce.midpointYear(), ce.steepness(), ce.reachedIn());
        strategyShareParam = new int[J];
        strategyMix = new double[J][W];
        for (RStrategy j : RStrategy.values()) {
            strategyShareParam[j.ordinal()] = p.of(ce.strategyShares().get(j));
            for (Werkmilieu w : Werkmilieu.values()) {
                strategyMix[j.ordinal()][w.ordinal()] = ce.mapping().get(j).getOrDefault(w, 0.0);
            }
        }
        verkleinenParam = p.of(ce.verkleinenFactor());
        doubleUseShareParam = p.of(ce.doubleUseShare());
        doubleUseYears = ce.doubleUseYears();
    }

    @Override
    public ProjectionInput.Circular resolve(double[] v, ProjectionInput.Circular reuse) {
        double[] kappa = fixedKappa != null ? fixedKappa : kappa(v, reuse != null ? reuse.kappa() : null);
        double[] strategyShare = reuse != null ? reuse.strategyShare() : new double[J];
        double[] strategyFactor = reuse != null ? reuse.strategyFactor() : new double[J];
        for (int j = 0; j < J; j++) {
            strategyShare[j] = v[strategyShareParam[j]];
            strategyFactor[j] = j == RStrategy.VERKLEINEN.ordinal() ? v[verkleinenParam] : 1;
        }
        double embedded = v[embeddedParam];
        double[] onDemand = reuse != null ? reuse.onDemand() : new double[ramp.length];
        double[] path = new double[pathYears.length]; // the extra-space framing's path is one unused 0
        for (int i = 0; i < pathParam.length; i++) {
            path[i] = v[pathParam[i]];
        }
        for (int y = 0; y < onDemand.length; y++) {
            onDemand[y] = Formulas.circularOnDemand(shareOfDemand, Formulas.pathValue(pathYears, path, firstYear + y), embedded);
        }
        return new ProjectionInput.Circular(shareOfDemand ? 0 : v[shareParam], embedded, onDemand, kappa, ramp, strategyShare, strategyMix, strategyFactor,
                v[doubleUseShareParam], doubleUseYears);
    }

    /** κ of the selected regions, normalised over the whole data set, into {@code into} (or a new array). */
    private double[] kappa(double[] v, double[] into) {
        double[] kappaAll = new double[kappaParamAll.length];
        for (int i = 0; i < kappaAll.length; i++) {
            kappaAll[i] = v[kappaParamAll[i]];
        }
        double[] normalised = Formulas.normaliseIntensity(stockAll, kappaAll);
        double[] kappa = into != null ? into : new double[selectedInAll.length];
        for (int r = 0; r < kappa.length; r++) {
            kappa[r] = normalised[selectedInAll[r]];
        }
        return kappa;
    }
}
