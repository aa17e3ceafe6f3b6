package nl.ruimtevraag.report;

import java.util.ArrayList;
import java.util.List;
import nl.ruimtevraag.engine.Confrontation;
import nl.ruimtevraag.engine.Measure;
import nl.ruimtevraag.engine.Projection;
import nl.ruimtevraag.engine.RegionTotal;
import nl.ruimtevraag.engine.ShortageTimeline;
import nl.ruimtevraag.engine.SupplyBasis;
import nl.ruimtevraag.model.Period;
import nl.ruimtevraag.model.RStrategy;
import nl.ruimtevraag.model.Werkmilieu;
import nl.ruimtevraag.uncertainty.MonteCarloResult;
import nl.ruimtevraag.uncertainty.Output;
import nl.ruimtevraag.uncertainty.TotalOutput;

/**
 * The projection as a tidy long table: one row per region x werkmilieu x period x measure. Region
 * totals have werkmilieu {@code totaal}, the national total region {@code NL}. Measures:
 * <ul>
 * <li>every engine {@link Measure} by its code: flows summed over the period's years, stocks at the
 * period's end; the flow of total demand in the period is {@code vraag_periode}; realisable supply
 * ({@code aanbod}) is a level, the same number as the confrontation's;</li>
 * <li>{@code circulair_sluiten}, {@code circulair_vertragen}, {@code circulair_verkleinen}: CE demand in the
 * period by R-strategy group;</li>
 * <li>confrontation, cumulative from the base year up to the period's end: {@code vraag},
 * {@code aanbod} (realisable supply), {@code saldo}, {@code extra_ha} (for totals: the sum of the
 * shortages per werkmilieu) and, for totals only, {@code extra_ha_gesaldeerd};</li>
 * <li>the hard-only confrontation, demand against direct + hard supply before constraints:
 * {@code saldo_hard}, {@code extra_ha_hard} (for totals: the sum of the shortages per werkmilieu);</li>
 * <li>the yearly timeline, for region totals and the nation only (werkmilieu {@code totaal}), period the
 * year ({@code 2031}): {@code tijdlijn_vraag}, {@code tijdlijn_aanbod}, {@code tijdlijn_aanbod_hard},
 * {@code tijdlijn_saldo}, {@code tijdlijn_extra_ha}, {@code tijdlijn_extra_ha_hard}, cumulative to the end
 * of the year; and over the horizon (period {@code 2025-2050}) {@code eerste_tekortjaar},
 * {@code piek_tekort}, {@code piek_tekortjaar}, {@code ha_jaren_tekort} and the same with {@code _hard}
 * (the years empty when there is no shortage).</li>
 * </ul>
 * Codes stay the same in every language.
 */
public final class LongTable {
    public static final List<String> COLUMNS = List.of("scenario", "region", "werkmilieu", "period", "measure", "value");
    public static final String TOTAL = "totaal";
    public static final String NATIONAL = "NL";
    public static final String DEMAND_IN_PERIOD = "vraag_periode";

    /**
     * @param bands the Monte Carlo percentiles of this value in the order of the run's percentiles,
     *        or empty (no Monte Carlo, or a measure Monte Carlo does not compute)
     */
    public record Row(String scenario, String region, String werkmilieu, String period, String measure, double value,
                      double[] bands) {
        public Row(String scenario, String region, String werkmilieu, String period, String measure, double value) {
            this(scenario, region, werkmilieu, period, measure, value, NO_BANDS);
        }
    }

    private static final double[] NO_BANDS = new double[0];

    /** A measure of the table that is a value per region x werkmilieu x period; totals are its sums. */
    private record Summed(String code, CellValue value) {
    }

    private interface CellValue {
        double at(Projection p, int r, int w, Period period);
    }

    /**
     * The engine's measures (the flow of total demand as vraag_periode; realisable supply, code
     * "aanbod", is written with the confrontation), then CE demand per R-strategy group.
     */
    private static final List<Summed> SUMMED = summed();

