package nl.ruimtevraag.uncertainty;

import nl.ruimtevraag.engine.Formulas;
import nl.ruimtevraag.engine.PeriodEndResult;
import nl.ruimtevraag.engine.RegionTotal;
import nl.ruimtevraag.model.Werkmilieu;

/**
 * Turns the stored draws into bands: per region (regions are independent, so any thread may take
 * any region) each cell's draws are rebuilt from the deterministic value plus the stored difference
 * (for the saldo, the means and the region totals per draw), vraag and aanbod are selected among the
 * differences themselves (see {@link #cell}), and the percentiles are selected. Extra hectares come
 * from the saldo's order statistics (see {@link OrderStatistics}): percentile q of max(0, -saldo)
 * is max(0, -s) for s the saldo of rank N + 1 - k.
 */
final class Reduction {
    private static final int W = Werkmilieu.COUNT;

    private final int regions;
    private final int periods;
    private final int n;
    private final int quantiles;
    private final int slots;
    private final int[] ranks;
    /** ranks, then the mirrored ranks N + 1 - k for the outputs derived from a saldo */
    private final int[] ranksAndMirrors;
    private final double[] centralVraag;
    private final double[] centralAanbod;
    private final DrawStore store;
    private final double[] cellValues;
    private final double[] regionValues;

    Reduction(MonteCarloSettings settings, int regions, int periods, double[] centralVraag, double[] centralAanbod,
              DrawStore store) {
        this.regions = regions;
        this.periods = periods;
        this.n = settings.draws();
        this.quantiles = settings.percentiles().size();
        this.slots = Bands.slots(quantiles);
        this.ranks = OrderStatistics.ranks(settings.percentiles(), n);
        this.ranksAndMirrors = new int[2 * quantiles];
        for (int i = 0; i < quantiles; i++) {
            ranksAndMirrors[i] = ranks[i];
            ranksAndMirrors[quantiles + i] = n + 1 - ranks[i];
        }
        this.centralVraag = centralVraag;
        this.centralAanbod = centralAanbod;
        this.store = store;
        this.cellValues = new double[Output.values().length * regions * W * periods * slots];
        this.regionValues = new double[TotalOutput.values().length * regions * periods * slots];
    }

    /** Per-thread arrays of one region and period's draws. */
    final class Scratch {
        /** one cell's stored differences from the deterministic value, and its saldo per draw */
        final double[] deltaVraag = new double[n];
        final double[] deltaAanbod = new double[n];
        final double[] saldo = new double[n];
        /** the region totals per draw, summed cell by cell */
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

    /**
     * One region of the block of regions now in the store (starting at region {@code firstOfBlock}),
     * period by period: each cell's draws are rebuilt from the deterministic value plus the stored
     * differences (one contiguous run per chunk), added to the region totals per draw, and its
     * percentiles selected while they are in cache; then the region totals' percentiles.
     */
    void region(int r, int firstOfBlock, Scratch s) {
        for (int p = 0; p < periods; p++) {
            double[] pointVraag = new double[W];
            double[] pointAanbod = new double[W];
            java.util.Arrays.fill(s.totalVraag, 0);
            java.util.Arrays.fill(s.totalAanbod, 0);
            java.util.Arrays.fill(s.totalSaldo, 0);
            java.util.Arrays.fill(s.totalStrict, 0);
            for (int w = 0; w < W; w++) {
                int c = (r * W + w) * periods + p;
                pointVraag[w] = centralVraag[c];
                pointAanbod[w] = centralAanbod[c];
                cell(r, w, p, firstOfBlock, s);
            }
            RegionTotal point = Formulas.regionTotal(confrontations(pointVraag, pointAanbod));
            Tally tv = Tally.of(s.totalVraag, n);
            Tally ta = Tally.of(s.totalAanbod, n);
            Tally ts = Tally.of(s.totalSaldo, n);
            Tally tx = Tally.of(s.totalStrict, n);
            double sumN = extraHectaresSum(s.totalSaldo, n);
            put(regionValues, regionCell(TotalOutput.VRAAG, r, p), s.totalVraag, tv, point.vraag(), s);
            put(regionValues, regionCell(TotalOutput.AANBOD, r, p), s.totalAanbod, ta, point.aanbod(), s);
            put(regionValues, regionCell(TotalOutput.EXTRA_HA_STRICT, r, p), s.totalStrict, tx, point.extraHaStrict(), s);
            putSaldo(regionValues, regionCell(TotalOutput.SALDO_NETTED, r, p), regionCell(TotalOutput.EXTRA_HA_NETTED, r, p),
                    s.totalSaldo, ts, sumN, point.saldoNetted(), s);
        }
    }

