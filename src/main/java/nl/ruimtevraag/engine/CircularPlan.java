package nl.ruimtevraag.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import nl.ruimtevraag.model.Circular;
import nl.ruimtevraag.model.CircularFraming;
import nl.ruimtevraag.model.Param;
import nl.ruimtevraag.model.RStrategy;
import nl.ruimtevraag.model.RegionData;
import nl.ruimtevraag.model.Werkmilieu;

/**
 * Section 3, circular economy: the framing (a share of demand along a path, or extra space on the stock with
 * κ normalised over the whole data set and the ramp), the share already embedded, and the R-strategy
 * groups with their weights g(r,j,w) per region (a region's profile, else the national values).
 */
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
    /**
     * The R-strategy profiles q: regions with the same share parameters a_j and the same table n(j,w) (every
     * region without a profile of its own: the national ones) have the same weights, so those are computed
     * once per profile and a region's rows are its profile's arrays. [r]: the profile of each selected
     * region; [q]: the first region of each profile.
     */
    private final int[] profileOf;
    private final int[] firstRegion;
    /** [q][j]: the parameter of a_j of the profile (the region's own share or the national one) */
    private final int[][] strategyShareParam;
    /** [q][j]: a_j at the central values, normalised (used when a draw's shares sum to 0) */
    private final double[][] centralShare;
    /** [q][j][w]: n(j,w) of the profile; and [r] the table of each region (regions without a profile share the national one) */
    private final double[][][] profileMix;
    private final double[][][] strategyMix;
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
        int regions = p.regions();
        profileOf = new int[regions];
        strategyMix = new double[regions][][];
        List<Integer> first = new ArrayList<>();
        List<int[]> params = new ArrayList<>();
        List<double[]> centrals = new ArrayList<>();
        // a profile is its share parameters and its table (the national table is one object)
        Map<double[][], Map<List<Integer>, Integer>> profiles = new IdentityHashMap<>();
        double[][] nationalMix = mix(ce, null);
        for (int r = 0; r < regions; r++) {
            String code = p.regions.get(r).code();
            int[] param = new int[J];
            double[] central = new double[J];
            for (RStrategy j : RStrategy.values()) {
                Param a = ce.strategySharesOf(code).get(j);
                param[j.ordinal()] = p.of(a);
                central[j.ordinal()] = a.central();
            }
            strategyMix[r] = ce.profiles().containsKey(code) ? mix(ce, code) : nationalMix;
            List<Integer> key = Arrays.stream(param).boxed().toList();
            Integer q = profiles.computeIfAbsent(strategyMix[r], m -> new HashMap<>()).get(key);
            if (q == null) {
                q = first.size();
                profiles.get(strategyMix[r]).put(key, q);
                first.add(r);
                params.add(param);
                Formulas.normaliseShares(central, central, central);
                centrals.add(central);
            }
            profileOf[r] = q;
        }
        firstRegion = first.stream().mapToInt(Integer::intValue).toArray();
        strategyShareParam = params.toArray(new int[0][]);
        centralShare = centrals.toArray(new double[0][]);
        profileMix = new double[firstRegion.length][][];
        for (int q = 0; q < firstRegion.length; q++) {
            profileMix[q] = strategyMix[firstRegion[q]];
        }
        verkleinenParam = p.of(ce.verkleinenFactor());
        doubleUseShareParam = p.of(ce.doubleUseShare());
        doubleUseYears = ce.doubleUseYears();
    }

    /** n(j,w) of a region (null: the national table). */
    private static double[][] mix(Circular ce, String code) {
        double[][] mix = new double[J][W];
        for (RStrategy j : RStrategy.values()) {
            Map<Werkmilieu, Double> row = code == null ? ce.mapping().get(j) : ce.mappingOf(code, j);
            for (Werkmilieu w : Werkmilieu.values()) {
                mix[j.ordinal()][w.ordinal()] = row.getOrDefault(w, 0.0);
            }
        }
        return mix;
    }

    /**
     * Per profile (and so per selected region): the drawn shares normalised to sum to 1 (a_j / Σ a; the
     * central shares when a draw's sum is 0), the verkleinen factor clamped so that the region's CE demand
     * is not negative ({@link Formulas#verkleinenFloor}), and the weights g(r,j,w) with their sum over j.
     * A region's rows are its profile's arrays (read-only, as every array of the input).
     */
    @Override
    public ProjectionInput.Circular resolve(double[] v, ProjectionInput.Circular reuse) {
        double[] kappa = fixedKappa != null ? fixedKappa : kappa(v, reuse != null ? reuse.kappa() : null);
        double[][] strategyShare = reuse != null ? reuse.strategyShare() : byProfile(new double[firstRegion.length][J]);
        double[][] strategyFactor = reuse != null ? reuse.strategyFactor() : byProfile(new double[firstRegion.length][J]);
        double[][][] weight = reuse != null ? reuse.strategyWeight() : byProfile(new double[firstRegion.length][J][W]);
        double[][] circularWeight = reuse != null ? reuse.circularWeight() : byProfile(new double[firstRegion.length][W]);
        double[] drawn = new double[J];
        int verkleinen = RStrategy.VERKLEINEN.ordinal();
        for (int q = 0; q < firstRegion.length; q++) {
            int r = firstRegion[q];
            for (int j = 0; j < J; j++) {
                drawn[j] = v[strategyShareParam[q][j]];
            }
            double[] a = strategyShare[r];
            Formulas.normaliseShares(drawn, centralShare[q], a);
            double others = 0;
            for (int j = 0; j < J; j++) {
                others += j == verkleinen ? 0 : a[j];
            }
            double[] f = strategyFactor[r];
            for (int j = 0; j < J; j++) {
                f[j] = j == verkleinen ? Math.max(v[verkleinenParam], Formulas.verkleinenFloor(others, a[j])) : 1;
            }
            for (int w = 0; w < W; w++) {
                double sum = 0;
                for (int j = 0; j < J; j++) {
                    double g = Formulas.strategyWeight(a[j], profileMix[q][j][w], f[j]);
                    weight[r][j][w] = g;
                    sum += g;
                }
                circularWeight[r][w] = sum;
            }
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
        return new ProjectionInput.Circular(shareOfDemand ? 0 : v[shareParam], embedded, onDemand, kappa, ramp,
                strategyShare, strategyMix, strategyFactor, weight, circularWeight, v[doubleUseShareParam], doubleUseYears);
    }

    /** Per selected region, the row of its profile: {@code byProfile}[q] for every region r of profile q. */
    private <T> T[] byProfile(T[] byProfile) {
        T[] byRegion = Arrays.copyOf(byProfile, profileOf.length);
        for (int r = 0; r < profileOf.length; r++) {
            byRegion[r] = byProfile[profileOf[r]];
        }
        return byRegion;
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