    private static List<Summed> summed() {
        List<Summed> out = new ArrayList<>();
        for (Measure m : Measure.values()) {
            if (m != Measure.SUPPLY_REALISABLE) {
                out.add(new Summed(m == Measure.DEMAND ? DEMAND_IN_PERIOD : m.code(),
                        (p, r, w, period) -> p.inPeriod(m, r, w, period)));
            }
        }
        for (RStrategy j : RStrategy.values()) {
            out.add(new Summed("circulair_" + j.code(), (p, r, w, period) -> p.circularInPeriod(j, r, w, period)));
        }
        return List.copyOf(out);
    }

    /** Column names of the bands, e.g. p10, p50, p90; empty without Monte Carlo. */
    public static List<String> bandColumns(MonteCarloResult m) {
        List<String> out = new ArrayList<>();
        if (m != null) {
            for (double q : m.percentiles()) {
                out.add("p" + (q == Math.rint(q) ? Long.toString((long) q) : Double.toString(q)));
            }
        }
        return out;
    }

    /** What is done with each row of {@link #forEachRow}: e.g. written out. */
    @FunctionalInterface
    public interface RowVisitor<E extends Exception> {
        void row(Row row) throws E;
    }

    /**
     * The rows, region by region (the nation last), handed over one by one as they are made: a writer
     * that streams them does not keep the whole table (342 gemeenten: 160,000 rows) alive, for the
     * garbage collector to copy. The confrontation measures (vraag, aanbod, saldo, extra_ha and
     * extra_ha_gesaldeerd) carry the Monte Carlo percentiles; national rows per werkmilieu and the
     * other measures have none (Monte Carlo computes the confrontation only).
     *
     * @param m the Monte Carlo result of the same scenario and data set (its regions and periods in
     *        the projection's order), or null: no bands
     */
    public static <E extends Exception> void forEachRow(Projection p, MonteCarloResult m, RowVisitor<E> visitor)
            throws E {
        int regions = p.regionCount();
        List<Period> periods = p.periods();
        double[][][] values = new double[periods.size()][][];
        for (int t = 0; t < values.length; t++) {
            values[t] = cellValues(p, periods.get(t));
        }
        for (int r = 0; r <= regions; r++) {
            String region = r == regions ? NATIONAL : p.regionCodes().get(r);
            for (int w = 0; w <= Werkmilieu.COUNT; w++) {
                String werkmilieu = w == Werkmilieu.COUNT ? TOTAL : Werkmilieu.values()[w].code();
                for (int t = 0; t < periods.size(); t++) {
                    add(visitor, p, new Cell(m, r, w, t, r == regions, w == Werkmilieu.COUNT), values[t], region, werkmilieu);
                }
            }
            timeline(visitor, p, r, region);
        }
    }

