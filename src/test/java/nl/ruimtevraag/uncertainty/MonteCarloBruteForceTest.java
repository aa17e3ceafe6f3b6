package nl.ruimtevraag.uncertainty;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import nl.ruimtevraag.engine.Confrontation;
import nl.ruimtevraag.engine.Formulas;
import nl.ruimtevraag.engine.InputPlan;
import nl.ruimtevraag.engine.InputResolver;
import nl.ruimtevraag.engine.PeriodEndResult;
import nl.ruimtevraag.engine.Projector;
import nl.ruimtevraag.model.RegionalData;
import nl.ruimtevraag.model.Scenario;
import nl.ruimtevraag.model.Werkmilieu;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The runner's bands against a brute-force reference: every draw projected on its own, each cell's
 * draws sorted, the nearest rank read off; region and national totals through {@link Formulas}.
 * Draw counts that are not a multiple of the runner's chunk of draws, below and above the size where
 * the selection switches to its histogram, and 1 or 3 threads, so that a mix-up of cells or draws
 * shows as a wrong percentile.
 */
class MonteCarloBruteForceTest {
    private static final int W = Werkmilieu.COUNT;
    /** the runner keeps draws as float differences from the deterministic value */
    private static final double TOLERANCE = 1e-4;

    @ParameterizedTest
    @ValueSource(ints = {1, 63, 300, 777, 1500})
    void percentilesEqualSortedDraws(int n) {
        RegionalData data = Cases.data();
        Scenario scenario = Cases.uncertain().build();
        for (int threads : new int[] {1, 3}) {
            MonteCarloResult result = MonteCarloRunner.run(scenario, data, Cases.settings(n, threads),
                    ProgressListener.NONE);
            InputPlan plan = InputResolver.plan(scenario, data);
            ParameterDraws draws = new ParameterDraws(scenario, plan, Cases.settings(n, threads).seed());
            PeriodEndResult central = Projector.projectPeriodEnds(plan.resolve(draws.central()));
            PeriodEndResult[] all = new PeriodEndResult[n];
            double[] values = new double[plan.params().size()];
            for (int d = 0; d < n; d++) {
                draws.fill(d, values);
                all[d] = Projector.projectPeriodEnds(plan.resolve(values));
            }
            for (int p = 0; p < all[0].periods(); p++) {
                double[][] national = new double[TotalOutput.values().length][n];
                for (int d = 0; d < n; d++) {
                    double[] totals = TotalOutput.all(all[d].nationalTotal(p));
                    for (TotalOutput o : TotalOutput.values()) {
                        national[o.ordinal()][d] = totals[o.ordinal()];
                    }
                }
                for (int r = 0; r < plan.regions(); r++) {
                    // the region totals of the kept draws, by the engine's formula
                    double[][] region = new double[TotalOutput.values().length][n];
                    for (int d = 0; d < n; d++) {
                        Confrontation[] parts = new Confrontation[W];
                        for (int w = 0; w < W; w++) {
                            parts[w] = Formulas.confront(kept(central.vraag(r, w, p), all[d].vraag(r, w, p)),
                                    kept(central.aanbod(r, w, p), all[d].aanbod(r, w, p)));
                        }
                        double[] totals = TotalOutput.all(Formulas.regionTotal(parts));
                        for (TotalOutput o : TotalOutput.values()) {
                            region[o.ordinal()][d] = totals[o.ordinal()];
                        }
                    }
                    for (TotalOutput o : TotalOutput.values()) {
                        for (double q : new double[] {10, 50, 90}) {
                            String where = "n " + n + " threads " + threads + " r " + r + " p " + p + " q " + q + " " + o;
                            assertEquals(nearestRank(region[o.ordinal()], q), result.regionPercentile(o, r, p, q), 0.0,
                                    where + " region, exact");
                            assertEquals(nearestRank(national[o.ordinal()], q), result.nationalPercentile(o, p, q), 0.0,
                                    where + " national, exact");
                        }
                        assertEquals(sum(region[o.ordinal()]) / n, result.regionMean(o, r, p), 0.0, "region mean " + o);
                        assertEquals(sum(national[o.ordinal()]) / n, result.nationalMean(o, p), 0.0, "national mean " + o);
                    }
                }
            }
            for (int r = 0; r < plan.regions(); r++) {
                for (int w = 0; w < W; w++) {
                    for (int p = 0; p < all[0].periods(); p++) {
                        double[] vraag = new double[n];
                        double[] aanbod = new double[n];
                        double[] saldo = new double[n];
                        double[] regionStrict = new double[n];
                        // the draws as the runner keeps them: the central value plus the float difference
                        double[] keptVraag = new double[n];
                        double[] keptAanbod = new double[n];
                        double[] keptSaldo = new double[n];
                        double pointVraag = central.vraag(r, w, p);
                        double pointAanbod = central.aanbod(r, w, p);
                        for (int d = 0; d < n; d++) {
                            vraag[d] = all[d].vraag(r, w, p);
                            aanbod[d] = all[d].aanbod(r, w, p);
                            saldo[d] = all[d].saldo(r, w, p);
                            regionStrict[d] = all[d].regionTotal(r, p).extraHaStrict();
                            keptVraag[d] = pointVraag + (float) (vraag[d] - pointVraag);
                            keptAanbod[d] = pointAanbod + (float) (aanbod[d] - pointAanbod);
                            keptSaldo[d] = Formulas.saldo(keptVraag[d], keptAanbod[d]);
                        }
                        for (double q : new double[] {10, 50, 90}) {
                            String where = "n " + n + " threads " + threads + " r " + r + " w " + w + " p " + p + " q " + q;
                            assertEquals(nearestRank(vraag, q), result.percentile(Output.VRAAG, r, w, p, q),
                                    TOLERANCE, where + " vraag");
                            assertEquals(nearestRank(saldo, q), result.percentile(Output.SALDO, r, w, p, q),
                                    TOLERANCE, where + " saldo");
                            assertEquals(nearestRank(aanbod, q), result.percentile(Output.AANBOD, r, w, p, q),
                                    TOLERANCE, where + " aanbod");
                            // exactly the nearest rank of the kept draws: selecting among the differences loses nothing
                            assertEquals(nearestRank(keptVraag, q), result.percentile(Output.VRAAG, r, w, p, q), 0.0,
                                    where + " vraag, exact");
                            assertEquals(nearestRank(keptAanbod, q), result.percentile(Output.AANBOD, r, w, p, q), 0.0,
                                    where + " aanbod, exact");
                            assertEquals(nearestRank(keptSaldo, q), result.percentile(Output.SALDO, r, w, p, q), 0.0,
                                    where + " saldo, exact");
                            assertEquals(nearestRank(regionStrict, q),
                                    result.regionPercentile(TotalOutput.EXTRA_HA_STRICT, r, p, q), TOLERANCE,
                                    where + " region strict");
                        }
                        assertEquals(Arrays.stream(vraag).sum() / n, result.mean(Output.VRAAG, r, w, p), TOLERANCE,
                                "mean vraag r " + r + " w " + w + " p " + p);
                        assertEquals(Arrays.stream(aanbod).sum() / n, result.mean(Output.AANBOD, r, w, p), TOLERANCE,
                                "mean aanbod r " + r + " w " + w + " p " + p);
                    }
                }
            }
        }
    }

    /** A draw's value as the runner keeps it: the central value plus the float difference. */
    private static double kept(double central, double drawn) {
        return central + (float) (drawn - central);
    }

    /** The sum in draw order, as the runner adds. */
    private static double sum(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum;
    }

    private static double nearestRank(double[] values, double q) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[OrderStatistics.rank(q, sorted.length) - 1];
    }
}
