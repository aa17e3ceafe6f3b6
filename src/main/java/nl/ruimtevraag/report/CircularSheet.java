package nl.ruimtevraag.report;

import java.util.ArrayList;
import java.util.List;
import nl.ruimtevraag.engine.Formulas;
import nl.ruimtevraag.engine.Measure;
import nl.ruimtevraag.engine.Projection;
import nl.ruimtevraag.engine.ProjectionInput;
import nl.ruimtevraag.model.Circular;
import nl.ruimtevraag.model.Period;
import nl.ruimtevraag.model.RStrategy;
import nl.ruimtevraag.model.Werkmilieu;

/** Circular-economy demand by R-strategy group, region, werkmilieu and period (method section 3). */
final class CircularSheet {
    static final int HEADER = 3;
    static final int FIRST = 4;
    static final int EMBEDDED = FIRST + RStrategy.COUNT;
    static final int DOUBLE_USE = EMBEDDED + 1;
    static final int TOTAL = DOUBLE_USE + 1;
    static final int SHARE = TOTAL + 1;

    private CircularSheet() {
    }

    static void write(SheetWriter out, ReportContext ctx) {
        Projection pr = ctx.projection();
        Language lang = ctx.language();
        List<Period> periods = pr.periods();
        out.text(0, 0, ctx.label(Label.SHEET_CIRCULAR), out.styles.title);
        out.text(1, 0, ctx.label(Label.NOTE_CIRCULAR), out.styles.note);
        List<String> header = new ArrayList<>(List.of(ctx.label(Label.REGION_CODE), ctx.label(Label.REGION),
                ctx.label(Label.WERKMILIEU), ctx.label(Label.PERIOD)));
        for (RStrategy j : RStrategy.values()) {
            header.add(Label.strategy(j, lang));
        }
        header.add(ctx.label(Label.CIRCULAR_EMBEDDED));
        header.add(Label.measure(Measure.DOUBLE_USE, lang));
        header.add(ctx.label(Label.STRATEGY_TOTAL));
        header.add(ctx.label(Label.CIRCULAR_SHARE));
        out.header(HEADER, header);
        int row = HEADER + 1;
        int[][] totals = new int[pr.regionCount()][periods.size()];
        int[][] firsts = new int[pr.regionCount()][periods.size()];
        for (int r = 0; r < pr.regionCount(); r++) {
            for (int p = 0; p < periods.size(); p++) {
                Period period = periods.get(p);
                firsts[r][p] = row;
                for (Werkmilieu w : Werkmilieu.values()) {
                    DemandSheet.keys(out, row, pr, r, Label.werkmilieu(w, lang), period, false);
                    double[] v = values(pr, r, w.ordinal(), period);
                    for (int col = FIRST; col < TOTAL; col++) {
                        out.hectares(row, col, v[col - FIRST]);
                    }
                    out.formula(row, TOTAL, "SUM(" + SheetWriter.ref(row, FIRST) + ":" + SheetWriter.ref(row, DOUBLE_USE) + ")",
                            v[TOTAL - FIRST], out.styles.hectares);
                    out.number(row, SHARE, share(pr, r, w.ordinal(), period), out.styles.percent);
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
                DemandSheet.keys(out, row, pr, r, ctx.label(Label.TOTAL), period, true);
                for (int col = FIRST; col <= TOTAL; col++) {
                    double cached = 0;
                    for (Werkmilieu w : Werkmilieu.values()) {
                        cached += values(pr, r, w.ordinal(), period)[col - FIRST];
                    }
                    out.formula(row, col, "SUM(" + SheetWriter.ref(first, col) + ":"
                            + SheetWriter.ref(first + Werkmilieu.COUNT - 1, col) + ")", cached, out.styles.hectaresTotal);
                }
                out.number(row, SHARE, share(pr, r, -1, period), out.styles.percent);
                totals[r][p] = row;
                row++;
            }
        }
        for (int p = 0; p < periods.size(); p++) {
            Period period = periods.get(p);
            out.nationalKeys(row, ctx, period);
            for (int col = FIRST; col <= TOTAL; col++) {
                List<String> refs = new ArrayList<>();
                double cached = 0;
                for (int r = 0; r < pr.regionCount(); r++) {
                    refs.add(SheetWriter.ref(totals[r][p], col));
                    for (Werkmilieu w : Werkmilieu.values()) {
                        cached += values(pr, r, w.ordinal(), period)[col - FIRST];
                    }
                }
                out.formula(row, col, SheetWriter.plus(refs), cached, out.styles.hectaresTotal);
            }
            out.number(row, SHARE, nationalShare(pr, period), out.styles.percent);
            row++;
        }
        out.widths(10, 18, 12, 10, 14, 16, 14, 14, 12, 12, 12);
        out.excelTable(lang == Language.EN ? "CircularTable" : "CirculairTabel", HEADER, 4, lastData, SHARE);
        out.name("circulair", HEADER, 0, row - 1, SHARE);
        strategyShares(out, ctx, row + 1);
    }

    /**
     * Below the table: per region the R-strategy shares and the verkleinen factor the projection used
     * (the region's profile or the national values), and where they come from.
     */
    private static void strategyShares(SheetWriter out, ReportContext ctx, int row) {
        Projection pr = ctx.projection();
        Language lang = ctx.language();
        Circular ce = ctx.scenario().circular();
        ProjectionInput.Circular in = pr.input().circular();
        out.text(row++, 0, ctx.label(Label.TITLE_STRATEGY_SHARES), out.styles.subtitle);
        List<String> header = new ArrayList<>(List.of(ctx.label(Label.REGION_CODE), ctx.label(Label.REGION),
                ctx.label(Label.STRATEGY_PROFILE), ""));
        for (RStrategy j : RStrategy.values()) {
            header.add(Label.strategy(j, lang));
        }
        header.add(ctx.label(Label.VERKLEINEN_USED));
        out.header(row++, header);
        for (int r = 0; r < pr.regionCount(); r++) {
            String code = pr.input().regionCodes().get(r);
            out.text(row, 0, code);
            out.text(row, 1, pr.input().regionNames().get(r));
            out.text(row, 2, ctx.label(origin(ce, code)));
            for (int j = 0; j < RStrategy.COUNT; j++) {
                out.number(row, FIRST + j, in.strategyShare()[r][j], out.styles.percent);
            }
            out.number(row, FIRST + RStrategy.COUNT, in.strategyFactor()[r][RStrategy.VERKLEINEN.ordinal()], out.styles.number);
            row++;
        }
    }

    private static Label origin(Circular ce, String code) {
        if (!ce.profiles().containsKey(code)) {
            return Label.PROFILE_NATIONAL;
        }
        boolean whole = ce.sharesFromProfile(code);
        for (RStrategy j : RStrategy.values()) {
            whole &= ce.mappingFromProfile(code, j);
        }
        return whole ? Label.PROFILE_REGIONAL : Label.PROFILE_PARTLY;
    }

    /** sluiten, vertragen, verkleinen, the part already in the uitbreidingsvraag (negative), double use, circular total */
    private static double[] values(Projection pr, int r, int w, Period period) {
        double[] v = new double[RStrategy.COUNT + 3];
        for (RStrategy j : RStrategy.values()) {
            v[j.ordinal()] = pr.circularInPeriod(j, r, w, period);
        }
        v[RStrategy.COUNT] = -Formulas.embeddedCircular(pr.inPeriod(Measure.EXPANSION, r, w, period),
                pr.input().circular().embeddedShare());
        v[RStrategy.COUNT + 1] = pr.inPeriod(Measure.DOUBLE_USE, r, w, period);
        v[RStrategy.COUNT + 2] = pr.inPeriod(Measure.CIRCULAR, r, w, period);
        return v;
    }

    /** The CE share of demand in a period over every region of the run. */
    private static double nationalShare(Projection pr, Period period) {
        double expansion = 0;
        double circular = 0;
        for (int r = 0; r < pr.regionCount(); r++) {
            for (int w = 0; w < Werkmilieu.COUNT; w++) {
                expansion += pr.inPeriod(Measure.EXPANSION, r, w, period);
                circular += pr.inPeriod(Measure.CIRCULAR, r, w, period);
            }
        }
        return Formulas.circularShareOfDemand(expansion, circular, pr.input().circular().embeddedShare());
    }

    /** The CE share of demand in a period, of a werkmilieu or (w < 0) of the region ({@link Formulas#circularShareOfDemand}). */
    static double share(Projection pr, int r, int w, Period period) {
        double expansion = 0;
        double circular = 0;
        for (int k = w < 0 ? 0 : w; k < (w < 0 ? Werkmilieu.COUNT : w + 1); k++) {
            expansion += pr.inPeriod(Measure.EXPANSION, r, k, period);
            circular += pr.inPeriod(Measure.CIRCULAR, r, k, period);
        }
        return Formulas.circularShareOfDemand(expansion, circular, pr.input().circular().embeddedShare());
    }
}
