package nl.ruimtevraag.report;

import nl.ruimtevraag.model.Werkmilieu;

/**
 * Where a region's, werkmilieu's and year's row sits on the two yearly sheets that link to each other.
 * Each sheet is an Excel table of the werkmilieu rows under its header row, then, after one empty row, a
 * header row and the totals outside the table: per region and year, then the sum of the regions per year.
 * {@link DemandYearSheet}: per region its werkmilieus, each a block of years (a period is a contiguous
 * range). {@link SupplySheet}: per region and year its werkmilieus.
 */
final class YearRows {
    /** the columns one sheet reads from the other */
    static final int SUPPLY_DIRECT = 4;
    static final int SUPPLY_HARD = 5;
    static final int SUPPLY_REALISABLE = 12;
    static final int DEMAND_CUMULATIVE = 13;
    private static final int W = Werkmilieu.COUNT;
    private static final int FIRST = 4;

    private YearRows() {
    }

    /** Vraag per jaar: region r, werkmilieu w, projected year index y. */
    static int demand(int r, int w, int y, int years) {
        return FIRST + (r * W + w) * years + y;
    }

    /** The header row of the totals under a sheet's table of {@code rows} werkmilieu rows. */
    static int totalsHeader(int regions, int years) {
        return FIRST + regions * W * years + 1;
    }

    /** Either sheet: region r's total in projected year index y ({@code r == regions}: the sum of the regions). */
    static int total(int r, int y, int regions, int years) {
        return totalsHeader(regions, years) + 1 + r * years + y;
    }

    /** Aanbod en knelpunten: region r, projected year index y, werkmilieu w. */
    static int supply(int r, int y, int w, int years) {
        return FIRST + (r * years + y) * W + w;
    }
}
