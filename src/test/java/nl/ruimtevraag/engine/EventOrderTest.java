package nl.ruimtevraag.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
 * The plan keeps the transformation events by region for block resolves; within one region x
 * werkmilieu row they must keep the scenario's order, because floating-point sums depend on it:
 * ((1e16 + 1) + 1) is 1e16, (1 + 1) + 1e16 is 1e16 + 2. Also the buffer's rules: one plan per
 * buffer, and a failed resolve does not leave half-filled groups behind.
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
        Scenario s = scenario();
        RegionalData data = data();
        InputPlan plan = InputResolver.plan(s, data);
        int a = plan.regionCodes().indexOf("A");
        int b = plan.regionCodes().indexOf("B");
        // sorted by region, scenario order within a region
        double[] central = plan.values(ParamSource.central());
        int last = -1;
        for (InputPlan.PlannedEvent e : plan.events) {
            assertTrue(e.region() >= last, "events by region");
            last = e.region();
        }
        ProjectionInput whole = plan.resolve(central, new InputPlan.Buffer());
        assertEquals(1e16, whole.transformed()[b][GM][0], 0.0, "B: (1e16 + 1) + 1");
        assertEquals(1e16, whole.transformationDemand()[b][GM][0], 0.0, "B's vervangingsvraag");
        assertEquals(5, whole.transformed()[a][GM][0], 0.0, "A");
        assertEquals(0, whole.resolvedFrom());
        assertEquals(2, whole.resolvedTo());
        // the same in a block resolve of B alone
        ProjectionInput block = plan.resolve(central, new InputPlan.Buffer(), b, b + 1);
        assertEquals(1e16, block.transformed()[b][GM][0], 0.0, "B in a block");
        assertEquals(1e16 + 2, 1.0 + 1.0 + 1e16, 0.0, "the other order gives another sum");
    }

    @Test
    void aBufferServesOnePlan() {
        InputPlan one = InputResolver.plan(scenario(), data());
        InputPlan other = InputResolver.plan(scenario(), data());
        InputPlan.Buffer buffer = new InputPlan.Buffer();
        one.resolve(one.values(ParamSource.central()), buffer);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> other.resolve(other.values(ParamSource.central()), buffer));
        assertTrue(e.getMessage().contains("another plan"), e.getMessage());
    }

    @Test
    void aFailedResolveLeavesTheBufferToBeRefilledWhole() {
        InputPlan plan = InputResolver.plan(scenario(), data());
        InputPlan.Buffer buffer = new InputPlan.Buffer();
        double[] central = plan.values(ParamSource.central());
        plan.resolve(central, buffer);
        assertTrue(buffer.lastValues != null && buffer.eventsTo == 2);
        // a failure in a step after the events were refilled with other values (here: the circular
        // step, its array taken away) clears what the buffer remembers
        double[] kappaAll = buffer.kappaAll;
        buffer.kappaAll = null;
        double[] changed = central.clone();
        for (int i = 0; i < changed.length; i++) {
            changed[i] = changed[i] * 1.5 + 1;
        }
        assertThrows(RuntimeException.class, () -> plan.resolve(changed, buffer));
        assertEquals(null, buffer.lastValues);
        assertEquals(-1, buffer.eventsTo);
        buffer.kappaAll = kappaAll;
        ProjectionInput again = plan.resolve(central, buffer);
        assertEquals(1e16, again.transformed()[plan.regionCodes().indexOf("B")][GM][0], 0.0);
    }
}
