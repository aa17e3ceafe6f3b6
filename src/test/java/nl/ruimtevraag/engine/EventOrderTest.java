package nl.ruimtevraag.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import nl.ruimtevraag.DataBuilder;
import nl.ruimtevraag.ScenarioBuilder;
import nl.ruimtevraag.model.Origin;
import nl.ruimtevraag.model.Param;
import nl.ruimtevraag.model.RegionalData;
import nl.ruimtevraag.model.Scenario;
import nl.ruimtevraag.model.Sector;
import nl.ruimtevraag.model.TransformationEvent;
import nl.ruimtevraag.model.Werkmilieu;
import org.junit.jupiter.api.Test;

/**
 * Within one region x werkmilieu row the transformation events keep the scenario's order, because
 * floating-point sums depend on it: ((1e16 + 1) + 1) is 1e16, (1 + 1) + 1e16 is 1e16 + 2.
 */
class EventOrderTest {
    private static final int GM = Werkmilieu.GEMENGD.ordinal();

    private static RegionalData data() {
        DataBuilder d = new DataBuilder();
        for (String code : List.of("A", "B")) {
            d.region(code).jobs(Sector.INDUSTRIE, 1000).stock(Werkmilieu.GEMENGD, 5e16);
        }
        return d.build();
    }

    /** Events of B (scenario order: 1e16, then 1, then 1) around one of A, all in 2026 with compensation 1. */
    private static Scenario scenario() {
        ScenarioBuilder s = new ScenarioBuilder();
        s.events.add(event("B", 1e16));
        s.events.add(event("A", 5));
        s.events.add(event("B", 1));
        s.events.add(event("B", 1));
        return s.build();
    }

    private static TransformationEvent event(String region, double hectares) {
        return new TransformationEvent(region, Werkmilieu.GEMENGD, Param.of(hectares), 2026, 2026, Param.of(1.0),
                List.of(), Origin.BUILT_IN);
    }

    @Test
    void eventsOfOneRowAreSummedInScenarioOrder() {
        InputPlan plan = InputResolver.plan(scenario(), data());
        int a = plan.regionCodes().indexOf("A");
        int b = plan.regionCodes().indexOf("B");
        ProjectionInput.Replacement whole = plan.resolve(ParamSource.central()).replacement();
        assertEquals(1e16, whole.transformationDemand()[b][GM][0], 0.0, "B's vervangingsvraag: (1e16 + 1) + 1");
        assertEquals(5, whole.transformationDemand()[a][GM][0], 0.0, "A");
        assertEquals(1e16 + 2, 1.0 + 1.0 + 1e16, 0.0, "the other order gives another sum");
    }
}
