package nl.ruimtevraag.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import nl.ruimtevraag.data.DataSetLoader;
import nl.ruimtevraag.data.SyntheticDataSet;
import nl.ruimtevraag.engine.InputPlan;
import nl.ruimtevraag.engine.InputResolver;
import nl.ruimtevraag.engine.PeriodEndResult;
import nl.ruimtevraag.engine.Projection;
import nl.ruimtevraag.engine.Projector;
import nl.ruimtevraag.engine.ProjectionInput;
import nl.ruimtevraag.model.RegionalData;
import nl.ruimtevraag.model.Scenario;
import nl.ruimtevraag.uncertainty.ParameterDraws;
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
 * The engine core per draw on a synthetic data set: resolving a value vector into the plan's
 * input, the fast period-end path, and the full per-year projection for comparison. One thread.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class EngineBenchmark {
    @Param({"342"})
    public int regions;

    private InputPlan plan;
    private ParameterDraws draws;
    private double[] values;
    private InputPlan.Scratch scratch;
    private final Projector.Workspace workspace = new Projector.Workspace();
    private PeriodEndResult out;
    private ProjectionInput input;
    private long draw;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        Path dir = Files.createTempDirectory("synth");
        SyntheticDataSet.write(regions, 1, dir);
        RegionalData data = DataSetLoader.load(dir);
        Scenario scenario = BenchScenario.build(data);
        plan = InputResolver.plan(scenario, data);
        draws = new ParameterDraws(scenario, plan, 20251);
        values = draws.central();
        out = new PeriodEndResult(plan.horizon(), plan.regions());
        input = plan.resolve(values);
        scratch = plan.scratch();
    }

    /** One whole draw: sample, resolve, fast path. */
    @Benchmark
    public PeriodEndResult drawFastPath() {
        draws.fill(draw++, values);
        Projector.projectPeriodEnds(scratch.resolve(values), out, workspace);
        return out;
    }

    /** The kernel alone on a fixed input. */
    @Benchmark
    public PeriodEndResult kernelPeriodEnds() {
        Projector.projectPeriodEnds(input, out, workspace);
        return out;
    }

    /** The full per-year projection of the same input (what the workbook needs, once). */
    @Benchmark
    public Projection fullProjection() {
        return Projector.project(input);
    }
}
