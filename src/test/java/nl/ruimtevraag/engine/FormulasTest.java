package nl.ruimtevraag.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The rearranged forms of {@link Formulas} that the engine runs, against the textbook forms of
 * docs/method.md on random inputs.
 */
class FormulasTest {
    private static final int CASES = 2_000;

    /** P(t) = Σ_{a ≤ t} Z_a · permit_N(a,t) · permit_W(a,t), each permit (1 − γ) + γ·p·[t ≥ a + δ]. */
    @Test
    void permittedZachtIsTheSumOverPlanYearsOfBothPermitFactors() {
        SplittableRandom rnd = new SplittableRandom(1);
        for (int c = 0; c < CASES; c++) {
            int years = 1 + rnd.nextInt(30);
            double[] perYear = new double[years];
            double[] cumulative = new double[years];
            double sum = 0;
            for (int a = 0; a < years; a++) {
                perYear[a] = rnd.nextDouble() < 0.5 ? 0 : 200 * rnd.nextDouble();
                sum += perYear[a];
                cumulative[a] = sum;
            }
            double nShare = rnd.nextDouble();
            double nProbability = rnd.nextDouble();
            int nDelay = rnd.nextInt(8);
            double wShare = rnd.nextBoolean() ? 0 : rnd.nextDouble();
            double wProbability = rnd.nextDouble();
            int wDelay = rnd.nextInt(8);
            for (int t = 0; t < years; t++) {
                double textbook = 0;
                for (int a = 0; a <= t; a++) {
                    textbook += perYear[a] * permit(nShare, nProbability, nDelay, a, t)
                            * permit(wShare, wProbability, wDelay, a, t);
                }
                double running = Formulas.permittedZacht(cumulative, t, nShare, nProbability, nDelay, wShare,
                        wProbability, wDelay);
                assertEquals(textbook, running, 1e-9 * (1 + sum), "case " + c + " t " + t);
            }
        }
    }

    /**
     * The milestone ramps: 0 up to the start year, 1 from the year reached, between them the textbook
     * linear (t − s)/(R − s) or a rising curve; the same whatever horizon surrounds them.
     */
    @Test
    void rampsBetweenMilestonesRunFromZeroToOneAndStayThere() {
        SplittableRandom rnd = new SplittableRandom(3);
        for (int c = 0; c < CASES; c++) {
            int start = 2020 + rnd.nextInt(30);
            int reached = start + rnd.nextInt(25);
            double mid = start + rnd.nextDouble() * (reached - start);
            double k = 0.05 + rnd.nextDouble();
            double previous = 0;
            for (int year = 2015; year <= 2080; year++) {
                double textbook = year <= start ? (year >= reached ? 1 : 0)
                        : Math.min(1, (double) (year - start) / (reached - start));
                assertEquals(textbook, Formulas.rampLinearBetween(year, start, reached), 1e-12, start + "-" + reached + " " + year);
                double s = Formulas.rampSCurveBetween(year, start, reached, mid, k);
                assertEquals(year >= reached ? 1 : year <= start ? 0 : s, s, 0.0);
                org.junit.jupiter.api.Assertions.assertTrue(s >= previous - 1e-12 && s <= 1 + 1e-12, "s-curve falls or exceeds 1");
                previous = s;
            }
        }
    }

    private static double permit(double share, double probability, int delay, int planYear, int year) {
        return (1 - share) + (year >= planYear + delay ? share * probability : 0);
    }

    /**
     * U_E(r,w) over a run of years, computed as the engine does (the space of one base-year job at a TQ of 1
     * on its growth and trend path, scaled by E0·TQ(r,k), summed over the years, then split over
     * werkmilieus) against year by year with the region's own jobs and land in the level form:
     * Σ_t Σ_k [max(ΔL,0) − ρ·max(−ΔL,0)] · m(k,w), L(t) = E(t) · TQ(r,k) · (1+τ)^(t−t0).
     */
    @Test
    void employmentDemandOfScaledUnitPathsIsTheYearByYearSum() {
        SplittableRandom rnd = new SplittableRandom(2);
        int sectors = 4;
        int werkmilieus = 3;
        for (int c = 0; c < CASES; c++) {
            int years = 1 + rnd.nextInt(30);
            double shrink = rnd.nextDouble();
            double trend = -0.02 + 0.04 * rnd.nextDouble();
            double[][] mix = new double[sectors][werkmilieus];
            double[] jobs0 = new double[sectors];
            double[] tqNational = new double[sectors];
            double[][] growth = new double[sectors][years];
            for (int k = 0; k < sectors; k++) {
                jobs0[k] = rnd.nextDouble() < 0.1 ? 0 : 50_000 * rnd.nextDouble();
                tqNational[k] = 0.005 + 0.06 * rnd.nextDouble();
                for (int w = 0; w < werkmilieus; w++) {
                    mix[k][w] = rnd.nextDouble();
                }
                for (int y = 0; y < years; y++) {
                    growth[k][y] = -0.05 + 0.1 * rnd.nextDouble();
                }
            }
            double stock = 100 + 5_000 * rnd.nextDouble();
            double scale = rnd.nextBoolean() ? Formulas.regionalScale(stock, jobs0, tqNational) : 1;
            double[] space = new double[sectors];
            double[] textbook = new double[werkmilieus];
            for (int k = 0; k < sectors; k++) {
                double tq = Formulas.terreinquotient(tqNational[k], scale, 1);
                double unit = 1;
                double unitLand = 1;
                double unitSpace = 0;
                double jobs = jobs0[k];
                double land = jobs * tq;
                for (int y = 0; y < years; y++) {
                    double factor = Formulas.terreinquotientTrend(trend, y + 1);
                    unit = Formulas.jobs(unit, growth[k][y]);
                    double nextUnitLand = Formulas.land(unit, factor);
                    unitSpace += Formulas.sectorSpace(nextUnitLand - unitLand, shrink);
                    unitLand = nextUnitLand;
                    jobs = jobs * (1 + growth[k][y]);
                    double next = jobs * tq * Math.pow(1 + trend, y + 1);
                    double delta = next - land;
                    double net = Math.max(delta, 0) - shrink * Math.max(-delta, 0);
                    for (int w = 0; w < werkmilieus; w++) {
                        textbook[w] += net * mix[k][w];
                    }
                    land = next;
                }
                space[k] = Formulas.sectorSpaceOfJobs(jobs0[k], tq, unitSpace);
            }
            for (int w = 0; w < werkmilieus; w++) {
                double tol = 1e-9 * (1 + Math.abs(textbook[w]) + 50_000 * 0.06 * scale * years);
                assertEquals(textbook[w], Formulas.employmentDemand(space, mix, w), tol, "case " + c + " w " + w);
            }
        }
    }

