package nl.ruimtevraag.report;

import java.util.ArrayList;
import java.util.List;
import nl.ruimtevraag.engine.Measure;
import nl.ruimtevraag.engine.Projection;
import nl.ruimtevraag.model.Werkmilieu;

/**
 * Region x year x werkmilieu: supply by kind available at the end of each year, what the
 * constraints hold back, and the realisable supply as a formula of those (method sections 4-5).
 */
final class SupplySheet {
    static final int HEADER = 3;
    static final int FIRST = 4;
    static final int REALISABLE = 12;
    private static final Measure[] VALUES = {Measure.SUPPLY_DIRECT, Measure.SUPPLY_HARD, Measure.SUPPLY_ZACHT,
        Measure.ZACHT_UNREALISED, Measure.HELD_GRID, Measure.HELD_STIKSTOF, Measure.HELD_WATER, Measure.INTENSIFICATION,
        Measure.SUPPLY_REALISABLE};

    private SupplySheet() {
    }

    static void write(SheetWriter out, ReportContext ctx) {
        Projection pr = ctx.projection();
        Language lang = ctx.language();
        int base = pr.horizon().baseYear();
        int end = pr.horizon().endYear();
        out.text(0, 0, ctx.label(Label.SHEET_SUPPLY), out.styles.title);
        out.text(1, 0, ctx.label(Label.NOTE_SUPPLY), out.styles.note);
        List<String> header = new ArrayList<>(List.of(ctx.label(Label.REGION_CODE), ctx.label(Label.REGION),
                ctx.label(Label.WERKMILIEU), ctx.label(Label.YEAR)));
        for (Measure m : VALUES) {
            header.add(Label.measure(m, lang));
        }
        out.header(HEADER, header);
        int row = HEADER + 1;
        int[][] totals = new int[pr.regionCount()][end - base];
        for (int r = 0; r < pr.regionCount(); r++) {
            for (int year = base + 1; year <= end; year++) {
                int first = row;
                for (Werkmilieu w : Werkmilieu.values()) {
                    keys(out, row, pr.regionCodes().get(r), pr.regionNames().get(r), Label.werkmilieu(w, lang), year, false);
                    for (int col = FIRST; col <= REALISABLE; col++) {
                        double v = pr.value(VALUES[col - FIRST], r, w.ordinal(), year);
                        if (col == REALISABLE) {
                            out.formula(row, col, realisable(row), v, out.styles.hectares);
                        } else {
                            out.hectares(row, col, v);
                        }
                    }
                    row++;
                }
                keys(out, row, pr.regionCodes().get(r), pr.regionNames().get(r), ctx.label(Label.TOTAL), year, true);
                for (int col = FIRST; col <= REALISABLE; col++) {
                    double cached = 0;
                    for (Werkmilieu w : Werkmilieu.values()) {
                        cached += pr.value(VALUES[col - FIRST], r, w.ordinal(), year);
                    }
                    out.formula(row, col, "SUM(" + SheetWriter.ref(first, col) + ":" + SheetWriter.ref(row - 1, col) + ")",
                            cached, out.styles.hectaresTotal);
                }
                totals[r][year - base - 1] = row;
                row++;
            }
        }
        for (int year = base + 1; year <= end; year++) {
            keys(out, row, ctx.totalCode(), ctx.totalName(), ctx.label(Label.TOTAL), year, true);
            for (int col = FIRST; col <= REALISABLE; col++) {
                List<String> refs = new ArrayList<>();
                double cached = 0;
                for (int r = 0; r < pr.regionCount(); r++) {
                    refs.add(SheetWriter.ref(totals[r][year - base - 1], col));
                    for (Werkmilieu w : Werkmilieu.values()) {
                        cached += pr.value(VALUES[col - FIRST], r, w.ordinal(), year);
                    }
                }
                out.formula(row, col, SheetWriter.plus(refs), cached, out.styles.hectaresTotal);
            }
            row++;
        }
        out.widths(10, 18, 12, 6, 11, 11, 11, 11, 11, 11, 11, 11, 11);
        out.table(HEADER, 4, row - 1, REALISABLE);
        out.name("aanbod", HEADER, 0, row - 1, REALISABLE);
    }

    /** direct + hard + zacht - niet gerealiseerd - netcongestie - stikstof - water + intensivering */
    private static String realisable(int row) {
        return SheetWriter.ref(row, 4) + "+" + SheetWriter.ref(row, 5) + "+" + SheetWriter.ref(row, 6) + "-"
                + SheetWriter.ref(row, 7) + "-" + SheetWriter.ref(row, 8) + "-" + SheetWriter.ref(row, 9) + "-"
                + SheetWriter.ref(row, 10) + "+" + SheetWriter.ref(row, 11);
    }

    private static void keys(SheetWriter out, int row, String code, String name, String werkmilieu, int year,
                             boolean total) {
        var style = total ? out.styles.textBold : out.styles.text;
        out.text(row, 0, code, style);
        out.text(row, 1, name, style);
        out.text(row, 2, werkmilieu, style);
        out.number(row, 3, year, out.styles.integer);
    }
}
