package nl.ruimtevraag.report;

import java.util.ArrayList;
import java.util.List;
import nl.ruimtevraag.engine.Confrontation;
import nl.ruimtevraag.engine.Projection;
import nl.ruimtevraag.engine.RegionTotal;
import nl.ruimtevraag.engine.SupplyBasis;
import nl.ruimtevraag.model.Period;
import nl.ruimtevraag.model.Werkmilieu;

/**
 * Region x werkmilieu x period (an Excel table; the totals per region and period and of the regions under
 * it, outside the table): cumulative demand against realisable supply, and beside it against hard supply alone (direct + hard before constraints; method section 6). Saldo, extra ha and every
 * total are live formulas; demand links to the cumulative demand on Vraag per jaar, supply to Aanbod en
 * knelpunten at the period's end, so the inputs on Invoer act through them.
 */
final class ConfrontationSheet {
    static final int HEADER = 3;
    static final int VRAAG = 5;
    static final int AANBOD = 6;
    static final int SALDO = 7;
    static final int EXTRA = 8;
    static final int NETTED = 9;
    /** the hard-only confrontation: direct + hard supply before constraints, its saldo and extra ha */
    static final int AANBOD_HARD = 10;
    static final int SALDO_HARD = 11;
    static final int EXTRA_HARD = 12;

    /** Row of each region's total per period ([r][p]) and of the national total per period. */
    record Rows(int[][] regionTotal, int[] national) {
    }

    private ConfrontationSheet() {
    }

