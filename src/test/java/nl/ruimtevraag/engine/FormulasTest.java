package nl.ruimtevraag.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
     * U_E(r,w) over a run of years, computed as the engine does (one base-year job's space per sector,
     * scaled by E0, summed over the years, then split over werkmilieus) against year by year with
     * the region's own jobs: Σ_t Σ_k [max(ΔE,0) − ρ·max(−ΔE,0)] · TQ(k,t) · m(k,w).
     */
    @Test
    void employmentDemandOfScaledUnitPathsIsTheYearByYearSum() {
        SplittableRandom rnd = new SplittableRandom(2);
        int sectors = 4;
        int werkmilieus = 3;
        for (int c = 0; c < CASES; c++) {
            int years = 1 + rnd.nextInt(30);
            double shrink = rnd.nextDouble();
            double[][] mix = new double[sectors][werkmilieus];
            double[] jobs0 = new double[sectors];
            double[][] growth = new double[sectors][years];
            double[][] tq = new double[sectors][years];
            for (int k = 0; k < sectors; k++) {
                jobs0[k] = rnd.nextDouble() < 0.1 ? 0 : 50_000 * rnd.nextDouble();
                for (int w = 0; w < werkmilieus; w++) {
                    mix[k][w] = rnd.nextDouble();
                }
                for (int y = 0; y < years; y++) {
                    growth[k][y] = -0.05 + 0.1 * rnd.nextDouble();
                    tq[k][y] = 0.005 + 0.06 * rnd.nextDouble();
                }
            }
            double[] space = new double[sectors];
            double[] textbook = new double[werkmilieus];
            for (int k = 0; k < sectors; k++) {
                double unit = 1;
                double unitSpace = 0;
                double jobs = jobs0[k];
                for (int y = 0; y < years; y++) {
                    double nextUnit = Formulas.jobs(unit, growth[k][y]);
                    unitSpace += Formulas.sectorSpace(nextUnit - unit, tq[k][y], shrink);
                    unit = nextUnit;
                    double next = jobs * (1 + growth[k][y]);
                    double delta = next - jobs;
                    double net = Math.max(delta, 0) - shrink * Math.max(-delta, 0);
                    for (int w = 0; w < werkmilieus; w++) {
                        textbook[w] += net * tq[k][y] * mix[k][w];
                    }
                    jobs = next;
                }
                space[k] = Formulas.sectorSpaceOfJobs(jobs0[k], unitSpace);
            }
            for (int w = 0; w < werkmilieus; w++) {
                double scale = 1e-9 * (1 + Math.abs(textbook[w]) + 50_000 * 0.06 * years);
                assertEquals(textbook[w], Formulas.employmentDemand(space, mix, w), scale, "case " + c + " w " + w);
            }
        }
    }
}
