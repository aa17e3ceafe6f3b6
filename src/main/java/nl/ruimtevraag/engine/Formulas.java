package nl.ruimtevraag.engine;

/**
 * Every formula of the method (docs/method.md), one static method each. The projector, the
 * {@code explain} command and the workbook's decomposition all call these, so there is one truth.
 * Section numbers refer to docs/method.md.
 */
public final class Formulas {
    private Formulas() {
    }

    // ---- section 1: uitbreidingsvraag ------------------------------------------------------

    /** E(t) = E(t-1) * (1 + g(t)). */
    public static double jobs(double previousJobs, double growthRate) {
        return previousJobs * (1 + growthRate);
    }

    /** The trend factor of TQ(k,t) = TQ(k) * (1 + trend)^(t - t0): (1 + trend)^(t - t0). */
    public static double terreinquotientTrend(double trend, int yearsSinceBase) {
        return Math.pow(1 + trend, yearsSinceBase);
    }

    /** TQ(k,t) = TQ(k) * factor, the factor from {@link #terreinquotientTrend}. */
    public static double terreinquotient(double tqBase, double trendFactor) {
        return tqBase * trendFactor;
    }

    /**
     * One sector's space demand before the split over werkmilieus:
     * (max(dE,0) - rho * max(-dE,0)) * TQ(k,t).
     */
    public static double sectorSpace(double deltaJobs, double tq, double shrinkReturn) {
        double net = deltaJobs >= 0 ? deltaJobs : -shrinkReturn * -deltaJobs;
        return net * tq;
    }

    /**
     * A sector's space for E0 base-year jobs from its space for one base-year job on the same growth
     * path: E(t) = E0 * G(t), and the shrink rule is piecewise linear through zero, so space is
     * homogeneous of degree 1 in E0 (the engine runs the formulas above once per growth path).
     */
    public static double sectorSpaceOfJobs(double jobs0, double spaceOfOneJob) {
        return jobs0 * spaceOfOneJob;
    }

    /** A sector's space in one werkmilieu: space * m(k,w). Linear, so it applies to a sum over years too. */
    public static double werkmilieuShare(double sectorSpace, double mix) {
        return sectorSpace * mix;
    }

    /**
     * U_E(r,w,t) = Sigma_k space(k) * m(k,w), from each sector's space before the split
     * ({@link #sectorSpace}, summed over any run of years: the split is linear).
     */
    public static double employmentDemand(double[] sectorSpace, double[][] mix, int w) {
        double demand = 0;
        for (int k = 0; k < sectorSpace.length; k++) {
            demand += werkmilieuShare(sectorSpace[k], mix[k][w]);
        }
        return demand;
    }

    /** U(r,w,t) = u_hist(r) * s(r,w) * f(t). */
    public static double trendDemand(double uitgiftePerYear, double werkmilieuShare, double multiplier) {
        return uitgiftePerYear * werkmilieuShare * multiplier;
    }

    /** Mean of the two methods (method "mean"). */
    public static double meanDemand(double employment, double trend) {
        return (employment + trend) / 2;
    }

    // ---- section 2: vervangingsvraag -------------------------------------------------------

    /** V_T(r,w,t) = T(r,w,t) * c. */
    public static double transformationDemand(double hectaresTransformed, double compensation) {
        return hectaresTransformed * compensation;
    }

    /**
     * V_O(r,w,t) = L0(r,w) * o(r): ageing withdraws a share of the base-year stock each year, replaced
     * 1:1. Transformation does not shrink this base (a transformed hectare would have aged as well).
     */
    public static double withdrawalDemand(double baseYearStock, double withdrawalRate) {
        return baseYearStock * withdrawalRate;
    }

    /** Vervangingsvraag in the reports' form: a share of the uitbreidingsvraag. */
    public static double replacementShare(double expansion, double share) {
        return expansion * share;
    }

    // ---- section 3: circular economy -------------------------------------------------------

    /** Linear ramp: 0 at t0, 1 at the horizon. */
    public static double rampLinear(int year, int baseYear, int endYear) {
        return (double) (year - baseYear) / (endYear - baseYear);
    }

