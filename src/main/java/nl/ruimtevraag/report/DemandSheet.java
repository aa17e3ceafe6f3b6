package nl.ruimtevraag.report;

import java.util.ArrayList;
import java.util.List;
import nl.ruimtevraag.engine.Measure;
import nl.ruimtevraag.engine.Projection;
import nl.ruimtevraag.model.Period;
import nl.ruimtevraag.model.Werkmilieu;

/**
 * Region x werkmilieu x period: the demand components arising in each period (flows, method
 * sections 1-3 and 6), an Excel table; under it, outside the table, the totals per region and period
 * and of the regions. Vervangingsvraag, planreserve, totale vraag and the totals are formulas,
 * so an auditor can follow how the components add up.
 */
final class DemandSheet {
    static final int HEADER = 3;
    static final int EMPLOYMENT = 4;
    static final int TREND = 5;
    static final int EXPANSION = 6;
    static final int TRANSFORMATION = 7;
    static final int WITHDRAWAL = 8;
    static final int SHARE = 9;
    static final int REPLACEMENT = 10;
    static final int CIRCULAR = 11;
    static final int DOUBLE_USE = 12;
    static final int RESERVE = 13;
    static final int DEMAND = 14;
    private static final Measure[] VALUES = {Measure.EXPANSION_EMPLOYMENT, Measure.EXPANSION_TREND, Measure.EXPANSION,
        Measure.TRANSFORMATION, Measure.WITHDRAWAL, Measure.REPLACEMENT_SHARE, Measure.REPLACEMENT, Measure.CIRCULAR,
        Measure.DOUBLE_USE, Measure.RESERVE, Measure.DEMAND};

    record Rows(int[][] regionTotal, int[] national) {
    }

    private DemandSheet() {
    }

    static Rows write(SheetWriter out, ReportContext ctx) {
        Projection pr = ctx.projection();
        Language lang = ctx.language();
        List<Period> periods = pr.periods();
        out.text(0, 0, ctx.label(Label.SHEET_DEMAND), out.styles.title);
        out.text(1, 0, ctx.label(Label.NOTE_DEMAND), out.styles.note);
        List<String> header = new ArrayList<>(List.of(ctx.label(Label.REGION_CODE), ctx.label(Label.REGION),
                ctx.label(Label.WERKMILIEU), ctx.label(Label.PERIOD)));
        for (Measure m : VALUES) {
            header.add(Label.measure(m, lang));
        }
        out.header(HEADER, header);
        int[][] totals = new int[pr.regionCount()][periods.size()];
        int[][] firsts = new int[pr.regionCount()][periods.size()];
        String yearly = SheetWriter.quoted(ctx.label(Label.SHEET_DEMAND_YEARLY)) + "!";
        int years = pr.horizon().years();
        int row = HEADER + 1;
        for (int r = 0; r < pr.regionCount(); r++) {
            for (int p = 0; p < periods.size(); p++) {
                Period period = periods.get(p);
                firsts[r][p] = row;
                for (Werkmilieu w : Werkmilieu.values()) {
                    keys(out, row, pr, r, Label.werkmilieu(w, lang), period, false);
                    double[] v = new double[VALUES.length];
                    for (int i = 0; i < VALUES.length; i++) {
                        v[i] = pr.inPeriod(VALUES[i], r, w.ordinal(), period);
                    }
                    int from = YearRows.demand(r, w.ordinal(), pr.horizon().index(period.start() + 1), years);
                    int to = YearRows.demand(r, w.ordinal(), pr.horizon().index(period.end()), years);
                    line(out, row, v, yearly, from, to);
                    row++;
                }
            }
        }
        int lastData = row - 1;
        // the totals, outside the table: per region and period, then the sum of the regions
        row = out.totalsUnder(lastData, header);
        for (int r = 0; r < pr.regionCount(); r++) {
            for (int p = 0; p < periods.size(); p++) {
                Period period = periods.get(p);
                int first = firsts[r][p];
                keys(out, row, pr, r, ctx.label(Label.TOTAL), period, true);
                for (int col = EMPLOYMENT; col <= DEMAND; col++) {
                    double cached = 0;
                    for (Werkmilieu w : Werkmilieu.values()) {
                        cached += pr.inPeriod(VALUES[col - EMPLOYMENT], r, w.ordinal(), period);
                    }
                    out.formula(row, col, "SUM(" + SheetWriter.ref(first, col) + ":" + SheetWriter.ref(first + Werkmilieu.COUNT - 1, col)
                            + ")", cached, out.styles.hectaresTotal);
                }
                totals[r][p] = row;
                row++;
            }
        }
        int[] national = new int[periods.size()];
        for (int p = 0; p < periods.size(); p++) {
            Period period = periods.get(p);
            out.nationalKeys(row, ctx, period);
            for (int col = EMPLOYMENT; col <= DEMAND; col++) {
                List<String> refs = new ArrayList<>();
                double cached = 0;
                for (int r = 0; r < pr.regionCount(); r++) {
                    refs.add(SheetWriter.ref(totals[r][p], col));
                    for (Werkmilieu w : Werkmilieu.values()) {
                        cached += pr.inPeriod(VALUES[col - EMPLOYMENT], r, w.ordinal(), period);
                    }
                }
                out.formula(row, col, SheetWriter.plus(refs), cached, out.styles.hectaresTotal);
            }
            national[p] = row;
            row++;
        }
        out.widths(10, 18, 12, 10, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12);
        out.excelTable(lang == Language.EN ? "DemandTable" : "VraagTabel", HEADER, 4, lastData, DEMAND);
        out.name("vraag", HEADER, 0, row - 1, DEMAND);
        divergence(out, ctx, row + 2);
        return new Rows(totals, national);
    }