    /**
     * The sum of the extra hectares of the first n saldi. A loop over the draws in a small method of
     * its own, as {@link Tally#of}: region() runs once per region, too few times for the JIT to
     * compile it whole, and a long loop inside it had it compiled on the stack (OSR) as one large
     * method instead.
     */
    private static double extraHectaresSum(double[] saldo, int n) {
        double sum = 0;
        for (int d = 0; d < n; d++) {
            sum += Formulas.extraHectares(saldo[d]);
        }
        return sum;
    }

    /**
     * One cell (vraag, aanbod, saldo of werkmilieu w): its draws added to the region totals per draw
     * (werkmilieu after werkmilieu from zero: the order of {@link Formulas#regionTotal}), and its bands.
     * Vraag and aanbod are selected among the stored differences d: a draw's value is
     * point + d rounded, which never decreases as d grows, so the k-th smallest value is point plus
     * the k-th smallest difference, exactly; their means are those of the rebuilt values.
     */
    private void cell(int r, int w, int p, int firstOfBlock, Scratch s) {
        int c = (r * W + w) * periods + p;
        int stored = c - firstOfBlock * W * periods;
        double pointVraag = centralVraag[c];
        double pointAanbod = centralAanbod[c];
        double[] deltaVraag = s.deltaVraag;
        double[] deltaAanbod = s.deltaAanbod;
        double[] saldo = s.saldo;
        double[] totalVraag = s.totalVraag;
        double[] totalAanbod = s.totalAanbod;
        double[] totalSaldo = s.totalSaldo;
        double[] totalStrict = s.totalStrict;
        // the tallies in locals (a field would be stored and loaded again draw by draw), the smallest
        // and largest by comparison: the running Math.min/Math.max made one long chain of dependent
        // instructions through all the draws
        double sumDv = 0;
        double minDv = Double.POSITIVE_INFINITY;
        double maxDv = Double.NEGATIVE_INFINITY;
        double sumDa = 0;
        double minDa = Double.POSITIVE_INFINITY;
        double maxDa = Double.NEGATIVE_INFINITY;
        double sumS = 0;
        double minS = Double.POSITIVE_INFINITY;
        double maxS = Double.NEGATIVE_INFINITY;
        double sumVraag = 0;
        double sumAanbod = 0;
        double sumX = 0;
        for (int chunk = 0; chunk < store.chunks(); chunk++) {
            float[] storedVraag = store.vraag(chunk);
            float[] storedAanbod = store.aanbod(chunk);
            int at = store.chunkStart(chunk) + stored * DrawStore.CHUNK;
            int d0 = chunk * DrawStore.CHUNK;
            int m = store.drawsIn(chunk);
            for (int j = 0; j < m; j++) {
                int d = d0 + j;
                double dv = storedVraag[at + j];
                double da = storedAanbod[at + j];
                double v = pointVraag + dv;
                double a = pointAanbod + da;
                double sal = Formulas.saldo(v, a);
                double x = Formulas.extraHectares(sal);
                deltaVraag[d] = dv;
                deltaAanbod[d] = da;
                saldo[d] = sal;
                sumDv += dv;
                if (dv < minDv) {
                    minDv = dv;
                }
                if (dv > maxDv) {
                    maxDv = dv;
                }
                sumDa += da;
                if (da < minDa) {
                    minDa = da;
                }
                if (da > maxDa) {
                    maxDa = da;
                }
                sumS += sal;
                if (sal < minS) {
                    minS = sal;
                }
                if (sal > maxS) {
                    maxS = sal;
                }
                sumVraag += v;
                sumAanbod += a;
                sumX += x;
                totalVraag[d] += v;
                totalAanbod[d] += a;
                totalSaldo[d] += sal;
                totalStrict[d] += x;
            }
        }
        Tally tv = new Tally(sumDv, minDv, maxDv);
        Tally ta = new Tally(sumDa, minDa, maxDa);
        Tally ts = new Tally(sumS, minS, maxS);
        putShifted(cellValues, cell(Output.VRAAG, r, w, p), deltaVraag, tv, pointVraag, sumVraag, s);
        putShifted(cellValues, cell(Output.AANBOD, r, w, p), deltaAanbod, ta, pointAanbod, sumAanbod, s);
        putSaldo(cellValues, cell(Output.SALDO, r, w, p), cell(Output.EXTRA_HA, r, w, p), saldo, ts, sumX,
                Formulas.saldo(pointVraag, pointAanbod), s);
    }

