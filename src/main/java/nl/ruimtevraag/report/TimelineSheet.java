package nl.ruimtevraag.report;

import java.util.List;
import nl.ruimtevraag.engine.Measure;
import nl.ruimtevraag.engine.Projection;
import nl.ruimtevraag.engine.RegionTotal;
import nl.ruimtevraag.engine.ShortageTimeline;
import nl.ruimtevraag.engine.SupplyBasis;
import nl.ruimtevraag.model.Werkmilieu;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * The yearly timeline (method section 6): per region (then the nation) and projected year the
 * cumulative demand, hard supply and the extra hectares against it, what the constraints hold back,
 * realisable supply, saldo and the extra hectares needed, all at the end of the year, so a constraint
 * shows in its own year; links to the region totals of Vraag per jaar and Aanbod en knelpunten, so the
 * inputs on Invoer act through them. Below it, per region, the first year of shortage, the peak shortage and its
 * year, and the hectare-years unmet (a live SUM of the yearly column), against realisable and hard supply.
 */
final class TimelineSheet {
    static final int HEADER = 3;
    static final int YEAR = 2;
    static final int VRAAG = 3;
    static final int AANBOD_HARD = 4;
    static final int EXTRA_HARD = 5;
    static final int HELD = 6;
    static final int AANBOD = 7;
    static final int SALDO = 8;
    static final int EXTRA = 9;
    /** the year where the row has a shortage (else empty text): the first year of shortage is their MIN */
    static final int SHORTAGE_YEAR = 10;
    static final int SHORTAGE_YEAR_HARD = 11;

    private TimelineSheet() {
    }

