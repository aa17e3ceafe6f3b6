package nl.ruimtevraag.report;

import java.util.ArrayList;
import java.util.List;
import nl.ruimtevraag.engine.Confrontation;
import nl.ruimtevraag.engine.Measure;
import nl.ruimtevraag.engine.Projection;
import nl.ruimtevraag.engine.RegionTotal;
import nl.ruimtevraag.model.Period;
import nl.ruimtevraag.model.RStrategy;
import nl.ruimtevraag.model.Werkmilieu;

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
 * shortages per werkmilieu) and, for totals only, {@code extra_ha_gesaldeerd}.</li>
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

    /** Column names of the bands, e.g. p10, p50, p90; empty without Monte Carlo. */
    public static List<String> bandColumns(nl.ruimtevraag.uncertainty.MonteCarloResult m) {
        List<String> out = new ArrayList<>();
        if (m != null) {
            for (double q : m.percentiles()) {
                out.add("p" + (q == Math.rint(q) ? Long.toString((long) q) : Double.toString(q)));
            }
        }
        return out;
    }

    /**
     * The rows with, for the confrontation measures (vraag, aanbod, saldo, extra_ha and
     * extra_ha_gesaldeerd), the Monte Carlo percentiles; national rows per werkmilieu and the
     * other measures have none (Monte Carlo computes the confrontation only).
     */
    public static List<Row> rows(Projection p, nl.ruimtevraag.uncertainty.MonteCarloResult m) {
        List<Row> rows = rows(p);
        if (m == null) {
            return rows;
        }
        List<Row> out = new ArrayList<>(rows.size());
        java.util.Map<String, Integer> periodIndex = new java.util.HashMap<>();
        for (int i = 0; i < p.periods().size(); i++) {
            periodIndex.put(p.periods().get(i).label(), i);
        }
        for (Row row : rows) {
            double[] bands = bands(p, m, row, periodIndex.get(row.period()));
            out.add(bands == null ? row : new Row(row.scenario(), row.region(), row.werkmilieu(), row.period(),
                    row.measure(), row.value(), bands));
        }
        return out;
    }

    private static double[] bands(Projection p, nl.ruimtevraag.uncertainty.MonteCarloResult m, Row row, int period) {
        boolean national = row.region().equals(NATIONAL);
        boolean total = row.werkmilieu().equals(TOTAL);
        int r = national ? -1 : p.regionIndex(row.region());
        java.util.List<Double> qs = m.percentiles();
        double[] out = new double[qs.size()];
        if (!total && !national) {
            nl.ruimtevraag.uncertainty.Output o = switch (row.measure()) {
                case "vraag" -> nl.ruimtevraag.uncertainty.Output.VRAAG;
                case "aanbod" -> nl.ruimtevraag.uncertainty.Output.AANBOD;
                case "saldo" -> nl.ruimtevraag.uncertainty.Output.SALDO;
                case "extra_ha" -> nl.ruimtevraag.uncertainty.Output.EXTRA_HA;
                default -> null;
            };
            if (o == null) {
                return null;
            }
            int w = Werkmilieu.fromCode(row.werkmilieu()).orElseThrow().ordinal();
            for (int i = 0; i < out.length; i++) {
                out[i] = m.percentile(o, r, w, period, qs.get(i));
            }
            return out;
        }
        if (!total) {
            return null; // national per werkmilieu: not a Monte Carlo output
        }
        nl.ruimtevraag.uncertainty.TotalOutput t = switch (row.measure()) {
            case "vraag" -> nl.ruimtevraag.uncertainty.TotalOutput.VRAAG;
            case "aanbod" -> nl.ruimtevraag.uncertainty.TotalOutput.AANBOD;
            case "saldo" -> nl.ruimtevraag.uncertainty.TotalOutput.SALDO_NETTED;
            case "extra_ha" -> nl.ruimtevraag.uncertainty.TotalOutput.EXTRA_HA_STRICT;
            case "extra_ha_gesaldeerd" -> nl.ruimtevraag.uncertainty.TotalOutput.EXTRA_HA_NETTED;
            default -> null;
        };
        if (t == null) {
            return null;
        }
        for (int i = 0; i < out.length; i++) {
            out[i] = national ? m.nationalPercentile(t, period, qs.get(i)) : m.regionPercentile(t, r, period, qs.get(i));
        }
        return out;
    }

    private LongTable() {
    }

    public static List<Row> rows(Projection p) {
        List<Row> rows = new ArrayList<>();
        int regions = p.regionCount();
        for (int r = 0; r <= regions; r++) {
            String region = r == regions ? NATIONAL : p.regionCodes().get(r);
            for (int w = 0; w <= Werkmilieu.COUNT; w++) {
                String werkmilieu = w == Werkmilieu.COUNT ? TOTAL : Werkmilieu.values()[w].code();
                for (Period period : p.periods()) {
                    add(rows, p, r, w, period, region, werkmilieu);
                }
            }
        }
        return rows;
    }

    private static void add(List<Row> rows, Projection p, int r, int w, Period period, String region, String werkmilieu) {
        String s = p.scenarioName();
        String label = period.label();
        for (Measure m : Measure.values()) {
            if (m == Measure.SUPPLY_REALISABLE) {
                continue; // its code is "aanbod", written with the confrontation below
            }
            String code = m == Measure.DEMAND ? DEMAND_IN_PERIOD : m.code();
            rows.add(new Row(s, region, werkmilieu, label, code, sum(p, r, w, cell -> p.inPeriod(m, cell[0], cell[1], period))));
        }
        for (RStrategy j : RStrategy.values()) {
            rows.add(new Row(s, region, werkmilieu, label, "circulair_" + j.code(),
                    sum(p, r, w, cell -> p.circularInPeriod(j, cell[0], cell[1], period))));
        }
        boolean total = w == Werkmilieu.COUNT;
        boolean national = r == p.regionCount();
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
        rows.add(new Row(s, region, werkmilieu, label, "vraag", vraag));
        rows.add(new Row(s, region, werkmilieu, label, "aanbod", aanbod));
        rows.add(new Row(s, region, werkmilieu, label, "saldo", saldo));
        rows.add(new Row(s, region, werkmilieu, label, "extra_ha", extra));
        if (total) {
            rows.add(new Row(s, region, werkmilieu, label, "extra_ha_gesaldeerd", netted));
        }
    }

    private interface CellValue {
        double at(int[] regionAndWerkmilieu);
    }

    /** The value of one cell, or the sum over werkmilieus (w = COUNT) and/or regions (r = count). */
    private static double sum(Projection p, int r, int w, CellValue f) {
        double total = 0;
        int r0 = r == p.regionCount() ? 0 : r;
        int r1 = r == p.regionCount() ? p.regionCount() - 1 : r;
        int w0 = w == Werkmilieu.COUNT ? 0 : w;
        int w1 = w == Werkmilieu.COUNT ? Werkmilieu.COUNT - 1 : w;
        for (int rr = r0; rr <= r1; rr++) {
            for (int ww = w0; ww <= w1; ww++) {
                total += f.at(new int[] {rr, ww});
            }
        }
        return total;
    }

    /** A number as plain decimal text with a point: the shortest form that reads back to the same double. */
    static String number(double v) {
        if (!Double.isFinite(v)) {
            return "";
        }
        if (v == 0) {
            return "0";
        }
        String s = java.math.BigDecimal.valueOf(v).toPlainString();
        if (s.indexOf('.') >= 0) {
            s = s.replaceAll("0+$", "");
            if (s.endsWith(".")) {
                s = s.substring(0, s.length() - 1);
            }
        }
        return s;
    }
}
