package nl.ruimtevraag.engine;

import java.util.List;
import nl.ruimtevraag.model.DemandMethod;
import nl.ruimtevraag.model.Horizon;
import nl.ruimtevraag.model.IntensificationBasis;

/**
 * Every number the projector needs, resolved from a scenario, a data set and one parameter vector
 * ({@link InputPlan}), one record per section of docs/method.md. Indices: r region (in
 * {@link #regionCodes()} order), w werkmilieu, k sector, j R-strategy group, y projected year (base
 * year + 1 has y = 0). The projector only reads the arrays. An input from {@link InputPlan.Scratch}
 * shares the scratch's arrays, which the scratch's next resolve overwrites.
 *
 * @param regionList the regions' codes and names, shared by every input of a plan
 * @param stock0 [r][w] netto ha at the base year
 * @param planningReserve f_res (section 6)
 */
public record ProjectionInput(String scenarioName, Horizon horizon, RegionList regionList, double[][] stock0,
                              Expansion expansion, Replacement replacement, Circular circular, Intensification intensification,
                              Supply supply, Constraints constraints, double planningReserve) {

    /**
     * Section 1, uitbreidingsvraag.
     *
     * @param jobs0 [r][k] jobs on estates at the base year
     * @param growth [p][y] yearly job growth rate of growth pattern p
     * @param patternOf [r][k] the growth pattern of a region and sector
     * @param tq [r][k] terreinquotient TQ(r,k) (netto ha per job) at the base year
     * @param tqFactor [y] the trend factor (1 + τ)^(t − t0) at the end of each year, on all jobs
     * @param mix [k][w] share of sector k's new space in werkmilieu w
     * @param trendBase [r][w] u_hist(r) * s(r,w): the trend method's yearly demand before f(t)
     * @param trendMultiplier [y] f(t)
     */
    public record Expansion(double[][] jobs0, double[][] growth, int[][] patternOf,
                            double[][] tq, double[] tqFactor, double[][] mix, double shrinkReturn, double[][] trendBase,
                            double[] trendMultiplier, DemandMethod method, double divergenceFactor) {
    }

    /**
     * Section 2, vervangingsvraag.
     *
     * @param transformationDemand [r][w][y] sum of T * c over the events whose compensation lands in the row
     * @param transformationRows [r][w] whether any event's compensation lands in the row (else its rows are zeros)
     * @param withdrawalRate [r] o(r), a yearly share of the base-year stock
     * @param share v, the vervangingsvraag as a share of the uitbreidingsvraag
     */
    public record Replacement(double[][][] transformationDemand,
                              boolean[][] transformationRows, double[] withdrawalRate, double share) {
    }

    /**
     * Section 3, circular economy.
     *
     * @param share x_CE, the extra-space share of the stock (0 in the share-of-demand framing)
     * @param embeddedShare s_cal, the CE share already in the uitbreidingsvraag
     * @param onDemand [y] h(t), the CE demand per hectare of uitbreidingsvraag (share-of-demand framing)
     * @param kappa [r] CE intensity, normalised over the whole data set
     * @param ramp [y] ramp at the end of each year
     * @param strategyShare [r][j] a_j(r): the region's shares (its profile's or the national ones),
     *        normalised to sum to 1
     * @param strategyMix [r][j][w] n(r,j,w)
     * @param strategyFactor [r][j] 1, or the verkleinen factor for verkleinen (clamped so that the
     *        region's CE demand is not negative)
     * @param strategyWeight [r][j][w] g(r,j,w) = a_j(r) * n(r,j,w) * f_j(r)
     * @param circularWeight [r][w] Sigma_j g(r,j,w)
     */
    public record Circular(double share, double embeddedShare, double[] onDemand, double[] kappa, double[] ramp,
                           double[][] strategyShare,
                           double[][][] strategyMix, double[][] strategyFactor, double[][][] strategyWeight,
                           double[][] circularWeight, double doubleUseShare, int doubleUseYears) {
    }

    /**
     * Section 4: what the figure is of, figure [r] (i(r) for basis need or stock, H(r) in hectares for
     * basis hectares) and ramp [y] ramp_I at the end of each year.
     */
    public record Intensification(IntensificationBasis basis, double[] figure, double[] ramp) {
    }

    /**
     * Section 5, plan capacity: [r][w][y] hectares available by the end of year y (plans at or before the
     * base year count from y = 0), and p_Z.
     */
    public record Supply(double[][][] direct, double[][][] hard, double[][][] zacht, double zachtRealisation) {
    }

    /** Section 5, the constraints on soft and hard plans. */
    public record Constraints(Grid grid, Permit stikstof, Permit water) {
    }

    /**
     * Netcongestie: share [r] β(r), reliefYear [r] Y(r) with the delay, weight [w] e(w), directShare a_d (the part of
     * β that holds back direct plots too).
     */
    public record Grid(double[] share, int[] reliefYear, double[] weight, double directShare) {
    }

    /**
     * A permit constraint (stikstof, water): share [r] of zacht capacity (all zero when the constraint is off),
     * hardShare of hard capacity (zero when off), p and δ.
     */
    public record Permit(double[] share, double hardShare, double probability, int delay) {
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
}