    static void write(SheetWriter out, ReportContext ctx) {
        Projection pr = ctx.projection();
        int base = pr.horizon().baseYear();
        int end = pr.horizon().endYear();
        int years = pr.horizon().years();
        out.text(0, 0, ctx.label(Label.SHEET_TIMELINE), out.styles.title);
        out.text(1, 0, Label.NOTE_TIMELINE.format(ctx.language(), base), out.styles.note);
        List<String> header = List.of(ctx.label(Label.REGION_CODE), ctx.label(Label.REGION), ctx.label(Label.YEAR),
                ctx.label(Label.VRAAG_CUMULATIVE), ctx.label(Label.HARD_SUPPLY), ctx.label(Label.EXTRA_HA_HARD),
                ctx.label(Label.HELD_BY_CONSTRAINTS), ctx.label(Label.AANBOD), ctx.label(Label.SALDO),
                ctx.label(Label.EXTRA_HA_STRICT), ctx.label(Label.SHORTAGE_YEAR), ctx.label(Label.SHORTAGE_YEAR_HARD));
        out.header(HEADER, header);
        int row = HEADER + 1;
        int regions = pr.regionCount();
        int[] firstRow = new int[regions + 1];
        String yearly = SheetWriter.quoted(ctx.label(Label.SHEET_DEMAND_YEARLY)) + "!";
        String supply = SheetWriter.quoted(ctx.label(Label.SHEET_SUPPLY)) + "!";
        int lastData = 0;
        for (int r = 0; r <= regions; r++) {
            boolean national = r == regions;
            if (national) {
                // the sum of the regions, outside the table
                lastData = row - 1;
                row = out.totalsUnder(lastData, header);
            }
            firstRow[r] = row;
            var textStyle = national ? out.styles.textBold : out.styles.text;
            var numberStyle = national ? out.styles.hectaresTotal : out.styles.hectares;
            for (int year = base + 1; year <= end; year++) {
                int y = year - base - 1;
                RegionTotal t = national ? pr.nationalTotal(year, SupplyBasis.REALISABLE)
                        : pr.regionTotal(r, year, SupplyBasis.REALISABLE);
                RegionTotal h = national ? pr.nationalTotal(year, SupplyBasis.HARD) : pr.regionTotal(r, year, SupplyBasis.HARD);
                int total = national ? YearRows.total(regions, y, regions, years) : YearRows.total(r, y, regions, years);
                int supplyTotal = YearRows.total(r, y, regions, years);
                out.text(row, 0, national ? ctx.totalCode() : pr.regionCodes().get(r), textStyle);
                out.text(row, 1, national ? ctx.totalName() : pr.regionNames().get(r), textStyle);
                out.number(row, YEAR, year, out.styles.integer);
                out.formula(row, VRAAG, yearly + SheetWriter.ref(total, DemandYearSheet.CUMULATIVE), t.vraag(), numberStyle);
                out.formula(row, AANBOD_HARD, yearly + SheetWriter.ref(total, DemandYearSheet.HARD), h.aanbod(), numberStyle);
                out.formula(row, EXTRA_HARD, yearly + SheetWriter.ref(total, DemandYearSheet.EXTRA_HARD), h.extraHaStrict(),
                        numberStyle);
                out.formula(row, HELD, supply + SheetWriter.ref(supplyTotal, SupplySheet.GRID) + "+" + supply
                        + SheetWriter.ref(supplyTotal, SupplySheet.STIKSTOF) + "+" + supply
                        + SheetWriter.ref(supplyTotal, SupplySheet.WATER), held(pr, r, year), numberStyle);
                out.formula(row, AANBOD, yearly + SheetWriter.ref(total, DemandYearSheet.AANBOD), t.aanbod(), numberStyle);
                out.formula(row, SALDO, SheetWriter.ref(row, AANBOD) + "-" + SheetWriter.ref(row, VRAAG), t.saldoNetted(),
                        numberStyle);
                out.formula(row, EXTRA, yearly + SheetWriter.ref(total, DemandYearSheet.EXTRA), t.extraHaStrict(), numberStyle);
                shortageYear(out, row, SHORTAGE_YEAR, EXTRA, t.extraHaStrict() > 0, year);
                shortageYear(out, row, SHORTAGE_YEAR_HARD, EXTRA_HARD, h.extraHaStrict() > 0, year);
                row++;
            }
        }
        int lastRow = row - 1;
        out.widths(11, 24, 7, 13, 12, 14, 14, 14, 12, 14, 9, 9);
        out.excelTable(ctx.language() == Language.EN ? "TimelineTable" : "TijdlijnTabel", HEADER, YEAR + 1, lastData, SHORTAGE_YEAR_HARD);
        out.name("tijdlijn", HEADER, 0, lastRow, SHORTAGE_YEAR_HARD);

        // below the yearly table (beside it, it would widen the print and shrink every page), per region:
        // first year of shortage, peak and its year, hectare-years; realisable, then hard
        int title = lastRow + 2;
        out.pageBreakBefore(title);
        out.text(title, 0, ctx.label(Label.TITLE_TIMELINE_SUMMARY), out.styles.subtitle);
        int summaryHeader = title + 1;
        List<String> labels = List.of(ctx.label(Label.REGION_CODE), ctx.label(Label.FIRST_SHORTAGE_YEAR),
                ctx.label(Label.PEAK_SHORTAGE), ctx.label(Label.PEAK_YEAR), ctx.label(Label.HECTARE_YEARS),
                ctx.label(Label.FIRST_SHORTAGE_YEAR_HARD), ctx.label(Label.PEAK_SHORTAGE_HARD), ctx.label(Label.PEAK_YEAR_HARD),
                ctx.label(Label.HECTARE_YEARS_HARD));
        for (int i = 0; i < labels.size(); i++) {
            out.text(summaryHeader, i, labels.get(i), out.styles.header);
        }
        for (int r = 0; r <= regions; r++) {
            boolean national = r == regions;
            int at = summaryHeader + 1 + r;
            out.text(at, 0, national ? ctx.totalCode() : pr.regionCodes().get(r), national ? out.styles.textBold : out.styles.text);
            int from = firstRow[r];
            int to = from + years - 1;
            int col = 1;
            for (SupplyBasis basis : new SupplyBasis[] {SupplyBasis.REALISABLE, SupplyBasis.HARD}) {
                ShortageTimeline t = national ? pr.nationalShortageTimeline(basis) : pr.shortageTimeline(r, basis);
                int shortageCol = basis == SupplyBasis.HARD ? EXTRA_HARD : EXTRA;
                String range = SheetWriter.ref(from, shortageCol) + ":" + SheetWriter.ref(to, shortageCol);
                var style = national ? out.styles.hectaresTotal : out.styles.hectares;
                String yearRange = SheetWriter.ref(from, YEAR) + ":" + SheetWriter.ref(to, YEAR);
                int yearCol = basis == SupplyBasis.HARD ? SHORTAGE_YEAR_HARD : SHORTAGE_YEAR;
                String shortageYears = SheetWriter.ref(from, yearCol) + ":" + SheetWriter.ref(to, yearCol);
                // the first year of shortage: the smallest year in the column of years with a shortage
                out.formulaText(at, col, "IF(COUNT(" + shortageYears + ")=0,\"-\",MIN(" + shortageYears + "))",
                        t.hasShortage() ? null : "-", t.hasShortage() ? out.styles.integer : out.styles.text, t.firstYear());
                out.formula(at, col + 1, "MAX(" + range + ")", t.peak(), style);
                // the (first) year of the peak
                out.formulaText(at, col + 2, "IF(MAX(" + range + ")>0,INDEX(" + yearRange + ",MATCH(MAX(" + range + ")," + range
                        + ",0)),\"-\")", t.hasShortage() ? null : "-", t.hasShortage() ? out.styles.integer : out.styles.text,
                        t.peakYear());
                out.formula(at, col + 3, "SUM(" + range + ")", t.hectareYears(), style);
                col += 4;
            }
        }
    }

    /** The year of the row where its shortage column is above zero, else empty text (a live formula). */
    private static void shortageYear(SheetWriter out, int row, int col, int shortageCol, boolean shortage, int year) {
        out.formulaText(row, col, "IF(" + SheetWriter.ref(row, shortageCol) + ">0," + SheetWriter.ref(row, YEAR) + ",\"\")",
                shortage ? null : "", out.styles.integer, year);
    }

    /** Supply the constraints (netcongestie, stikstof, water) hold back at the end of a year, summed over werkmilieus. */
    private static double held(Projection pr, int r, int year) {
        double sum = 0;
        int r0 = r == pr.regionCount() ? 0 : r;
        int r1 = r == pr.regionCount() ? pr.regionCount() - 1 : r;
        for (int rr = r0; rr <= r1; rr++) {
            for (Werkmilieu w : Werkmilieu.values()) {
                sum += pr.value(Measure.HELD_GRID, rr, w.ordinal(), year) + pr.value(Measure.HELD_STIKSTOF, rr, w.ordinal(), year)
                        + pr.value(Measure.HELD_WATER, rr, w.ordinal(), year);
            }
        }
        return sum;
    }
}
