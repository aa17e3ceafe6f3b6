package nl.ruimtevraag.uncertainty;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nl.ruimtevraag.engine.InputPlan;
import nl.ruimtevraag.engine.InputResolver;
import nl.ruimtevraag.engine.PeriodEndResult;
import nl.ruimtevraag.model.RegionalData;
import nl.ruimtevraag.model.Scenario;

/**
 * One-at-a-time sensitivity (tornado): each uncertain parameter swings between its
 * {@link nl.ruimtevraag.model.Param#low()} and {@link nl.ruimtevraag.model.Param#high()} with every
 * other parameter at its central value; the target is the strict extra hectares (sum of the
 * per-werkmilieu shortages) at a period end (default the last), nationally or for one region. The
 * value vectors run through the Monte Carlo's per-draw loop ({@link MonteCarloRunner#eachDraw}).
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
        int periods = new PeriodEndResult(plan.horizon(), 0).periods();
        if (period >= periods) {
            throw new IllegalArgumentException("no period " + period);
        }
        int p = period < 0 ? periods - 1 : period;
        List<UncertainParameter> uncertain = draws.uncertain();
        double[] central = draws.central();
        // vector 0: every parameter central; 2u + 1 and 2u + 2: uncertain parameter u at its low and high
        double[] target = new double[1 + 2 * uncertain.size()];
        MonteCarloRunner.eachDraw(plan, target.length, Runtime.getRuntime().availableProcessors(), (values, i) -> {
            System.arraycopy(central, 0, values, 0, central.length);
            int u = (i - 1) / 2;
            if (i > 0 && draws.slot(u) >= 0) {
                values[draws.slot(u)] = i % 2 == 1 ? uncertain.get(u).param().low() : uncertain.get(u).param().high();
            }
        }, () -> (i, out) -> target[i] = r < 0 ? out.nationalTotal(p).extraHaStrict() : out.regionTotal(r, p).extraHaStrict(),
                ProgressListener.NONE);
        List<TornadoBar> bars = new ArrayList<>();
        for (int u = 0; u < uncertain.size(); u++) {
            UncertainParameter q = uncertain.get(u);
            bars.add(new TornadoBar(q, q.param().low(), q.param().high(), target[2 * u + 1], target[2 * u + 2]));
        }
        bars.sort(Comparator.comparingDouble(TornadoBar::swing).reversed());
        return new Tornado(plan.scenarioName(), code, new PeriodEndResult(plan.horizon(), 0).endYear(p), target[0], bars);
    }
}
