package nl.ruimtevraag.report;

import java.util.ArrayList;
import java.util.List;
import nl.ruimtevraag.engine.Confrontation;
import nl.ruimtevraag.engine.Measure;
import nl.ruimtevraag.engine.Projection;
import nl.ruimtevraag.engine.SupplyBasis;
import nl.ruimtevraag.model.Werkmilieu;

/**
 * Vraag per jaar: the demand of every region, werkmilieu and projected year, and its confrontation with
 * the supply at the year's end: the link between the engine's yearly series and every sheet that shows
 * demand, saldo or extra hectares. The engine's components are values; transformation (hectares times
 * the compensation on {@link InputSheet}), planreserve, vraag, cumulative vraag, saldo and extra ha are
 * formulas, so the inputs act through them. Layout ({@link YearRows}): an Excel table of per region its
 * werkmilieus, each a block of years (so a period is a contiguous range); under it, outside the table, the
 * region totals per year and the sum of the regions.
 */
final class DemandYearSheet {
    static final int HEADER = 3;
    static final int EXPANSION = 4;
    static final int TRANSFORMATION = 5;
    static final int WITHDRAWAL = 6;
    static final int SHARE = 7;
    static final int REPLACEMENT = 8;
    static final int CIRCULAR = 9;
    static final int DOUBLE_USE = 10;
    static final int RESERVE = 11;
    static final int DEMAND = 12;
    static final int CUMULATIVE = YearRows.DEMAND_CUMULATIVE;
    static final int AANBOD = 14;
    static final int SALDO = 15;
    static final int EXTRA = 16;
    static final int HARD = 17;
    static final int EXTRA_HARD = 18;
    private static final int W = Werkmilieu.COUNT;
    private static final Measure[] VALUES = {Measure.EXPANSION, Measure.TRANSFORMATION, Measure.WITHDRAWAL,
        Measure.REPLACEMENT_SHARE, Measure.REPLACEMENT, Measure.CIRCULAR, Measure.DOUBLE_USE, Measure.RESERVE, Measure.DEMAND};

    private DemandYearSheet() {
    }

    static void write(SheetWriter out, ReportContext ctx, List<InputSheet.Event> events) {
        Projection pr = ctx.projection();
        Language lang = ctx.language();
        int years = pr.horizon().years();
        int base = pr.horizon().baseYear();
        int regions = pr.regionCount();
        String supply = SheetWriter.quoted(ctx.label(Label.SHEET_SUPPLY)) + "!";
        out.text(0, 0, ctx.label(Label.SHEET_DEMAND_YEARLY), out.styles.title);
        out.text(1, 0, ctx.label(Label.NOTE_DEMAND_YEARLY), out.styles.note);
        List<String> header = new ArrayList<>(List.of(ctx.label(Label.REGION_CODE), ctx.label(Label.REGION),
                ctx.label(Label.WERKMILIEU), ctx.label(Label.YEAR)));
        for (Measure m : VALUES) {
            header.add(Label.measure(m, lang));
        }
        header.addAll(List.of(ctx.label(Label.VRAAG_CUMULATIVE), ctx.label(Label.AANBOD), ctx.label(Label.SALDO),
                ctx.label(Label.EXTRA_HA), ctx.label(Label.HARD_SUPPLY), ctx.label(Label.EXTRA_HA_HARD)));
        out.header(HEADER, header);
        for (int r = 0; r < regions; r++) {
            for (Werkmilieu wm : Werkmilieu.values()) {
                int w = wm.ordinal();
                for (int y = 0; y < years; y++) {
                    int year = base + 1 + y;
                    int row = YearRows.demand(r, w, y, years);
                    keys(out, row, pr.regionCodes().get(r), pr.regionNames().get(r), Label.werkmilieu(wm, lang), year, false);
                    line(out, row, pr, r, w, y, events, supply);
                }
            }
        }
        int lastData = YearRows.demand(regions - 1, W - 1, years - 1, years);
        // the totals, outside the table: per region and year, then the sum of the regions
        int firstTotal = out.totalsUnder(lastData, header);
        assert firstTotal == YearRows.total(0, 0, regions, years) : "YearRows places the totals where totalsUnder starts them";
        for (int r = 0; r < regions; r++) {
            for (int y = 0; y < years; y++) {
                int row = YearRows.total(r, y, regions, years);
                keys(out, row, pr.regionCodes().get(r), pr.regionNames().get(r), ctx.label(Label.TOTAL), base + 1 + y, true);
                List<String> rows = new ArrayList<>();
                for (int w = 0; w < W; w++) {
                    rows.add(String.valueOf(YearRows.demand(r, w, y, years) + 1));
                }
                sums(out, row, rows, cachedTotal(pr, r, r + 1, base + 1 + y));
            }
        }
        for (int y = 0; y < years; y++) {
            int row = YearRows.total(regions, y, regions, years);
            keys(out, row, ctx.totalCode(), ctx.totalName(), ctx.label(Label.TOTAL), base + 1 + y, true);
            List<String> rows = new ArrayList<>();
            for (int r = 0; r < regions; r++) {
                rows.add(String.valueOf(YearRows.total(r, y, regions, years) + 1));
            }
            sums(out, row, rows, cachedTotal(pr, 0, regions, base + 1 + y));
        }
        int last = YearRows.total(regions, years - 1, regions, years);
        out.widths(10, 18, 12, 6, 12, 12, 12, 12, 12, 12, 12, 11, 11, 12, 12, 11, 11, 11, 12);
        out.excelTable(ctx.language() == Language.EN ? "DemandByYear" : "VraagPerJaar", HEADER, 4, lastData, EXTRA_HARD,
                EXPANSION, CUMULATIVE);
        out.markShortages(HEADER + 1, last, EXTRA);
        out.name("vraag_per_jaar", HEADER, 0, last, EXTRA_HARD);
    }

