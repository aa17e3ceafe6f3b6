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

    /**
     * The region's scale on the national sector profile: a(r) = L0(r) / Σ_k E0(r,k) · TQ(k), so that the
     * region's base-year jobs at TQ(r,k) = TQ(k) · a(r) occupy exactly its base-year stock (the
     * Bedrijfslocatiemonitor's land = jobs × terreinquotiënt, anchored on the region's own land per job).
     * 1 when the region has no jobs (its employment demand is zero anyway).
     */
    public static double regionalScale(double stockTotal, double[] jobs0, double[] tq) {
        double land = 0;
        for (int k = 0; k < jobs0.length; k++) {
            land += jobs0[k] * tq[k];
        }
        return land > 0 ? stockTotal / land : 1;
    }

    /** TQ(r,k,t) = TQ(k) * scale * factor: the sector's TQ, the region's scale (1 for national TQs) and the trend factor. */
    public static double terreinquotient(double tqBase, double regionalScale, double trendFactor) {
        return tqBase * regionalScale * trendFactor;
    }

    /** L(r,k,t) = E(r,k,t) * TQ(r,k,t): the land a sector's jobs occupy. */
    public static double land(double jobs, double tq) {
        return jobs * tq;
    }

    /**
     * One sector's space demand in a year before the split over werkmilieus, from the change of its land
     * ΔL = E(t)·TQ(t) − E(t−1)·TQ(t−1) = ΔE·TQ(t) + E(t−1)·ΔTQ (the trend acts on all jobs):
     * max(ΔL,0) − ρ·max(−ΔL,0).
     */
    public static double sectorSpace(double deltaLand, double shrinkReturn) {
        return deltaLand >= 0 ? deltaLand : -shrinkReturn * -deltaLand;
    }

    /**
     * A sector's space for E0 base-year jobs at TQ(r,k) from the space of one base-year job at a TQ of 1
     * on the same growth and trend path: L = E0·TQ(r,k)·G(t)·F(t), and the shrink rule is piecewise linear
     * through zero, so space is homogeneous of degree 1 in E0·TQ(r,k) (the engine runs the formulas above
     * once per growth path).
     */
    public static double sectorSpaceOfJobs(double jobs0, double tq, double spaceOfOneJob) {
        return jobs0 * tq * spaceOfOneJob;
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

    /** Linear ramp: 0 at t0, 1 in the year it is reached (a calendar year, not the horizon), and 1 after. */
    public static double rampLinear(int year, int baseYear, int reachedIn) {
        return Math.min(1, (double) (year - baseYear) / (reachedIn - baseYear));
    }

    /**
     * Logistic ramp through its midpoint, rescaled to run exactly from 0 at t0 to 1 in the year it is reached,
     * and 1 after.
     */
    public static double rampSCurve(int year, int baseYear, int reachedIn, double midpointYear, double steepness) {
        if (year >= reachedIn) {
            return 1;
        }
        double lo = logistic(baseYear, midpointYear, steepness);
        double hi = logistic(reachedIn, midpointYear, steepness);
        return (logistic(year, midpointYear, steepness) - lo) / (hi - lo);
    }

    /**
     * A path's value in a year: linear between its year points (ascending), flat before the first and after the
     * last (the trend multiplier f(t), the CE share of demand s(t)).
     */
    public static double pathValue(int[] years, double[] values, int year) {
        int hi = 0;
        while (hi < years.length && years[hi] < year) {
            hi++;
        }
        if (hi < years.length && years[hi] == year) {
            return values[hi];
        }
        if (hi == 0) {
            return values[0];
        }
        if (hi == years.length) {
            return values[years.length - 1];
        }
        double f = (double) (year - years[hi - 1]) / (years[hi] - years[hi - 1]);
        return values[hi - 1] + (values[hi] - values[hi - 1]) * f;
    }

    /**
     * The CE demand per hectare of uitbreidingsvraag U, h(t), in the share-of-demand framing: the calibrated U
     * holds CE at the share s_cal, so the demand without CE is U·(1 − s_cal), and CE at the share s(t) of all
     * demand is U·(1 − s_cal)·s/(1 − s). It applies to each sector's growth of land, max(ΔL, 0), not to land a
     * shrinking sector releases. In the extra-space framing CE comes from the stock instead
     * ({@link #circularBuildUp}) and h = 0.
     */
    public static double circularOnDemand(boolean shareOfDemand, double share, double embeddedShare) {
        return shareOfDemand ? (1 - embeddedShare) * share / (1 - share) : 0;
    }

    /**
     * The CE already in a werkmilieu's calibrated uitbreidingsvraag, s_cal·U(r,w): taken out where it sits, since
     * the whole CE demand is placed by R-strategy ({@link #circularDemand}); so CE is never counted twice, and more
     * U never lowers a werkmilieu's demand.
     */
    public static double embeddedCircular(double expansion, double embeddedShare) {
        return expansion * embeddedShare;
    }

    /**
     * The CE share of demand: the embedded part of U plus the CE demand on top, over U plus the CE demand on top:
     * (s_cal·U + C) / (U + C). In the share-of-demand framing this is s(t) year by year. NaN without demand.
     */
    public static double circularShareOfDemand(double expansion, double circular, double embeddedShare) {
        double total = expansion + circular;
        return total == 0 ? Double.NaN : (embeddedShare * expansion + circular) / total;
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
     * g(r,j,w) = a_j(r) * n(r,j,w) * f_j(r): the weight of R-strategy group j in werkmilieu w for
     * region r (its profile's shares and mapping, else the national ones; f_j is the verkleinen
     * factor for verkleinen, else 1). The same for every year of a projection.
     */
    public static double strategyWeight(double strategyShare, double werkmilieuShare, double factor) {
        return strategyShare * werkmilieuShare * factor;
    }

    /**
     * a'_j = a_j / Sigma_k a_k: shares drawn one by one, rescaled to sum to 1, into {@code into}; when
     * they sum to 0 (or less) {@code into} gets {@code fallback} instead.
     */
    public static void normaliseShares(double[] shares, double[] fallback, double[] into) {
        double sum = 0;
        for (double a : shares) {
            sum += a;
        }
        for (int j = 0; j < into.length; j++) {
            into[j] = sum > 0 ? shares[j] / sum : fallback[j];
        }
    }

    /**
     * f_min(r) = -(Sigma_{j != verkleinen} a_j) / a_verkleinen: the lowest verkleinen factor at which a
     * region's CE demand, C(r,t) * Sigma_j a_j * f_j (mapping rows sum to 1), is not negative; minus
     * infinity when the region has no verkleinen share.
     */
    public static double verkleinenFloor(double otherShares, double verkleinenShare) {
        return verkleinenShare > 0 ? -otherShares / verkleinenShare : Double.NEGATIVE_INFINITY;
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

    /**
     * Hard supply as the reports publish it: A + S_H, direct uitgeefbaar plus hard plan capacity available by
     * the year, before any constraint and without zacht capacity or intensification ("tekort = totale
     * ruimtevraag − hard aanbod").
     */
    public static double hardSupply(double direct, double hard) {
        return direct + hard;
    }

    /**
     * A shortage path summed up: per projected year t (firstYear, firstYear + 1, ...) the shortage e(t) ≥ 0
     * at the year's end; the first year with e(t) &gt; 0, the peak max_t e(t) and its first year, and the
     * hectare-years unmet Σ_t e(t) (each year's shortage counts for one year).
     */
    public static ShortageTimeline shortageTimeline(int firstYear, double[] shortage) {
        int first = 0;
        double peak = 0;
        int peakYear = 0;
        double hectareYears = 0;
        for (int i = 0; i < shortage.length; i++) {
            double e = shortage[i];
            if (e > 0 && first == 0) {
                first = firstYear + i;
            }
            if (e > peak) {
                peak = e;
                peakYear = firstYear + i;
            }
            hectareYears += e;
        }
        return new ShortageTimeline(first, peak, peakYear, hectareYears);
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