    /**
     * Logistic ramp through its midpoint, rescaled to run exactly from 0 at t0 to 1 at the horizon.
     */
    public static double rampSCurve(int year, int baseYear, int endYear, double midpointYear, double steepness) {
        double lo = logistic(baseYear, midpointYear, steepness);
        double hi = logistic(endYear, midpointYear, steepness);
        return (logistic(year, midpointYear, steepness) - lo) / (hi - lo);
    }

    private static double logistic(double year, double mid, double k) {
        return 1 / (1 + Math.exp(-k * (year - mid)));
    }

    /** X(r,t) = L0(r) * x_CE * ramp(t) * kappa(r): the CE extra space built up by year t. */
    public static double circularBuildUp(double stockTotal, double extraShare, double ramp, double kappa) {
        return stockTotal * extraShare * ramp * kappa;
    }

    /**
     * kappa normalised over the whole data set so that sum L0*kappa = sum L0:
     * kappa'(r) = kappa(r) * sum L0 / sum L0*kappa.
     */
    public static double[] normaliseIntensity(double[] stockTotal, double[] kappa) {
        double stock = 0;
        double weighted = 0;
        for (int r = 0; r < kappa.length; r++) {
            stock += stockTotal[r];
            weighted += stockTotal[r] * kappa[r];
        }
        double[] out = new double[kappa.length];
        double factor = weighted == 0 ? 0 : stock / weighted;
        for (int r = 0; r < kappa.length; r++) {
            out[r] = kappa[r] * factor;
        }
        return out;
    }

    /**
     * g(j,w) = a_j * n(j,w) * f_j: the weight of R-strategy group j in werkmilieu w (f_j is the
     * verkleinen factor for verkleinen, else 1). The same for every region and year of a projection.
     */
    public static double strategyWeight(double strategyShare, double werkmilieuShare, double factor) {
        return strategyShare * werkmilieuShare * factor;
    }

    /**
     * C(r,j,w,t) = C(r,t) * g(j,w): the CE build-up of one R-strategy group in one werkmilieu, for a
     * group's weight; with the sum of the weights of all groups, Sigma_j g(j,w), the werkmilieu's
     * CE demand in one product.
     */
    public static double circularDemand(double buildUp, double weight) {
        return buildUp * weight;
    }

    /**
     * Double space use: a share d of each year's build-up is needed on top for y_d years, then
     * released: D(t) = d * (C(t) - C(t - y_d)).
     */
    public static double doubleUse(double share, double buildUpNow, double buildUpYdYearsAgo) {
        return share * (buildUpNow - buildUpYdYearsAgo);
    }

    // ---- section 4: intensification --------------------------------------------------------

    /**
     * A ramp toward a calendar milestone: 0 up to and including startYear, 1 from reachedYear on, linear
     * in between. It does not depend on the horizon (a 2030 result is the same whatever end_year is).
     */
    public static double rampLinearBetween(int year, int startYear, int reachedYear) {
        if (year >= reachedYear) {
            return 1;
        }
        return year <= startYear ? 0 : rampLinear(year, startYear, reachedYear);
    }

    /** As {@link #rampLinearBetween}, with the rescaled logistic curve of {@link #rampSCurve} in between. */
    public static double rampSCurveBetween(int year, int startYear, int reachedYear, double midpointYear, double steepness) {
        if (year >= reachedYear) {
            return 1;
        }
        return year <= startYear ? 0 : rampSCurve(year, startYear, reachedYear, midpointYear, steepness);
    }

    /** Basis stock: I(r,w,t) = L0(r,w) * i(r) * ramp_I(t). */
    public static double intensification(double stock, double share, double ramp) {
        return stock * share * ramp;
    }

    /**
     * Basis need: I(r,w,t) = i(r) * ramp_I(t) * max(0, D(r,w,t)), D the werkmilieu's cumulative demand
     * (vraag, with the reserve) to the end of year t: a share of the need is met on existing estates.
     */
    public static double intensificationOfNeed(double demandToDate, double share, double ramp) {
        return Math.max(0, demandToDate) * share * ramp;
    }

