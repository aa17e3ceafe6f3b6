package nl.ruimtevraag.uncertainty;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nl.ruimtevraag.engine.InputPlan;
import nl.ruimtevraag.engine.InputResolver;
import nl.ruimtevraag.engine.PeriodEndResult;
import nl.ruimtevraag.engine.Projector;
import nl.ruimtevraag.model.RegionalData;
import nl.ruimtevraag.model.Scenario;

/**
 * One-at-a-time sensitivity (tornado): each uncertain parameter swings between its
 * {@link nl.ruimtevraag.model.Param#low()} and {@link nl.ruimtevraag.model.Param#high()} with every
 * other parameter at its central value; the target is the strict extra hectares (sum of the
 * per-werkmilieu shortages) at a period end (default the last), nationally or for one region.
 */
public final class Sensitivity {
    private Sensitivity() {
    }

    /** At the last period end. @param region a region code, or null / "" for the national total */
    public static Tornado tornado(Scenario scenario, RegionalData data, String region) {
        return tornado(scenario, data, region, -1);
    }

    /**
     * @param region a region code, or null / "" for the national total
     * @param period index of the period whose end is the target, or -1 for the last
     */
    public static Tornado tornado(Scenario scenario, RegionalData data, String region, int period) {
        InputPlan plan = InputResolver.plan(scenario, data);
        ParameterDraws draws = new ParameterDraws(scenario, plan, 0);
        String code = region == null ? "" : region;
        int r = code.isEmpty() ? -1 : plan.regionCodes().indexOf(code);
        if (!code.isEmpty() && r < 0) {
            throw new IllegalArgumentException("region " + code + " is not in the scenario's selection");
        }
        Evaluator eval = new Evaluator(plan, r, period);
        double[] central = draws.central();
        double base = eval.target(central);
        List<TornadoBar> bars = new ArrayList<>();
        for (int u = 0; u < draws.uncertain().size(); u++) {
            UncertainParameter p = draws.uncertain().get(u);
            double lo = p.param().low();
            double hi = p.param().high();
            int slot = draws.slot(u);
            double atLow = base;
            double atHigh = base;
            if (slot >= 0) {
                double[] v = central.clone();
                v[slot] = lo;
                atLow = eval.target(v);
                v[slot] = hi;
                atHigh = eval.target(v);
            }
            bars.add(new TornadoBar(p, lo, hi, atLow, atHigh));
        }
        bars.sort(Comparator.comparingDouble(TornadoBar::swing).reversed());
        return new Tornado(plan.scenarioName(), code, eval.out.endYear(eval.period()), base, bars);
    }

    /** The target of one value vector, on the fast path. */
    private static final class Evaluator {
        final InputPlan plan;
        final int region;
        final int requestedPeriod;
        final PeriodEndResult out;
        final Projector.Workspace workspace = new Projector.Workspace();
        final InputPlan.Scratch scratch;

        Evaluator(InputPlan plan, int region, int period) {
            this.plan = plan;
            this.region = region;
            this.requestedPeriod = period;
            this.scratch = plan.scratch();
            this.out = new PeriodEndResult(plan.horizon(), plan.regions());
            if (period >= out.periods()) {
                throw new IllegalArgumentException("no period " + period);
            }
        }

        int period() {
            return requestedPeriod < 0 ? out.periods() - 1 : requestedPeriod;
        }

        double target(double[] values) {
            Projector.projectPeriodEnds(scratch.resolve(values), out, workspace);
            int p = period();
            return region < 0 ? out.nationalTotal(p).extraHaStrict() : out.regionTotal(region, p).extraHaStrict();
        }
    }
}
