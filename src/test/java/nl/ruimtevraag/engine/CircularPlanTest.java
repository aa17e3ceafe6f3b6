package nl.ruimtevraag.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import nl.ruimtevraag.DataBuilder;
import nl.ruimtevraag.ScenarioBuilder;
import nl.ruimtevraag.model.Origin;
import nl.ruimtevraag.model.Param;
import nl.ruimtevraag.model.RegionalData;
import nl.ruimtevraag.model.Werkmilieu;
import org.junit.jupiter.api.Test;

/**
 * CE intensity κ is normalised over the data set (sum L0 κ' = sum L0), once when planned if no κ is
 * uncertain, else on every resolve: A 100 ha at κ 1.5, B 300 ha at κ 1 give the factor 400 / 450.
 */
class CircularPlanTest {
    private static final Param KAPPA_A = new Param.Uniform(0.5, 1.5, Origin.BUILT_IN);

    private static RegionalData data() {
        DataBuilder data = new DataBuilder();
        data.region("A").stock(Werkmilieu.ZWAAR, 100).param(InputResolver.CE_INTENSITY, 1);
        data.region("B").stock(Werkmilieu.ZWAAR, 300).param(InputResolver.CE_INTENSITY, 1);
        return data.build();
    }

    private static double[] kappa(Param kappaA) {
        ScenarioBuilder s = new ScenarioBuilder();
        s.ceShare = new Param.Uniform(0.05, 0.15, Origin.BUILT_IN);
        s.intensity.put("A", kappaA);
        InputPlan plan = InputResolver.plan(s.build(), data());
        return plan.resolve(p -> p.equals(KAPPA_A) ? 1.5 : p.high()).circular().kappa();
    }

    @Test
    void uncertainKappaIsNormalisedPerDraw() {
        double[] kappa = kappa(KAPPA_A);
        assertEquals(1.5 * 400 / 450, kappa[0], 1e-12);
        assertEquals(400.0 / 450, kappa[1], 1e-12);
    }

    @Test
    void certainKappaIsNormalisedWhenPlanned() {
        double[] kappa = kappa(Param.of(1.5));
        assertEquals(1.5 * 400 / 450, kappa[0], 1e-12);
        assertEquals(400.0 / 450, kappa[1], 1e-12);
    }
}
