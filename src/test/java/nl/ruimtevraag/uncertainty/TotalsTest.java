package nl.ruimtevraag.uncertainty;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import nl.ruimtevraag.engine.InputPlan;
import nl.ruimtevraag.engine.InputResolver;
import nl.ruimtevraag.engine.PeriodEndResult;
import nl.ruimtevraag.engine.Projector;
import nl.ruimtevraag.model.RegionalData;
import nl.ruimtevraag.model.Scenario;
import org.junit.jupiter.api.Test;

/** {@link Totals#national} is {@link nl.ruimtevraag.engine.Formulas#sumOfRegions} of the region totals, exactly. */
class TotalsTest {
    @Test
    void nationalTotalsEqualTheEnginesFormulasExactly() {
        RegionalData data = Cases.data();
        Scenario scenario = Cases.uncertain().build();
        InputPlan plan = InputResolver.plan(scenario, data);
        ParameterDraws draws = new ParameterDraws(scenario, plan, 11);
        double[] values = new double[plan.params().size()];
        double[] totals = new double[TotalOutput.values().length];
        for (int d = 0; d < 200; d++) {
            draws.fill(d, values);
            PeriodEndResult out = Projector.projectPeriodEnds(plan.resolve(values));
            for (int p = 0; p < out.periods(); p++) {
                Totals.national(out, p, totals);
                assertArrayEquals(TotalOutput.all(out.nationalTotal(p)), totals, 0.0, "draw " + d + " period " + p);
            }
        }
    }
}
