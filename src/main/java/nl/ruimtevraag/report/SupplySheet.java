package nl.ruimtevraag.report;

import java.util.ArrayList;
import java.util.List;
import nl.ruimtevraag.engine.Measure;
import nl.ruimtevraag.engine.Projection;
import nl.ruimtevraag.engine.SupplyTerms;
import nl.ruimtevraag.model.Werkmilieu;

/**
 * Region x year x werkmilieu (an Excel table; the totals per region and year and of the regions under it,
 * outside the table, {@link YearRows}): supply by kind available at the end of each year, what the constraints
 * hold back, and the realisable supply (method sections 4-5). Plan capacity is the engine's; what is not
 * realised and what the constraints hold back are formulas of {@code zacht_realisatie} ({@link InputSheet})
 * and the engine's factors in the columns on the right ({@link SupplyTerms}); intensification on the basis
 * need is a formula of the cumulative demand on {@link DemandYearSheet}; realisable supply and the totals
 * are formulas.
 */
final class SupplySheet {
    static final int HEADER = 3;
    static final int FIRST = 4;
    static final int DIRECT = YearRows.SUPPLY_DIRECT;
    static final int HARD = YearRows.SUPPLY_HARD;
    static final int ZACHT = 6;
    static final int UNREALISED = 7;
    static final int GRID = 8;
    static final int STIKSTOF = 9;
    static final int WATER = 10;
    static final int INTENSIFICATION = 11;
    static final int REALISABLE = YearRows.SUPPLY_REALISABLE;
    /** the engine's factors behind the formulas ({@link SupplyTerms}) */
    static final int GRID_FACTOR = 13;
    static final int GRID_DIRECT_FACTOR = 14;
    static final int ZACHT_N = 15;
    static final int ZACHT_NW = 16;
    static final int HARD_N = 17;
    static final int HARD_NW = 18;
    static final int OF_NEED = 19;
    private static final int W = Werkmilieu.COUNT;
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
        int years = pr.horizon().years();
        boolean need = pr.input().intensification().basis() == nl.ruimtevraag.model.IntensificationBasis.NEED;
        String demand = SheetWriter.quoted(ctx.label(Label.SHEET_DEMAND_YEARLY)) + "!";
        out.text(0, 0, ctx.label(Label.SHEET_SUPPLY), out.styles.title);
        out.text(1, 0, ctx.label(Label.NOTE_SUPPLY), out.styles.note);
        List<String> header = new ArrayList<>(List.of(ctx.label(Label.REGION_CODE), ctx.label(Label.REGION),
                ctx.label(Label.WERKMILIEU), ctx.label(Label.YEAR)));
        for (Measure m : VALUES) {
            header.add(Label.measure(m, lang));
        }
        header.addAll(List.of(ctx.label(Label.GRID_FACTOR), ctx.label(Label.GRID_DIRECT_FACTOR),
                ctx.label(Label.ZACHT_AFTER_STIKSTOF), ctx.label(Label.ZACHT_AFTER_PERMITS), ctx.label(Label.HARD_AFTER_STIKSTOF),
                ctx.label(Label.HARD_AFTER_PERMITS)));
        int lastCol = HARD_NW;
        if (need) {
            header.add(ctx.label(Label.INTENSIFICATION_OF_NEED));
            lastCol = OF_NEED;
        }
        out.header(HEADER, header);
        int regions = pr.regionCount();
        for (int r = 0; r < regions; r++) {
            for (int year = base + 1; year <= end; year++) {
                int y = year - base - 1;
                for (Werkmilieu wm : Werkmilieu.values()) {
                    int w = wm.ordinal();
                    int row = YearRows.supply(r, y, w, years);
                    keys(out, row, pr.regionCodes().get(r), pr.regionNames().get(r), Label.werkmilieu(wm, lang), year, false);
                    line(out, row, pr, r, w, year, need ? demand + SheetWriter.ref(YearRows.demand(r, w, y, years),
                            YearRows.DEMAND_CUMULATIVE) : null);
                }
            }
        }
        int lastData = YearRows.supply(regions - 1, years - 1, W - 1, years);
        // the totals, outside the table: per region and year, then the sum of the regions
        int firstTotal = out.totalsUnder(lastData, header);
        assert firstTotal == YearRows.total(0, 0, regions, years) : "YearRows places the totals where totalsUnder starts them";
        for (int r = 0; r <= regions; r++) {
            boolean national = r == regions;
            for (int year = base + 1; year <= end; year++) {
                int y = year - base - 1;
                int row = YearRows.total(r, y, regions, years);
                keys(out, row, national ? ctx.totalCode() : pr.regionCodes().get(r), national ? ctx.totalName()
                        : pr.regionNames().get(r), ctx.label(Label.TOTAL), year, true);
                List<String> rows = new ArrayList<>();
                if (national) {
                    for (int rr = 0; rr < regions; rr++) {
                        rows.add(String.valueOf(YearRows.total(rr, y, regions, years) + 1));
                    }
                } else {
                    for (int w = 0; w < W; w++) {
                        rows.add(String.valueOf(YearRows.supply(r, y, w, years) + 1));
                    }
                }
                for (int col = FIRST; col <= REALISABLE; col++) {
                    double cached = 0;
                    for (int rr = national ? 0 : r; rr < (national ? regions : r + 1); rr++) {
                        for (Werkmilieu w : Werkmilieu.values()) {
                            cached += pr.value(VALUES[col - FIRST], rr, w.ordinal(), year);
                        }
                    }
                    List<String> refs = new ArrayList<>();
                    for (String at : rows) {
                        refs.add(SheetWriter.col(col) + at);
                    }
                    out.formula(row, col, SheetWriter.plus(refs), cached, out.styles.hectaresTotal);
                }
            }
        }
        int last = YearRows.total(regions, years - 1, regions, years);
        out.widths(10, 18, 12, 6, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 12);
        out.excelTable(ctx.language() == Language.EN ? "SupplyByYear" : "AanbodPerJaar", HEADER, 4, lastData, lastCol,
                FIRST, GRID_FACTOR);
        out.name("aanbod", HEADER, 0, last, lastCol);
    }

    /**
     * One werkmilieu's row: plan capacity (values), what is not realised and held back (formulas of
     * zacht_realisatie and the engine's factors), intensification (a formula of the cumulative demand on the
     * basis need), realisable supply.
     */
    private static void line(SheetWriter out, int row, Projection pr, int r, int w, int year, String cumulativeDemand) {
        SupplyTerms t = pr.supplyTerms(r, w, year);
        var ha = out.styles.hectares;
        out.hectares(row, DIRECT, pr.value(Measure.SUPPLY_DIRECT, r, w, year));
        out.hectares(row, HARD, pr.value(Measure.SUPPLY_HARD, r, w, year));
        out.hectares(row, ZACHT, pr.value(Measure.SUPPLY_ZACHT, r, w, year));
        out.number(row, GRID_FACTOR, t.gridFactor(), out.styles.number);
        out.number(row, GRID_DIRECT_FACTOR, t.gridDirectFactor(), out.styles.number);
        out.hectares(row, ZACHT_N, t.zachtAfterStikstof());
        out.hectares(row, ZACHT_NW, t.zachtAfterPermits());
        out.hectares(row, HARD_N, t.hardAfterStikstof());
        out.hectares(row, HARD_NW, t.hardAfterPermits());
        String p = InputSheet.ZACHT;
        String direct = ref(row, DIRECT);
        String hard = ref(row, HARD);
        String zacht = ref(row, ZACHT);
        String f = ref(row, GRID_FACTOR);
        out.formula(row, UNREALISED, zacht + "*(1-" + p + ")", pr.value(Measure.ZACHT_UNREALISED, r, w, year), ha);
        out.formula(row, GRID, direct + "*(1-" + ref(row, GRID_DIRECT_FACTOR) + ")+(" + hard + "+" + zacht + "*" + p + ")*(1-"
                + f + ")", pr.value(Measure.HELD_GRID, r, w, year), ha);
        out.formula(row, STIKSTOF, p + "*" + f + "*(" + zacht + "-" + ref(row, ZACHT_N) + ")+" + f + "*(" + hard + "-"
                + ref(row, HARD_N) + ")", pr.value(Measure.HELD_STIKSTOF, r, w, year), ha);
        out.formula(row, WATER, p + "*" + f + "*(" + ref(row, ZACHT_N) + "-" + ref(row, ZACHT_NW) + ")+" + f + "*("
                + ref(row, HARD_N) + "-" + ref(row, HARD_NW) + ")", pr.value(Measure.HELD_WATER, r, w, year), ha);
        if (cumulativeDemand != null) {
            out.number(row, OF_NEED, t.intensificationOfNeed(), out.styles.number);
            out.formula(row, INTENSIFICATION, "MAX(0," + cumulativeDemand + ")*" + ref(row, OF_NEED),
                    pr.value(Measure.INTENSIFICATION, r, w, year), ha);
        } else {
            out.hectares(row, INTENSIFICATION, pr.value(Measure.INTENSIFICATION, r, w, year));
        }
        out.formula(row, REALISABLE, realisable(row), pr.value(Measure.SUPPLY_REALISABLE, r, w, year), ha);
    }

    private static String ref(int row, int col) {
        return SheetWriter.ref(row, col);
    }

    /** direct + hard + zacht - niet gerealiseerd - netcongestie - stikstof - water + intensivering */
    private static String realisable(int row) {
        return ref(row, DIRECT) + "+" + ref(row, HARD) + "+" + ref(row, ZACHT) + "-" + ref(row, UNREALISED) + "-"
                + ref(row, GRID) + "-" + ref(row, STIKSTOF) + "-" + ref(row, WATER) + "+" + ref(row, INTENSIFICATION);
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
