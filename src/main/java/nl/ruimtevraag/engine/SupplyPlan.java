package nl.ruimtevraag.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.ruimtevraag.model.RegionData;
import nl.ruimtevraag.model.SupplyAddition;
import nl.ruimtevraag.model.SupplyItem;
import nl.ruimtevraag.model.SupplyKind;
import nl.ruimtevraag.model.Werkmilieu;

/**
 * Section 5, plan capacity: the data set's plans less those the scenario replaces, plus the scenario's
 * additions, as the hectares available by the end of each year.
 */
final class SupplyPlan implements Section<ProjectionInput.Supply> {
    private static final int W = Werkmilieu.COUNT;
    private static final int KINDS = SupplyKind.values().length;

    private final int years;
    /** [kind][r][w][y] the data set's hectares becoming available in year y, and available by its end */
    private final double[][][][] base;
    private final double[][][][] baseToDate;
    /** the rows that scenario additions change, each with its additions in scenario order */
    private final List<Row> rows;
    private final int zachtParam;

    private record Row(int kind, int region, int werkmilieu, List<int[]> additions) {
    }

    SupplyPlan(Planning p) {
        years = p.horizon.years();
        int n = p.regions();
        base = new double[KINDS][n][W][years];
        for (int r = 0; r < n; r++) {
            RegionData region = p.regions.get(r);
            for (SupplyItem item : region.supply()) {
                int y = Math.max(0, p.horizon.index(item.availableYear()));
                if (!replaced(p, region.code(), item.werkmilieu(), item.kind()) && y < years) {
                    base[item.kind().ordinal()][r][item.werkmilieu().ordinal()][y] += item.hectares().value();
                }
            }
        }
        baseToDate = new double[KINDS][n][W][years];
        for (int kind = 0; kind < KINDS; kind++) {
            for (int r = 0; r < n; r++) {
                for (int w = 0; w < W; w++) {
                    runningSum(base[kind][r][w], baseToDate[kind][r][w]);
                }
            }
        }
        Map<List<Integer>, Row> byRow = new LinkedHashMap<>();
        for (SupplyAddition a : p.scenario.supply().additions()) {
            int r = p.region(a.region());
            int y = Math.max(0, p.horizon.index(a.availableYear()));
            if (r >= 0 && y < years) {
                int kind = a.kind().ordinal();
                int w = a.werkmilieu().ordinal();
                byRow.computeIfAbsent(List.of(kind, r, w), key -> new Row(kind, r, w, new ArrayList<>()))
                        .additions().add(new int[] {p.of(a.hectares()), y});
            }
        }
        rows = List.copyOf(byRow.values());
        zachtParam = p.of(p.scenario.supply().zachtRealisation());
    }

    @Override
    public ProjectionInput.Supply resolve(double[] v, ProjectionInput.Supply reuse) {
        double[][][][] toDate = baseToDate;
        if (!rows.isEmpty()) {
            toDate = reuse != null ? new double[][][][] {reuse.direct(), reuse.hard(), reuse.zacht()} : copy(baseToDate);
            double[] perYear = new double[years];
            for (Row row : rows) {
                System.arraycopy(base[row.kind()][row.region()][row.werkmilieu()], 0, perYear, 0, years);
                for (int[] a : row.additions()) {
                    perYear[a[1]] += v[a[0]];
                }
                runningSum(perYear, toDate[row.kind()][row.region()][row.werkmilieu()]);
            }
        }
        return new ProjectionInput.Supply(toDate[SupplyKind.DIRECT.ordinal()], toDate[SupplyKind.HARD.ordinal()],
                toDate[SupplyKind.ZACHT.ordinal()], v[zachtParam]);
    }

    private static void runningSum(double[] perYear, double[] toDate) {
        double sum = 0;
        for (int y = 0; y < perYear.length; y++) {
            sum += perYear[y];
            toDate[y] = sum;
        }
    }

    private static double[][][][] copy(double[][][][] a) {
        double[][][][] c = new double[a.length][a[0].length][W][];
        for (int kind = 0; kind < a.length; kind++) {
            for (int r = 0; r < a[kind].length; r++) {
                for (int w = 0; w < W; w++) {
                    c[kind][r][w] = a[kind][r][w].clone();
                }
            }
        }
        return c;
    }

    private static boolean replaced(Planning p, String code, Werkmilieu w, SupplyKind kind) {
        for (SupplyAddition a : p.scenario.supply().additions()) {
            if (a.replace() && a.region().equals(code) && a.werkmilieu() == w && a.kind() == kind) {
                return true;
            }
        }
        return false;
    }
}