    /**
     * The sum (for the mean), smallest and largest (for the selection's histogram) of a run of draws.
     * The smallest and largest are found by comparison, which passes over NaN; a NaN sum (a NaN among
     * the draws, or infinities of both signs, drawn or reached by overflow) makes both NaN. For a NaN
     * draw that is what {@code Math.min}/{@code Math.max} give; otherwise (a sum turns NaN only when an
     * infinity is drawn) their bounds include an infinity, and the selection takes its sorting path
     * either way (scale 0 or NaN). A zero's sign may differ from
     * Math.min's only in the selection's all-equal shortcut, and the outputs turn such zeros into
     * +0.0 (point + difference; saldi and totals are never -0.0).
     */
    static final class Tally {
        final double sum;
        final double min;
        final double max;

        Tally(double sum, double min, double max) {
            this.sum = sum;
            this.min = Double.isNaN(sum) ? Double.NaN : min;
            this.max = Double.isNaN(sum) ? Double.NaN : max;
        }

        /** The tally of the first n values. */
        static Tally of(double[] values, int n) {
            double sum = 0;
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < n; i++) {
                double v = values[i];
                sum += v;
                if (v < min) {
                    min = v;
                }
                if (v > max) {
                    max = v;
                }
            }
            return new Tally(sum, min, max);
        }
    }

    private static nl.ruimtevraag.engine.Confrontation[] confrontations(double[] vraag, double[] aanbod) {
        nl.ruimtevraag.engine.Confrontation[] c = new nl.ruimtevraag.engine.Confrontation[W];
        for (int w = 0; w < W; w++) {
            c[w] = Formulas.confront(vraag[w], aanbod[w]);
        }
        return c;
    }

    private int cell(Output o, int r, int w, int p) {
        return MonteCarloResult.cell(o, r, w, p, regions, periods);
    }

    private int regionCell(TotalOutput o, int r, int p) {
        return MonteCarloResult.regionCell(o, r, p, regions, periods);
    }

    /** Percentiles of the draws, their mean and the point value. */
    private void put(double[] target, int cell, double[] draws, Tally tally, double point, Scratch s) {
        OrderStatistics.select(draws, n, tally.min, tally.max, ranks, s.selected, s.selection);
        int at = cell * slots;
        System.arraycopy(s.selected, 0, target, at, quantiles);
        target[at + quantiles] = tally.sum / n;
        target[at + quantiles + 1] = point;
    }

    /**
     * Percentiles of point + d over the differences d of the draws (selected among the differences,
     * see {@link #cell}), the mean of the rebuilt draws (their sum given) and the point value.
     */
    private void putShifted(double[] target, int cell, double[] deltas, Tally tally, double point, double sum,
                            Scratch s) {
        OrderStatistics.select(deltas, n, tally.min, tally.max, ranks, s.selected, s.selection);
        int at = cell * slots;
        for (int i = 0; i < quantiles; i++) {
            target[at + i] = point + s.selected[i];
        }
        target[at + quantiles] = sum / n;
        target[at + quantiles + 1] = point;
    }

    /** A saldo's bands and those of max(0, -saldo), from one selection. */
    private void putSaldo(double[] target, int saldoCell, int extraCell, double[] draws, Tally saldo,
                          double sumExtra, double pointSaldo, Scratch s) {
        OrderStatistics.select(draws, n, saldo.min, saldo.max, ranksAndMirrors, s.selected, s.selection);
        int at = saldoCell * slots;
        System.arraycopy(s.selected, 0, target, at, quantiles);
        target[at + quantiles] = saldo.sum / n;
        target[at + quantiles + 1] = pointSaldo;
        int ex = extraCell * slots;
        for (int i = 0; i < quantiles; i++) {
            target[ex + i] = Formulas.extraHectares(s.selected[quantiles + i]);
        }
        target[ex + quantiles] = sumExtra / n;
        target[ex + quantiles + 1] = Formulas.extraHectares(pointSaldo);
    }

    Bands cells() {
        return new Bands(cellValues, quantiles);
    }

    Bands regions() {
        return new Bands(regionValues, quantiles);
    }

    /** National bands from the per-draw national totals (every output selected directly). */
    Bands national(double[][] byDraw, PeriodEndResult central) {
        TotalOutput[] outputs = TotalOutput.values();
        double[] values = new double[outputs.length * periods * slots];
        Scratch s = scratch();
        for (int p = 0; p < periods; p++) {
            RegionTotal point = central.nationalTotal(p);
            double[] points = TotalOutput.all(point);
            for (TotalOutput o : outputs) {
                double[] draws = byDraw[o.ordinal() * periods + p].clone();
                Tally tally = Tally.of(draws, draws.length);
                put(values, MonteCarloResult.nationalCell(o, p, periods), draws, tally, points[o.ordinal()], s);
            }
        }
        return new Bands(values, quantiles);
    }
}