    /** The regional TQs put the region's base-year jobs exactly on its base-year stock. */
    @Test
    void regionalTerreinquotientsOccupyTheStock() {
        SplittableRandom rnd = new SplittableRandom(3);
        for (int c = 0; c < CASES; c++) {
            double[] jobs = new double[5];
            double[] tq = new double[5];
            for (int k = 0; k < 5; k++) {
                jobs[k] = 100_000 * rnd.nextDouble();
                tq[k] = 0.005 + 0.06 * rnd.nextDouble();
            }
            double stock = 10_000 * rnd.nextDouble();
            double scale = Formulas.regionalScale(stock, jobs, tq);
            double land = 0;
            for (int k = 0; k < 5; k++) {
                land += Formulas.land(jobs[k], Formulas.terreinquotient(tq[k], scale, 1));
            }
            assertEquals(stock, land, 1e-9 * stock, "case " + c);
        }
        assertEquals(1, Formulas.regionalScale(500, new double[5], tq(0.02)), 0, "a region without jobs keeps the profile");
    }

    private static double[] tq(double value) {
        double[] tq = new double[5];
        java.util.Arrays.fill(tq, value);
        return tq;
    }

    /**
     * A region's CE weights summed over werkmilieus, Σ_w Σ_j a'_j·n(j,w)·f_j with a'_j = a_j / Σ a and
     * rows n(j,·) summing to 1, equal Σ_j a'_j·f_j; at the verkleinen floor f_min that sum is 0, and
     * above it positive.
     */
    @Test
    void normalisedSharesSumToOneAndTheVerkleinenFloorZeroesTheRegionsWeight() {
        SplittableRandom rnd = new SplittableRandom(3);
        int groups = 3;
        int werkmilieus = 5;
        int verkleinen = 2;
        for (int c = 0; c < CASES; c++) {
            double[] drawn = new double[groups];
            for (int j = 0; j < groups; j++) {
                drawn[j] = rnd.nextDouble() < 0.1 ? 0 : rnd.nextDouble();
            }
            double[] a = new double[groups];
            Formulas.normaliseShares(drawn, new double[] {1, 0, 0}, a);
            double sum = 0;
            double drawnSum = drawn[0] + drawn[1] + drawn[2];
            for (int j = 0; j < groups; j++) {
                sum += a[j];
                assertEquals(drawnSum > 0 ? drawn[j] / drawnSum : (j == 0 ? 1 : 0), a[j], 1e-12, "case " + c);
            }
            assertEquals(1, sum, 1e-12, "case " + c);
            double[][] n = new double[groups][werkmilieus];
            for (int j = 0; j < groups; j++) {
                double rowSum = 0;
                for (int w = 0; w < werkmilieus; w++) {
                    n[j][w] = rnd.nextDouble();
                    rowSum += n[j][w];
                }
                for (int w = 0; w < werkmilieus; w++) {
                    n[j][w] /= rowSum;
                }
            }
            double floor = Formulas.verkleinenFloor(a[0] + a[1], a[verkleinen]);
            double f = a[verkleinen] > 0 ? floor + (rnd.nextBoolean() ? 0 : 2 * rnd.nextDouble()) : -2 + 4 * rnd.nextDouble();
            double weights = 0;
            for (int w = 0; w < werkmilieus; w++) {
                for (int j = 0; j < groups; j++) {
                    weights += Formulas.strategyWeight(a[j], n[j][w], j == verkleinen ? f : 1);
                }
            }
            double textbook = a[0] + a[1] + a[verkleinen] * f;
            assertEquals(textbook, weights, 1e-12, "case " + c);
            if (a[verkleinen] > 0 && f == floor) {
                assertEquals(0, textbook, 1e-12, "case " + c);
            }
            assertTrue(textbook >= -1e-12, "case " + c);
        }
    }
}