    /** The yearly timeline of a region total (or the nation: r = the region count), then its summary over the horizon. */
    private static <E extends Exception> void timeline(RowVisitor<E> rows, Projection p, int r, String region) throws E {
        String s = p.scenarioName();
        boolean national = r == p.regionCount();
        for (int year = p.horizon().baseYear() + 1; year <= p.horizon().endYear(); year++) {
            RegionTotal t = national ? p.nationalTotal(year, SupplyBasis.REALISABLE) : p.regionTotal(r, year, SupplyBasis.REALISABLE);
            RegionTotal h = national ? p.nationalTotal(year, SupplyBasis.HARD) : p.regionTotal(r, year, SupplyBasis.HARD);
            String label = Integer.toString(year);
            rows.row(new Row(s, region, TOTAL, label, "tijdlijn_vraag", t.vraag()));
            rows.row(new Row(s, region, TOTAL, label, "tijdlijn_aanbod", t.aanbod()));
            rows.row(new Row(s, region, TOTAL, label, "tijdlijn_aanbod_hard", h.aanbod()));
            rows.row(new Row(s, region, TOTAL, label, "tijdlijn_saldo", t.saldoNetted()));
            rows.row(new Row(s, region, TOTAL, label, "tijdlijn_extra_ha", t.extraHaStrict()));
            rows.row(new Row(s, region, TOTAL, label, "tijdlijn_extra_ha_hard", h.extraHaStrict()));
        }
        String horizon = new Period(p.horizon().baseYear(), p.horizon().endYear()).label();
        for (SupplyBasis basis : new SupplyBasis[] {SupplyBasis.REALISABLE, SupplyBasis.HARD}) {
            ShortageTimeline t = national ? p.nationalShortageTimeline(basis) : p.shortageTimeline(r, basis);
            String suffix = basis == SupplyBasis.HARD ? "_hard" : "";
            rows.row(new Row(s, region, TOTAL, horizon, "eerste_tekortjaar" + suffix, t.hasShortage() ? t.firstYear() : Double.NaN));
            rows.row(new Row(s, region, TOTAL, horizon, "piek_tekort" + suffix, t.peak()));
            rows.row(new Row(s, region, TOTAL, horizon, "piek_tekortjaar" + suffix, t.hasShortage() ? t.peakYear() : Double.NaN));
            rows.row(new Row(s, region, TOTAL, horizon, "ha_jaren_tekort" + suffix, t.hectareYears()));
        }
    }

    /** Every {@link #SUMMED} measure in a period, per region x werkmilieu: [measure][r * COUNT + w]. */
    private static double[][] cellValues(Projection p, Period period) {
        double[][] out = new double[SUMMED.size()][p.regionCount() * Werkmilieu.COUNT];
        for (int k = 0; k < out.length; k++) {
            CellValue f = SUMMED.get(k).value();
            for (int r = 0; r < p.regionCount(); r++) {
                for (int w = 0; w < Werkmilieu.COUNT; w++) {
                    out[k][r * Werkmilieu.COUNT + w] = f.at(p, r, w, period);
                }
            }
        }
        return out;
    }

    /**
     * One region (or the nation: r = the region count) x werkmilieu (or the total: w = COUNT) x
     * period (index t), with the Monte Carlo result whose bands its confrontation rows get.
     */
    private record Cell(MonteCarloResult m, int r, int w, int t, boolean national, boolean total) {
        /** The percentiles of output o (a region x werkmilieu) or, for a total, of output of. */
        double[] bands(Output o, TotalOutput of) {
            if (m == null || (national && !total)) {
                return NO_BANDS; // national per werkmilieu: not a Monte Carlo output
            }
            List<Double> qs = m.percentiles();
            double[] out = new double[qs.size()];
            for (int i = 0; i < out.length; i++) {
                double q = qs.get(i);
                out[i] = !total ? m.percentile(o, r, w, t, q)
                        : national ? m.nationalPercentile(of, t, q) : m.regionPercentile(of, r, t, q);
            }
            return out;
        }
    }

    private LongTable() {
    }

