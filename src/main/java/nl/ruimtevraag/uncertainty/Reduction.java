package nl.ruimtevraag.uncertainty;

import java.util.Arrays;
import nl.ruimtevraag.engine.Formulas;
import nl.ruimtevraag.engine.PeriodEndResult;
import nl.ruimtevraag.engine.RegionTotal;
import nl.ruimtevraag.model.Werkmilieu;

/**
 * Turns the stored draws into bands. Per region (regions are independent, so any thread may take any
 * region) and period end, each cell's draws are rebuilt as the {@link DrawStore} kept them, added
 * werkmilieu after werkmilieu from zero to the region's totals per draw (the sums and order of
 * {@link Formulas#regionTotal}), and their percentiles selected; then those of the region totals.
 * Extra hectares come from the saldo's order statistics (see {@link OrderStatistics}): percentile q of
 * max(0, -saldo) is max(0, -s) for s the saldo of rank N + 1 - k.
 */
final class Reduction {
    private static final int W = Werkmilieu.COUNT;

    private final PeriodEndResult central;
    private final DrawStore store;
    private final int regions;
    private final int periods;
    private final int n;
    private final int quantiles;
    private final int slots;
    private final int[] ranks;
    /** ranks, then the mirrored ranks N + 1 - k for the outputs derived from a saldo */
    private final int[] ranksAndMirrors;
    private final double[] cellValues;
    private final double[] regionValues;

    Reduction(MonteCarloSettings settings, PeriodEndResult central, DrawStore store) {
        this.central = central;
        this.store = store;
        this.regions = central.regions();
        this.periods = central.periods();
        this.n = settings.draws();
        this.quantiles = settings.percentiles().size();
        this.slots = Bands.slots(quantiles);
        this.ranks = OrderStatistics.ranks(settings.percentiles(), n);
        this.ranksAndMirrors = new int[2 * quantiles];
        for (int i = 0; i < quantiles; i++) {
            ranksAndMirrors[i] = ranks[i];
            ranksAndMirrors[quantiles + i] = n + 1 - ranks[i];
        }
        this.cellValues = new double[Output.values().length * regions * W * periods * slots];
        this.regionValues = new double[TotalOutput.values().length * regions * periods * slots];
    }

    /** Per-thread arrays: one cell's draws, and its region's totals per draw. */
    final class Scratch {
        final double[] vraag = new double[n];
        final double[] aanbod = new double[n];
        final double[] saldo = new double[n];
        final double[] totalVraag = new double[n];
        final double[] totalAanbod = new double[n];
        final double[] totalSaldo = new double[n];
        final double[] totalStrict = new double[n];
        final double[] selected = new double[2 * quantiles];
        final OrderStatistics.Workspace selection = new OrderStatistics.Workspace();
    }

    Scratch scratch() {
        return new Scratch();
    }

