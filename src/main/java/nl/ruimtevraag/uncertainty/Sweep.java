package nl.ruimtevraag.uncertainty;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.IntFunction;
import nl.ruimtevraag.engine.InputPlan;
import nl.ruimtevraag.engine.InputResolver;
import nl.ruimtevraag.engine.ParamSource;
import nl.ruimtevraag.engine.PeriodEndResult;
import nl.ruimtevraag.engine.Projector;
import nl.ruimtevraag.engine.RegionTotal;
import nl.ruimtevraag.model.RegionalData;
import nl.ruimtevraag.model.Scenario;

/**
 * Computes a {@link SweepResult}: every variant of a sweep planned on the same data set and projected
 * at central values with the engine's period-end fast path, in parallel, keeping the national totals
 * per period end. Each variant's results are stored by its index, so the result does not depend on
 * the number of threads.
 */
public final class Sweep {
    private static final int CHUNK = 16;

    private Sweep() {
    }

    /**
     * @param variants the number of variants
     * @param variant the scenario of variant i, or empty when it could not be loaded (it is then not
     *        projected); called once per variant from the worker threads, so it must be thread-safe.
     *        Variants are produced on demand so that a large grid is never held in memory at once.
     * @param threads threads for the variants; the result does not depend on it
     */
    @SuppressWarnings("unchecked")
    public static SweepResult project(int variants, IntFunction<Optional<Scenario>> variant, RegionalData data,
                                      int threads) {
        double[][][] results = new double[variants][][];
        int[][] ends = new int[variants][];
        List<?>[] regions = new List<?>[variants];
        java.util.concurrent.ConcurrentHashMap<List<String>, List<String>> regionSets = new java.util.concurrent.ConcurrentHashMap<>();
        ParallelChunks.run("sweep", variants, CHUNK, threads, () -> null, (w, i) -> {
            Optional<Scenario> s = variant.apply(i);
            if (s.isEmpty()) {
                return;
            }
            InputPlan plan = InputResolver.plan(s.get(), data);
            PeriodEndResult out = new PeriodEndResult(plan.horizon(), plan.regions());
            Projector.projectPeriodEnds(plan.resolve(ParamSource.central()), out, new Projector.Workspace());
            List<String> codes = List.copyOf(plan.regionCodes());
            regions[i] = regionSets.computeIfAbsent(codes, k -> k); // one list per distinct selection
            ends[i] = new int[out.periods()];
            results[i] = new double[out.periods()][];
            for (int p = 0; p < out.periods(); p++) {
                ends[i][p] = out.endYear(p);
                results[i][p] = TotalOutput.all(out.nationalTotal(p));
            }
        });

        TreeSet<Integer> endSet = new TreeSet<>();
        for (int[] e : ends) {
            if (e != null) {
                for (int y : e) {
                    endSet.add(y);
                }
            }
        }
        List<Integer> periodEnds = new ArrayList<>(endSet);
        double[][][] table = new double[variants][periodEnds.size()][];
        boolean[] projected = new boolean[variants];
        List<String> first = null;
        boolean same = true;
        for (int i = 0; i < variants; i++) {
            if (regions[i] != null) {
                first = first == null ? (List<String>) regions[i] : first;
                same &= regions[i].equals(first);
            }
        }
        List<String> shared = same && first != null ? first : null;
        boolean national = shared != null && shared.size() == data.regions().size();
        for (int i = 0; i < variants; i++) {
            for (int p = 0; p < periodEnds.size(); p++) {
                table[i][p] = new double[TotalOutput.values().length];
                Arrays.fill(table[i][p], Double.NaN);
            }
            if (ends[i] == null) {
                continue;
            }
            projected[i] = true;
            for (int p = 0; p < ends[i].length; p++) {
                table[i][periodEnds.indexOf(ends[i][p])] = results[i][p];
            }
        }
        return new SweepResult(periodEnds, table, projected, shared, national);
    }
}
