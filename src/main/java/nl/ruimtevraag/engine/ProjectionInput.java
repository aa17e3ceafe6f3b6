package nl.ruimtevraag.engine;

import java.util.List;
import nl.ruimtevraag.model.DemandMethod;
import nl.ruimtevraag.model.Horizon;

/**
 * Every number the projector needs, resolved from a scenario, a data set and one parameter draw.
 * Indices: r region (in {@link #regionCodes()} order), w werkmilieu, k sector, j R-strategy group, y
 * projected year (base year + 1 has y = 0). Arrays belong to this record and are never changed
 * after {@link InputResolver} built them; the projector only reads them. The one exception: an
 * input resolved into a reusable {@link InputPlan.Buffer} (one thread's Monte Carlo loop) shares the
 * buffer's arrays, which the next resolve into that buffer overwrites.
 *
 * @param regionList the regions' codes and names, shared by every input of a plan
 * @param jobs0 [r][k] jobs on estates at the base year
 * @param growth [r][k][y] yearly job growth rate
 * @param tq [k][y] terreinquotient (netto ha per job) in each year
 * @param mix [k][w] share of sector k's new space in werkmilieu w
 * @param trendBase [r][w] u_hist(r) * s(r,w): the trend method's yearly demand before f(t)
 * @param trendMultiplier [y] f(t)
 * @param transformed [r][w][y] hectares transformed away in a year
 * @param transformationDemand [r][w][y] sum over events of T * c
 * @param stock0 [r][w] netto ha at the base year
 * @param withdrawalRate [r] o(r)
 * @param kappa [r] CE intensity, already normalised over the whole data set
 * @param ceRamp [y] ramp at the end of each year (0 at the base year)
 * @param strategyShare [j] a_j
 * @param strategyMix [j][w] n(j,w)
 * @param strategyFactor [j] 1, or the verkleinen factor for verkleinen
 * @param intensificationShare [r] i(r)
 * @param intensificationRamp [y]
 * @param supplyDirect [r][w][y] hectares of direct supply becoming available in year y (plans at or
 *        before the base year are in y = 0)
 * @param supplyHard [r][w][y] the same for hard plan capacity
 * @param supplyZacht [r][w][y] the same for soft plan capacity
 * @param supplyDirectToDate [r][w][y] direct supply available by the end of year y (the running sum of
 *        supplyDirect; likewise for hard and zacht)
 * @param transformationRows [r][w] whether any transformation event touches the row (else its
 *        transformed and transformationDemand rows are all zero)
 * @param reliefYear [r] netcongestie relief year, delay included
 * @param gridWeight [w] e(w)
 * @param resolvedFrom first region (inclusive) whose numbers this input holds in full
 * @param resolvedTo end (exclusive) of the regions whose numbers this input holds in full: every region for
 *        an input resolved whole; a Monte Carlo block's range for one resolved by
 *        {@link InputPlan#resolve(double[], InputPlan.Buffer, int, int)}, whose transformation rows of
 *        other regions are stale. {@link Projector} refuses to project a region outside this range.
 */
public record ProjectionInput(
        String scenarioName, Horizon horizon, RegionList regionList,
        double[][] jobs0, double[][][] growth, double[][] tq, double[][] mix, double shrinkReturn,
        double[][] trendBase, double[] trendMultiplier, DemandMethod method, double divergenceFactor,
        double[][][] transformed, double[][][] transformationDemand, double[][] stock0,
        double[] withdrawalRate, double replacementShare,
        double ceShare, double[] kappa, double[] ceRamp, double[] strategyShare, double[][] strategyMix,
        double[] strategyFactor, double doubleUseShare, int doubleUseYears,
        double[] intensificationShare, double[] intensificationRamp,
        double[][][] supplyDirect, double[][][] supplyHard, double[][][] supplyZacht, double zachtRealisation,
        double[][][] supplyDirectToDate, double[][][] supplyHardToDate, double[][][] supplyZachtToDate,
        boolean[][] transformationRows,
        double[] gridShare, int[] reliefYear, double[] gridWeight,
        double[] stikstofShare, double stikstofProbability, int stikstofDelay,
        boolean waterEnabled, double[] waterShare, double waterProbability, int waterDelay,
        double planningReserve, int resolvedFrom, int resolvedTo) {

    public ProjectionInput {
        regionList.requireRange(resolvedFrom, resolvedTo);
    }

    /** The region codes in projection order (index r). */
    public List<String> regionCodes() {
        return regionList.codes();
    }

    public List<String> regionNames() {
        return regionList.names();
    }

    public int regions() {
        return regionList.size();
    }

    public int years() {
        return horizon.years();
    }

    /** Whether this input holds the numbers of every region {@code from..to-1} (an empty range: always). */
    public boolean resolves(int from, int to) {
        return from >= to || resolvedFrom <= from && to <= resolvedTo;
    }
}