    /** Basis hectares: I(r,w,t) = H(r) * L0(r,w) / L0(r) * ramp_I(t); 0 in a region without stock. */
    public static double intensificationHectares(double hectares, double stock, double stockTotal, double ramp) {
        return stockTotal == 0 ? 0 : hectares * (stock / stockTotal) * ramp;
    }

    // ---- section 5: realisable supply ------------------------------------------------------

    /** R_grid(r,w,t) = 1 - beta(r) * e(w) * [t < Y(r)]. */
    public static double gridFactor(double share, double weight, int year, int reliefYear) {
        return year < reliefYear ? 1 - share * weight : 1;
    }

    /**
     * Soft plan capacity that the permit constraints let through by year index y, summed over the
     * years its plans came available: sum over a <= t of Z_a * permit_N(a,t) * permit_W(a,t), with
     * permit(a,t) = (1 - share) + share * p * [t >= a + delay]. Expanding the product of the two
     * factors gives four terms, each a share of the cumulative plan capacity S(y) at a delay (S of a
     * negative index is 0), so no loop over the years a.
     */
    public static double permittedZacht(double[] cumulative, int y, double nShare, double nProbability, int nDelay,
                                        double wShare, double wProbability, int wDelay) {
        double now = cumulative[y];
        if (wShare == 0) {
            // the water terms are exact zeros and (1 - wShare) an exact one: the same number, two terms
            return (1 - nShare) * now + nShare * nProbability * at(cumulative, y - nDelay);
        }
        return (1 - nShare) * (1 - wShare) * now
                + nShare * nProbability * (1 - wShare) * at(cumulative, y - nDelay)
                + (1 - nShare) * wShare * wProbability * at(cumulative, y - wDelay)
                + nShare * nProbability * wShare * wProbability * at(cumulative, y - Math.max(nDelay, wDelay));
    }

    private static double at(double[] cumulative, int y) {
        return y < 0 ? 0 : cumulative[y];
    }

    // ---- section 6: planning reserve and confrontation ------------------------------------

    /** Vraag = (U + V + C) * (1 + f_res). */
    public static double demand(double expansion, double replacement, double circular, double reserve) {
        return (expansion + replacement + circular) * (1 + reserve);
    }

    /** Saldo = aanbod - vraag; extra hectares needed = max(0, -saldo). */
    public static Confrontation confront(double vraag, double aanbod) {
        double saldo = saldo(vraag, aanbod);
        return new Confrontation(vraag, aanbod, saldo, extraHectares(saldo));
    }

    /** Saldo = aanbod - vraag. */
    public static double saldo(double vraag, double aanbod) {
        return aanbod - vraag;
    }

    public static double extraHectares(double saldo) {
        return Math.max(0, -saldo);
    }

    /** Strict (sum of shortages) and netted (sum of saldi) region totals. */
    public static RegionTotal regionTotal(Confrontation[] perWerkmilieu) {
        double vraag = 0;
        double aanbod = 0;
        double saldo = 0;
        double strict = 0;
        for (Confrontation c : perWerkmilieu) {
            vraag += c.vraag();
            aanbod += c.aanbod();
            saldo += c.saldo();
            strict += c.extraHa();
        }
        return new RegionTotal(vraag, aanbod, saldo, strict, extraHectares(saldo));
    }

    /** National (or group) total: sums of the region totals; netted per region, then summed. */
    public static RegionTotal sumOfRegions(RegionTotal[] regions) {
        double vraag = 0;
        double aanbod = 0;
        double saldo = 0;
        double strict = 0;
        double netted = 0;
        for (RegionTotal t : regions) {
            vraag += t.vraag();
            aanbod += t.aanbod();
            saldo += t.saldoNetted();
            strict += t.extraHaStrict();
            netted += t.extraHaNetted();
        }
        return new RegionTotal(vraag, aanbod, saldo, strict, netted);
    }
}
