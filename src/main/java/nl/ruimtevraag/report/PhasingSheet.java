package nl.ruimtevraag.report;

import nl.ruimtevraag.engine.Measure;
import nl.ruimtevraag.engine.Projection;
import nl.ruimtevraag.model.Werkmilieu;

/**
 * Yearly series: national demand in the year, cumulative demand (a running-sum formula),
 * realisable supply and saldo; then per region cumulative demand and realisable supply, all linked to
 * Vraag per jaar so the inputs on Invoer act through them. Feeds the phasing chart.
 */
final class PhasingSheet {
    static final int HEADER = 3;
    static final int YEAR = 0;
    static final int DEMAND_YEAR = 1;
    static final int DEMAND_CUM = 2;
    static final int SUPPLY = 3;
    static final int SALDO = 4;
    static final int REGIONS = 5;

    /** First and last data row of the yearly series. */
    record Rows(int first, int last) {
    }

    private PhasingSheet() {
    }

    static Rows write(SheetWriter out, ReportContext ctx) {
        Projection pr = ctx.projection();
        int base = pr.horizon().baseYear();
        int end = pr.horizon().endYear();
        out.text(0, 0, ctx.label(Label.SHEET_PHASING), out.styles.title);
        out.text(1, 0, Label.NOTE_PHASING.format(ctx.language(), ctx.totalName()), out.styles.note);
        out.text(HEADER, YEAR, ctx.label(Label.YEAR), out.styles.header);
        out.text(HEADER, DEMAND_YEAR, ctx.totalCode() + ": " + ctx.label(Label.VRAAG_YEAR), out.styles.header);
        out.text(HEADER, DEMAND_CUM, ctx.totalCode() + ": " + ctx.label(Label.VRAAG_CUMULATIVE), out.styles.header);
        out.text(HEADER, SUPPLY, ctx.totalCode() + ": " + ctx.label(Label.AANBOD), out.styles.header);
        out.text(HEADER, SALDO, ctx.totalCode() + ": " + ctx.label(Label.SALDO), out.styles.header);
        for (int r = 0; r < pr.regionCount(); r++) {
            String code = pr.regionCodes().get(r);
            out.text(HEADER, REGIONS + 2 * r, code + ": " + ctx.label(Label.VRAAG_CUMULATIVE), out.styles.header);
            out.text(HEADER, REGIONS + 2 * r + 1, code + ": " + ctx.label(Label.AANBOD), out.styles.header);
        }
        out.height(HEADER, 45);
        int row = HEADER + 1;
        int years = pr.horizon().years();
        int regions = pr.regionCount();
        String yearly = SheetWriter.quoted(ctx.label(Label.SHEET_DEMAND_YEARLY)) + "!";
        double cumulative = 0;
        for (int year = base + 1; year <= end; year++) {
            int y = year - base - 1;
            double demand = 0;
            double supply = 0;
            for (int r = 0; r < regions; r++) {
                for (Werkmilieu w : Werkmilieu.values()) {
                    demand += pr.value(Measure.DEMAND, r, w.ordinal(), year);
                    supply += pr.value(Measure.SUPPLY_REALISABLE, r, w.ordinal(), year);
                }
            }
            cumulative += demand;
            int national = YearRows.total(regions, y, regions, years);
            out.number(row, YEAR, year, out.styles.integer);
            out.formula(row, DEMAND_YEAR, yearly + SheetWriter.ref(national, DemandYearSheet.DEMAND), demand, out.styles.hectares);
            String running = year == base + 1 ? SheetWriter.ref(row, DEMAND_YEAR)
                    : SheetWriter.ref(row - 1, DEMAND_CUM) + "+" + SheetWriter.ref(row, DEMAND_YEAR);
            out.formula(row, DEMAND_CUM, running, cumulative, out.styles.hectares);
            out.formula(row, SUPPLY, yearly + SheetWriter.ref(national, DemandYearSheet.AANBOD), supply, out.styles.hectares);
            out.formula(row, SALDO, SheetWriter.ref(row, SUPPLY) + "-" + SheetWriter.ref(row, DEMAND_CUM), supply - cumulative,
                    out.styles.hectares);
            for (int r = 0; r < regions; r++) {
                double d = 0;
                double s = 0;
                for (Werkmilieu w : Werkmilieu.values()) {
                    d += pr.upTo(Measure.DEMAND, r, w.ordinal(), year);
                    s += pr.value(Measure.SUPPLY_REALISABLE, r, w.ordinal(), year);
                }
                int total = YearRows.total(r, y, regions, years);
                out.formula(row, REGIONS + 2 * r, yearly + SheetWriter.ref(total, DemandYearSheet.CUMULATIVE), d,
                        out.styles.hectares);
                out.formula(row, REGIONS + 2 * r + 1, yearly + SheetWriter.ref(total, DemandYearSheet.AANBOD), s,
                        out.styles.hectares);
            }
            row++;
        }
        int lastCol = REGIONS + 2 * pr.regionCount() - 1;
        out.widths(8);
        out.widthOfColumns(1, lastCol, 14);
        int[] groups = new int[1 + pr.regionCount()];
        groups[0] = DEMAND_YEAR;
        for (int r = 0; r < pr.regionCount(); r++) {
            groups[1 + r] = REGIONS + 2 * r;
        }
        out.table(HEADER, 1, row - 1, lastCol, groups);
        out.name("fasering", HEADER, 0, row - 1, lastCol);
        return new Rows(HEADER + 1, row - 1);
    }
}