    /** The bands of one region's cells and totals, period by period. */
    void region(int r, Scratch s) {
        for (int p = 0; p < periods; p++) {
            Arrays.fill(s.totalVraag, 0);
            Arrays.fill(s.totalAanbod, 0);
            Arrays.fill(s.totalSaldo, 0);
            Arrays.fill(s.totalStrict, 0);
            for (int w = 0; w < W; w++) {
                int c = (r * W + w) * periods + p;
                store.vraag(c, s.vraag);
                store.aanbod(c, s.aanbod);
                // the sums for the means in the same pass
                double sumVraag = 0;
                double sumAanbod = 0;
                double sumSaldo = 0;
                double sumExtra = 0;
                for (int d = 0; d < n; d++) {
                    double vraag = s.vraag[d];
                    double aanbod = s.aanbod[d];
                    double saldo = Formulas.saldo(vraag, aanbod);
                    double extra = Formulas.extraHectares(saldo);
                    s.saldo[d] = saldo;
                    sumVraag += vraag;
                    sumAanbod += aanbod;
                    sumSaldo += saldo;
                    sumExtra += extra;
                    s.totalVraag[d] += vraag;
                    s.totalAanbod[d] += aanbod;
                    s.totalSaldo[d] += saldo;
                    s.totalStrict[d] += extra;
                }
                put(cellValues, cell(Output.VRAAG, r, w, p), s.vraag, sumVraag, central.vraag(r, w, p), s);
                put(cellValues, cell(Output.AANBOD, r, w, p), s.aanbod, sumAanbod, central.aanbod(r, w, p), s);
                putSaldo(cellValues, cell(Output.SALDO, r, w, p), cell(Output.EXTRA_HA, r, w, p), s.saldo, sumSaldo,
                        sumExtra, central.saldo(r, w, p), s);
            }
            RegionTotal point = central.regionTotal(r, p);
            put(regionValues, regionCell(TotalOutput.VRAAG, r, p), s.totalVraag, point.vraag(), s);
            put(regionValues, regionCell(TotalOutput.AANBOD, r, p), s.totalAanbod, point.aanbod(), s);
            put(regionValues, regionCell(TotalOutput.EXTRA_HA_STRICT, r, p), s.totalStrict, point.extraHaStrict(), s);
            double sumExtra = 0;
            for (int d = 0; d < n; d++) {
                sumExtra += Formulas.extraHectares(s.totalSaldo[d]);
            }
            putSaldo(regionValues, regionCell(TotalOutput.SALDO_NETTED, r, p), regionCell(TotalOutput.EXTRA_HA_NETTED, r, p),
                    s.totalSaldo, sum(s.totalSaldo), sumExtra, point.saldoNetted(), s);
        }
    }

    private int cell(Output o, int r, int w, int p) {
        return MonteCarloResult.cell(o, r, w, p, regions, periods);
    }

    private int regionCell(TotalOutput o, int r, int p) {
        return MonteCarloResult.regionCell(o, r, p, regions, periods);
    }

    private void put(double[] target, int cell, double[] draws, double point, Scratch s) {
        put(target, cell, draws, sum(draws), point, s);
    }

    /** Percentiles of the draws, their mean (their sum given) and the point value. */
    private void put(double[] target, int cell, double[] draws, double sum, double point, Scratch s) {
        OrderStatistics.select(draws, n, ranks, s.selected, s.selection);
        int at = cell * slots;
        System.arraycopy(s.selected, 0, target, at, quantiles);
        target[at + quantiles] = sum / n;
        target[at + quantiles + 1] = point;
    }

    /** A saldo's bands and those of max(0, -saldo), from one selection (the sums of both given). */
    private void putSaldo(double[] target, int saldoCell, int extraCell, double[] saldo, double sum, double sumExtra,
                          double point, Scratch s) {
        OrderStatistics.select(saldo, n, ranksAndMirrors, s.selected, s.selection);
        int at = saldoCell * slots;
        System.arraycopy(s.selected, 0, target, at, quantiles);
        target[at + quantiles] = sum / n;
        target[at + quantiles + 1] = point;
        int ex = extraCell * slots;
        for (int i = 0; i < quantiles; i++) {
            target[ex + i] = Formulas.extraHectares(s.selected[quantiles + i]);
        }
        target[ex + quantiles] = sumExtra / n;
        target[ex + quantiles + 1] = Formulas.extraHectares(point);
    }

    private double sum(double[] draws) {
        double sum = 0;
        for (int d = 0; d < n; d++) {
            sum += draws[d];
        }
        return sum;
    }

    Bands cells() {
        return new Bands(cellValues, quantiles);
    }

    Bands regions() {
        return new Bands(regionValues, quantiles);
    }

    /** National bands from the per-draw national totals, [output * periods + period][draw]. */
    Bands national(double[][] byDraw) {
        TotalOutput[] outputs = TotalOutput.values();
        double[] values = new double[outputs.length * periods * slots];
        Scratch s = scratch();
        for (int p = 0; p < periods; p++) {
            double[] points = TotalOutput.all(central.nationalTotal(p));
            for (TotalOutput o : outputs) {
                put(values, MonteCarloResult.nationalCell(o, p, periods), byDraw[o.ordinal() * periods + p],
                        points[o.ordinal()], s);
            }
        }
        return new Bands(values, quantiles);
    }
}
