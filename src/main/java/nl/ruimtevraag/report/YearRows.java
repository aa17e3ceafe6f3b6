package nl.ruimtevraag.report;

import nl.ruimtevraag.model.Werkmilieu;

/**
 * Where a region's, werkmilieu's and year's row sits on the two yearly sheets that link to each other:
 * {@link DemandYearSheet} (per region its werkmilieus, each a block of years, then the region's total per
 * year, then the sum of the regions) and {@link SupplySheet} (per region and year its werkmilieus and
 * their total, then the sum of the regions per year). Both start under their header row.
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

    /** Vraag per jaar: region r, werkmilieu w ({@code w == COUNT}: the region's total), projected year index y. */
    static int demand(int r, int w, int y, int years) {
        return FIRST + r * (W + 1) * years + w * years + y;
    }

    /** Vraag per jaar: the sum of the regions in projected year index y. */
    static int demandNational(int regions, int y, int years) {
        return demand(regions, 0, y, years);
    }

    /** Aanbod en knelpunten: region r, projected year index y, werkmilieu w ({@code w == COUNT}: the region's total). */
    static int supply(int r, int y, int w, int years) {
        return FIRST + (r * years + y) * (W + 1) + w;
    }

    /** Aanbod en knelpunten: the sum of the regions in projected year index y. */
    static int supplyNational(int regions, int y, int years) {
        return supply(regions, 0, 0, years) + y;
    }
}