    private static void line(SheetWriter out, int row, Projection pr, int r, int w, int y, List<InputSheet.Event> events,
                             String supply) {
        int year = pr.horizon().baseYear() + 1 + y;
        var ha = out.styles.hectares;
        out.hectares(row, EXPANSION, pr.value(Measure.EXPANSION, r, w, year));
        String transformation = InputSheet.transformation(events, r, w, y);
        if (transformation == null) {
            out.hectares(row, TRANSFORMATION, pr.value(Measure.TRANSFORMATION, r, w, year));
        } else {
            out.formula(row, TRANSFORMATION, transformation, pr.value(Measure.TRANSFORMATION, r, w, year), ha);
        }
        out.hectares(row, WITHDRAWAL, pr.value(Measure.WITHDRAWAL, r, w, year));
        out.hectares(row, SHARE, pr.value(Measure.REPLACEMENT_SHARE, r, w, year));
        out.formula(row, REPLACEMENT, ref(row, TRANSFORMATION) + "+" + ref(row, WITHDRAWAL) + "+" + ref(row, SHARE),
                pr.value(Measure.REPLACEMENT, r, w, year), ha);
        out.hectares(row, CIRCULAR, pr.value(Measure.CIRCULAR, r, w, year));
        out.hectares(row, DOUBLE_USE, pr.value(Measure.DOUBLE_USE, r, w, year));
        String base = ref(row, EXPANSION) + "+" + ref(row, REPLACEMENT) + "+" + ref(row, CIRCULAR);
        out.formula(row, RESERVE, "(" + base + ")*" + InputSheet.RESERVE, pr.value(Measure.RESERVE, r, w, year), ha);
        out.formula(row, DEMAND, base + "+" + ref(row, RESERVE), pr.value(Measure.DEMAND, r, w, year), ha);
        Confrontation c = pr.confrontation(r, w, year, SupplyBasis.REALISABLE);
        out.formula(row, CUMULATIVE, y == 0 ? ref(row, DEMAND) : ref(row - 1, CUMULATIVE) + "+" + ref(row, DEMAND), c.vraag(), ha);
        int supplyRow = YearRows.supply(r, y, w, pr.horizon().years());
        out.formula(row, AANBOD, supply + ref(supplyRow, YearRows.SUPPLY_REALISABLE), c.aanbod(), ha);
        out.formula(row, SALDO, ref(row, AANBOD) + "-" + ref(row, CUMULATIVE), c.saldo(), ha);
        out.formula(row, EXTRA, "MAX(0,-" + ref(row, SALDO) + ")", c.extraHa(), ha);
        Confrontation h = pr.confrontation(r, w, year, SupplyBasis.HARD);
        out.formula(row, HARD, supply + ref(supplyRow, YearRows.SUPPLY_DIRECT) + "+" + supply + ref(supplyRow, YearRows.SUPPLY_HARD),
                h.aanbod(), ha);
        out.formula(row, EXTRA_HARD, "MAX(0," + ref(row, CUMULATIVE) + "-" + ref(row, HARD) + ")", h.extraHa(), ha);
    }

    /** Every column of a total row as the sum of the given rows (1-based row numbers) of the same column. */
    private static void sums(SheetWriter out, int row, List<String> rows, double[] cached) {
        for (int col = EXPANSION; col <= EXTRA_HARD; col++) {
            List<String> refs = new ArrayList<>();
            for (String r : rows) {
                refs.add(SheetWriter.col(col) + r);
            }
            out.formula(row, col, SheetWriter.plus(refs), cached[col - EXPANSION], out.styles.hectaresTotal);
        }
    }

    /** The cached values of a total row: the sums over regions [r0, r1) and every werkmilieu. */
    private static double[] cachedTotal(Projection pr, int r0, int r1, int year) {
        double[] sum = new double[EXTRA_HARD - EXPANSION + 1];
        for (int r = r0; r < r1; r++) {
            for (int w = 0; w < W; w++) {
                for (int i = 0; i < VALUES.length; i++) {
                    sum[i] += pr.value(VALUES[i], r, w, year);
                }
                Confrontation c = pr.confrontation(r, w, year, SupplyBasis.REALISABLE);
                Confrontation h = pr.confrontation(r, w, year, SupplyBasis.HARD);
                sum[CUMULATIVE - EXPANSION] += c.vraag();
                sum[AANBOD - EXPANSION] += c.aanbod();
                sum[SALDO - EXPANSION] += c.saldo();
                sum[EXTRA - EXPANSION] += c.extraHa();
                sum[HARD - EXPANSION] += h.aanbod();
                sum[EXTRA_HARD - EXPANSION] += h.extraHa();
            }
        }
        return sum;
    }

    private static String ref(int row, int col) {
        return SheetWriter.ref(row, col);
    }

    private static void keys(SheetWriter out, int row, String code, String name, String werkmilieu, int year, boolean total) {
        var style = total ? out.styles.textBold : out.styles.text;
        out.text(row, 0, code, style);
        out.text(row, 1, name, style);
        out.text(row, 2, werkmilieu, style);
        out.number(row, 3, year, out.styles.integer);
    }
}