    static Rows write(SheetWriter out, ReportContext ctx) {
        Projection pr = ctx.projection();
        Language lang = ctx.language();
        List<Period> periods = pr.periods();
        out.text(0, 0, ctx.label(Label.SHEET_CONFRONTATION), out.styles.title);
        out.text(1, 0, Label.NOTE_CONFRONTATION.format(lang, pr.horizon().baseYear()), out.styles.note);
        List<String> header = List.of(ctx.label(Label.REGION_CODE), ctx.label(Label.REGION), ctx.label(Label.WERKMILIEU),
                ctx.label(Label.PERIOD), ctx.label(Label.UP_TO), ctx.label(Label.VRAAG_CUM), ctx.label(Label.AANBOD_CUM),
                ctx.label(Label.SALDO), ctx.label(Label.EXTRA_HA), ctx.label(Label.EXTRA_HA_NETTED),
                ctx.label(Label.HARD_SUPPLY_CUM), ctx.label(Label.SALDO_HARD), ctx.label(Label.EXTRA_HA_HARD));
        out.header(HEADER, header);
        int[][] firsts = new int[pr.regionCount()][periods.size()];
        int[][] totals = new int[pr.regionCount()][periods.size()];
        String yearly = SheetWriter.quoted(ctx.label(Label.SHEET_DEMAND_YEARLY)) + "!";
        String supply = SheetWriter.quoted(ctx.label(Label.SHEET_SUPPLY)) + "!";
        int years = pr.horizon().years();
        int row = HEADER + 1;
        for (int r = 0; r < pr.regionCount(); r++) {
            for (int p = 0; p < periods.size(); p++) {
                Period period = periods.get(p);
                firsts[r][p] = row;
                for (Werkmilieu w : Werkmilieu.values()) {
                    keys(out, row, pr, r, Label.werkmilieu(w, lang), period, false);
                    Confrontation c = pr.confrontation(r, w.ordinal(), period);
                    int y = pr.horizon().index(period.end());
                    int yearlyRow = YearRows.demand(r, w.ordinal(), y, years);
                    out.formula(row, VRAAG, yearly + SheetWriter.ref(yearlyRow, DemandYearSheet.CUMULATIVE), c.vraag(),
                            out.styles.hectares);
                    out.formula(row, AANBOD, supply + SheetWriter.ref(YearRows.supply(r, y, w.ordinal(), years),
                            SupplySheet.REALISABLE), c.aanbod(), out.styles.hectares);
                    saldoAndExtra(out, row, c.saldo(), c.extraHa());
                    Confrontation h = pr.confrontation(r, w.ordinal(), period, SupplyBasis.HARD);
                    out.formula(row, AANBOD_HARD, yearly + SheetWriter.ref(yearlyRow, DemandYearSheet.HARD), h.aanbod(),
                            out.styles.hectares);
                    out.formula(row, SALDO_HARD, SheetWriter.ref(row, AANBOD_HARD) + "-" + SheetWriter.ref(row, VRAAG), h.saldo(),
                            out.styles.hectares);
                    out.formula(row, EXTRA_HARD, "MAX(0,-" + SheetWriter.ref(row, SALDO_HARD) + ")", h.extraHa(),
                            out.styles.hectares);
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
                int last = first + Werkmilieu.COUNT - 1;
                RegionTotal t = pr.regionTotal(r, period);
                keys(out, row, pr, r, ctx.label(Label.TOTAL), period, true);
                var bold = out.styles.hectaresTotal;
                for (int col : new int[] {VRAAG, AANBOD, SALDO, EXTRA}) {
                    double cached = switch (col) {
                        case VRAAG -> t.vraag();
                        case AANBOD -> t.aanbod();
                        case SALDO -> t.saldoNetted();
                        default -> t.extraHaStrict();
                    };
                    out.formula(row, col, "SUM(" + SheetWriter.ref(first, col) + ":" + SheetWriter.ref(last, col) + ")",
                            cached, bold);
                }
                out.formula(row, NETTED, "MAX(0,-" + SheetWriter.ref(row, SALDO) + ")", t.extraHaNetted(), bold);
                RegionTotal h = pr.regionTotal(r, period, SupplyBasis.HARD);
                double[] hardCached = {h.aanbod(), h.saldoNetted(), h.extraHaStrict()};
                for (int col = AANBOD_HARD; col <= EXTRA_HARD; col++) {
                    out.formula(row, col, "SUM(" + SheetWriter.ref(first, col) + ":" + SheetWriter.ref(last, col) + ")",
                            hardCached[col - AANBOD_HARD], bold);
                }
                totals[r][p] = row;
                row++;
            }
        }
        int[] national = new int[periods.size()];
        for (int p = 0; p < periods.size(); p++) {
            Period period = periods.get(p);
            RegionTotal t = pr.nationalTotal(period);
            out.nationalKeys(row, ctx, period);
            out.number(row, 4, period.end(), out.styles.integer);
            RegionTotal h = pr.nationalTotal(period, SupplyBasis.HARD);
            double[] cached = {t.vraag(), t.aanbod(), t.saldoNetted(), t.extraHaStrict(), t.extraHaNetted(), h.aanbod(),
                h.saldoNetted(), h.extraHaStrict()};
            for (int col = VRAAG; col <= EXTRA_HARD; col++) {
                List<String> refs = new ArrayList<>();
                for (int r = 0; r < pr.regionCount(); r++) {
                    refs.add(SheetWriter.ref(totals[r][p], col));
                }
                out.formula(row, col, SheetWriter.plus(refs), cached[col - VRAAG], out.styles.hectaresTotal);
            }
            national[p] = row;
            row++;
        }
        out.widths(10, 18, 12, 10, 9, 12, 14, 11, 12, 13, 13, 12, 14);
        out.excelTable(lang == Language.EN ? "DemandVsSupplyTable" : "ConfrontatieTabel", HEADER, 4, lastData, EXTRA_HARD);
        out.markShortages(HEADER + 1, row - 1, EXTRA);
        out.markShortages(HEADER + 1, row - 1, NETTED);
        out.markShortages(HEADER + 1, row - 1, EXTRA_HARD);
        out.name("confrontatie", HEADER, 0, row - 1, EXTRA_HARD);
        return new Rows(totals, national);
    }

    private static void saldoAndExtra(SheetWriter out, int row, double saldo, double extra) {
        out.formula(row, SALDO, SheetWriter.ref(row, AANBOD) + "-" + SheetWriter.ref(row, VRAAG), saldo, out.styles.hectares);
        out.formula(row, EXTRA, "MAX(0,-" + SheetWriter.ref(row, SALDO) + ")", extra, out.styles.hectares);
    }

    static void keys(SheetWriter out, int row, Projection pr, int r, String werkmilieu, Period period, boolean total) {
        var style = total ? out.styles.textBold : out.styles.text;
        out.text(row, 0, pr.regionCodes().get(r), style);
        out.text(row, 1, pr.regionNames().get(r), style);
        out.text(row, 2, werkmilieu, style);
        out.text(row, 3, period.label(), style);
        out.number(row, 4, period.end(), out.styles.integer);
    }
}
