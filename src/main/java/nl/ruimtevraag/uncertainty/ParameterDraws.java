package nl.ruimtevraag.uncertainty;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import nl.ruimtevraag.engine.InputPlan;
import nl.ruimtevraag.engine.ParamSource;
import nl.ruimtevraag.model.Param;
import nl.ruimtevraag.model.Scenario;

/**
 * The value vectors of a plan's parameters ({@link InputPlan#params()} order): the central vector,
 * and for each draw the central vector with every uncertain parameter replaced by its sampled
 * value. Immutable; {@link #fill} writes into the caller's array, so one instance serves all threads.
 */
public final class ParameterDraws {
    private final List<UncertainParameter> uncertain;
    private final double[] central;
    /** per uncertain parameter: its index in the plan's vector, or -1 when no number depends on it */
    private final int[] slot;
    private final long[] key;
    private final DoubleUnaryOperator[] quantile;
    private final Sampler sampler;

    public ParameterDraws(Scenario scenario, InputPlan plan, long seed) {
        this.uncertain = ParameterPaths.uncertain(scenario);
        this.central = plan.values(ParamSource.central());
        this.sampler = new Sampler(seed);
        IdentityHashMap<Param, Integer> index = new IdentityHashMap<>();
        List<Param> params = plan.params();
        for (int i = 0; i < params.size(); i++) {
            index.put(params.get(i), i);
        }
        IdentityHashMap<Param, Boolean> named = new IdentityHashMap<>();
        int n = uncertain.size();
        slot = new int[n];
        key = new long[n];
        quantile = new DoubleUnaryOperator[n];
        for (int u = 0; u < n; u++) {
            UncertainParameter p = uncertain.get(u);
            named.put(p.param(), Boolean.TRUE);
            slot[u] = index.getOrDefault(p.param(), -1);
            key[u] = Sampler.key(p.path());
            quantile[u] = Sampler.quantile(p.param());
        }
        for (Param p : params) {
            if (p.uncertain() && !named.containsKey(p)) {
                throw new IllegalStateException("an uncertain parameter has no path: " + p);
            }
        }
    }

    public List<UncertainParameter> uncertain() {
        return uncertain;
    }

    /** A copy of the central vector. */
    public double[] central() {
        return central.clone();
    }

    /** Index of an uncertain parameter in the plan's vector, or -1 when it changes no number. */
    public int slot(int uncertainIndex) {
        return slot[uncertainIndex];
    }

    /** The value of uncertain parameter u in a draw. */
    public double value(int u, long draw) {
        return quantile[u].applyAsDouble(sampler.uniform(key[u], draw));
    }

    /** Writes the value vector of one draw into {@code values} (length of the plan's vector). */
    public void fill(long draw, double[] values) {
        System.arraycopy(central, 0, values, 0, central.length);
        for (int u = 0; u < slot.length; u++) {
            if (slot[u] >= 0) {
                values[slot[u]] = value(u, draw);
            }
        }
    }
}
