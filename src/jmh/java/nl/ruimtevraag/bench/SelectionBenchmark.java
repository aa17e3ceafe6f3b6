package nl.ruimtevraag.bench;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import nl.ruimtevraag.uncertainty.OrderStatistics;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The reduction's unit of work: the P10, P50 and P90 of one cell's draws (the Monte Carlo selects
 * them for about 19 outputs per region and period end), by {@link OrderStatistics#select} and, for
 * comparison, by sorting a copy. The draws are a skewed mix like the saldo of a cell: a normal body
 * with a heavier right tail. One thread.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class SelectionBenchmark {
    @Param({"10000"})
    public int draws;

    private double[] values;
    private int[] ranks;
    private final double[] out = new double[3];
    private final OrderStatistics.Workspace workspace = new OrderStatistics.Workspace();

    @Setup(Level.Trial)
    public void setUp() {
        Random random = new Random(20251);
        values = new double[draws];
        for (int i = 0; i < draws; i++) {
            double body = 120 + 35 * random.nextGaussian();
            values[i] = random.nextDouble() < 0.1 ? body + 200 * random.nextDouble() : body;
        }
        ranks = OrderStatistics.ranks(List.of(10.0, 50.0, 90.0), draws);
    }

    @Benchmark
    public double[] select() {
        OrderStatistics.select(values, draws, ranks, out, workspace);
        return out;
    }

    @Benchmark
    public double[] sortCopy() {
        double[] copy = Arrays.copyOf(values, draws);
        Arrays.sort(copy);
        for (int i = 0; i < ranks.length; i++) {
            out[i] = copy[ranks[i] - 1];
        }
        return out;
    }
}