    /** @param values the period's {@link #cellValues} */
    private static <E extends Exception> void add(RowVisitor<E> rows, Projection p, Cell cell, double[][] values,
                                                  String region, String werkmilieu) throws E {
        String s = p.scenarioName();
        int r = cell.r();
        int w = cell.w();
        Period period = p.periods().get(cell.t());
        String label = period.label();
        for (int k = 0; k < values.length; k++) {
            rows.row(new Row(s, region, werkmilieu, label, SUMMED.get(k).code(), sum(values[k], p.regionCount(), r, w)));
        }
        boolean total = cell.total();
        boolean national = cell.national();
        double vraag;
        double aanbod;
        double saldo;
        double extra;
        double netted = Double.NaN;
        if (!total && !national) {
            Confrontation c = p.confrontation(r, w, period);
            vraag = c.vraag();
            aanbod = c.aanbod();
            saldo = c.saldo();
            extra = c.extraHa();
        } else if (!national) {
            RegionTotal t = p.regionTotal(r, period);
            vraag = t.vraag();
            aanbod = t.aanbod();
            saldo = t.saldoNetted();
            extra = t.extraHaStrict();
            netted = t.extraHaNetted();
        } else if (total) {
            RegionTotal t = p.nationalTotal(period);
            vraag = t.vraag();
            aanbod = t.aanbod();
            saldo = t.saldoNetted();
            extra = t.extraHaStrict();
            netted = t.extraHaNetted();
        } else {
            // national per werkmilieu: the sum of the regions' confrontations of that werkmilieu
            vraag = 0;
            aanbod = 0;
            saldo = 0;
            extra = 0;
            for (int rr = 0; rr < p.regionCount(); rr++) {
                Confrontation c = p.confrontation(rr, w, period);
                vraag += c.vraag();
                aanbod += c.aanbod();
                saldo += c.saldo();
                extra += c.extraHa();
            }
        }
        double[] hard = hard(p, cell, period);
        rows.row(new Row(s, region, werkmilieu, label, "vraag", vraag, cell.bands(Output.VRAAG, TotalOutput.VRAAG)));
        rows.row(new Row(s, region, werkmilieu, label, "aanbod", aanbod, cell.bands(Output.AANBOD, TotalOutput.AANBOD)));
        rows.row(new Row(s, region, werkmilieu, label, "saldo", saldo, cell.bands(Output.SALDO, TotalOutput.SALDO_NETTED)));
        rows.row(new Row(s, region, werkmilieu, label, "extra_ha", extra,
                cell.bands(Output.EXTRA_HA, TotalOutput.EXTRA_HA_STRICT)));
        if (total) {
            rows.row(new Row(s, region, werkmilieu, label, "extra_ha_gesaldeerd", netted,
                    cell.bands(null, TotalOutput.EXTRA_HA_NETTED)));
        }
        rows.row(new Row(s, region, werkmilieu, label, "saldo_hard", hard[0]));
        rows.row(new Row(s, region, werkmilieu, label, "extra_ha_hard", hard[1]));
    }

    /**
     * The hard-only confrontation of a cell: {saldo, extra ha}; for totals the netted saldo and the strict
     * extra hectares (the national per werkmilieu: the regions' summed).
     */
    private static double[] hard(Projection p, Cell cell, Period period) {
        if (cell.total()) {
            RegionTotal t = cell.national() ? p.nationalTotal(period, SupplyBasis.HARD)
                    : p.regionTotal(cell.r(), period, SupplyBasis.HARD);
            return new double[] {t.saldoNetted(), t.extraHaStrict()};
        }
        int r0 = cell.national() ? 0 : cell.r();
        int r1 = cell.national() ? p.regionCount() - 1 : cell.r();
        double saldo = 0;
        double extra = 0;
        for (int rr = r0; rr <= r1; rr++) {
            Confrontation c = p.confrontation(rr, cell.w(), period, SupplyBasis.HARD);
            saldo += c.saldo();
            extra += c.extraHa();
        }
        return new double[] {saldo, extra};
    }

    /**
     * The value of one cell, or the sum over werkmilieus (w = COUNT) and/or regions (r = regions),
     * regions outer, from 0.
     */
    private static double sum(double[] cells, int regions, int r, int w) {
        double total = 0;
        int r0 = r == regions ? 0 : r;
        int r1 = r == regions ? regions - 1 : r;
        int w0 = w == Werkmilieu.COUNT ? 0 : w;
        int w1 = w == Werkmilieu.COUNT ? Werkmilieu.COUNT - 1 : w;
        for (int rr = r0; rr <= r1; rr++) {
            for (int ww = w0; ww <= w1; ww++) {
                total += cells[rr * Werkmilieu.COUNT + ww];
            }
        }
        return total;
    }
}