    /**
     * Per region: which uitbreidingsvraag method the confrontation used and the ratio of the two
     * methods over the horizon, flagged where it exceeds the scenario's divergence factor.
     */
    private static void divergence(SheetWriter out, ReportContext ctx, int row) {
        Projection pr = ctx.projection();
        java.util.Set<String> flagged = new java.util.HashSet<>(nl.ruimtevraag.engine.Projector.divergentRegions(pr));
        double factor = pr.input().expansion().divergenceFactor();
        out.header(row, List.of(ctx.label(Label.REGION_CODE), ctx.label(Label.REGION), ctx.label(Label.METHOD_USED),
                ctx.label(Label.DIVERGENCE), ctx.label(Label.DIVERGENT) + " (> " + factor + "x)"));
        for (int r = 0; r < pr.regionCount(); r++) {
            row++;
            out.text(row, 0, pr.regionCodes().get(r), out.styles.text);
            out.text(row, 1, pr.regionNames().get(r), out.styles.text);
            out.text(row, 2, pr.methodUsed().code(), out.styles.text);
            out.number(row, 3, pr.methodRatio(r), out.styles.number);
            out.text(row, 4, flagged.contains(pr.regionCodes().get(r)) ? ctx.label(Label.DIVERGENT) : "", out.styles.text);
        }
    }

    /**
     * One werkmilieu's period: the components as sums of its years on Vraag per jaar (rows from..to), the
     * uitbreidingsvraag per method as the engine's values, vervangingsvraag, planreserve and vraag as formulas.
     */
    private static void line(SheetWriter out, int row, double[] v, String yearly, int from, int to) {
        for (int col = EMPLOYMENT; col <= DEMAND; col++) {
            double value = v[col - EMPLOYMENT];
            int yearlyCol = switch (col) {
                case EXPANSION -> DemandYearSheet.EXPANSION;
                case TRANSFORMATION -> DemandYearSheet.TRANSFORMATION;
                case WITHDRAWAL -> DemandYearSheet.WITHDRAWAL;
                case SHARE -> DemandYearSheet.SHARE;
                case CIRCULAR -> DemandYearSheet.CIRCULAR;
                case DOUBLE_USE -> DemandYearSheet.DOUBLE_USE;
                default -> -1;
            };
            if (yearlyCol >= 0) {
                out.formula(row, col, "SUM(" + yearly + SheetWriter.ref(from, yearlyCol) + ":" + SheetWriter.ref(to, yearlyCol) + ")",
                        value, out.styles.hectares);
                continue;
            }
            switch (col) {
                case REPLACEMENT -> out.formula(row, col, SheetWriter.ref(row, TRANSFORMATION) + "+"
                        + SheetWriter.ref(row, WITHDRAWAL) + "+" + SheetWriter.ref(row, SHARE), value, out.styles.hectares);
                case RESERVE -> out.formula(row, col, "(" + base(row) + ")*" + InputSheet.RESERVE, value, out.styles.hectares);
                case DEMAND -> out.formula(row, col, base(row) + "+" + SheetWriter.ref(row, RESERVE), value,
                        out.styles.hectares);
                default -> out.hectares(row, col, value);
            }
        }
    }

    private static String base(int row) {
        return SheetWriter.ref(row, EXPANSION) + "+" + SheetWriter.ref(row, REPLACEMENT) + "+"
                + SheetWriter.ref(row, CIRCULAR);
    }

    static void keys(SheetWriter out, int row, Projection pr, int r, String werkmilieu, Period period, boolean total) {
        var style = total ? out.styles.textBold : out.styles.text;
        out.text(row, 0, pr.regionCodes().get(r), style);
        out.text(row, 1, pr.regionNames().get(r), style);
        out.text(row, 2, werkmilieu, style);
        out.text(row, 3, period.label(), style);
    }
}
