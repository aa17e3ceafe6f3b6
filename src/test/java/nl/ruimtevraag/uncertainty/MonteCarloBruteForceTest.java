package nl.ruimtevraag.uncertainty;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
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
 * draws sorted, the nearest rank read off. Draw counts that are not a multiple of the runner's chunk
 * or store block, and 1 or 3 threads, so that a mix-up of cells or draws in the store's layout or in
 * the chunk transposition shows as a wrong percentile.
 */
class MonteCarloBruteForceTest {
    private static final int W = Werkmilieu.COUNT;
    /** the runner keeps draws as float differences from the deterministic value */
    private static final double TOLERANCE = 1e-4;

    @ParameterizedTest
    @ValueSource(ints = {1, 63, 300, 777, DrawStore.BLOCK + 404})
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
                            keptSaldo[d] = nl.ruimtevraag.engine.Formulas.saldo(keptVraag[d], keptAanbod[d]);
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

    private static double nearestRank(double[] values, double q) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[OrderStatistics.rank(q, sorted.length) - 1];
    }
}
