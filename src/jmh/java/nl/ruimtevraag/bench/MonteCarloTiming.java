package nl.ruimtevraag.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import nl.ruimtevraag.data.DataSetLoader;
import nl.ruimtevraag.data.SyntheticDataSet;
import nl.ruimtevraag.model.RegionalData;
import nl.ruimtevraag.model.Scenario;
import nl.ruimtevraag.uncertainty.MonteCarloResult;
import nl.ruimtevraag.uncertainty.MonteCarloRunner;
import nl.ruimtevraag.uncertainty.MonteCarloSettings;
import nl.ruimtevraag.uncertainty.ProgressListener;
import nl.ruimtevraag.uncertainty.TotalOutput;

/**
 * In-process timing of a whole Monte Carlo run: synthetic data written and loaded, the scenario
 * planned, N draws, percentiles. Prints wall time and the process's CPU time per run.
 * usage: MonteCarloTiming [REGIONS=342] [DRAWS=10000] [RUNS=5] [THREADS=cores] [SCENARIO.yaml]
 * (without a scenario file: {@link BenchScenario}, the same model in code)
 */
public final class MonteCarloTiming {
    private MonteCarloTiming() {
    }

    public static void main(String[] args) throws Exception {
        int regions = args.length > 0 ? Integer.parseInt(args[0]) : 342;
        int draws = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        int threads = args.length > 3 ? Integer.parseInt(args[3]) : Runtime.getRuntime().availableProcessors();
        Path dir = Files.createTempDirectory("synth");
        long t0 = System.nanoTime();
        SyntheticDataSet.write(regions, 1, dir);
        RegionalData data = DataSetLoader.load(dir);
        Scenario scenario = BenchScenario.build(data);
        if (args.length > 4) {
            var loaded = new nl.ruimtevraag.scenario.ScenarioLoader(data.codes()).load(Path.of(args[4]));
            if (!loaded.ok()) {
                throw new IllegalArgumentException(loaded.report());
            }
            scenario = loaded.scenario();
        }
        var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        System.out.printf(Locale.ROOT, "data synth + load: %.3f s%n", (System.nanoTime() - t0) / 1e9);
        MonteCarloSettings settings = new MonteCarloSettings(draws, 20251, MonteCarloSettings.DEFAULT_PERCENTILES, threads);
        for (int run = 0; run < runs; run++) {
            long t = System.nanoTime();
            long cpu = os.getProcessCpuTime();
            MonteCarloResult m = MonteCarloRunner.run(scenario, data, settings, ProgressListener.NONE);
            double s = (System.nanoTime() - t) / 1e9;
            double cpuS = (os.getProcessCpuTime() - cpu) / 1e9;
            Runtime rt = Runtime.getRuntime();
            System.out.printf(Locale.ROOT,
                    "run %d: %d regions x %d draws on %d threads: %.3f s (process cpu %.3f s); national P10/P50/P90 extra ha (strict) 2050 = %.0f / %.0f / %.0f; heap used %d MB%n",
                    run + 1, regions, draws, threads, s, cpuS, m.nationalPercentile(TotalOutput.EXTRA_HA_STRICT, 2, 10),
                    m.nationalPercentile(TotalOutput.EXTRA_HA_STRICT, 2, 50),
                    m.nationalPercentile(TotalOutput.EXTRA_HA_STRICT, 2, 90),
                    (rt.totalMemory() - rt.freeMemory()) >> 20);
        }
    }
}
