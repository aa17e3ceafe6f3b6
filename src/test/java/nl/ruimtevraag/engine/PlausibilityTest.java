package nl.ruimtevraag.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import nl.ruimtevraag.DataBuilder;
import nl.ruimtevraag.ScenarioBuilder;
import nl.ruimtevraag.model.GrowthRule;
import nl.ruimtevraag.model.Origin;
import nl.ruimtevraag.model.Param;
import nl.ruimtevraag.model.RegionalData;
import nl.ruimtevraag.model.Scenario;
import nl.ruimtevraag.model.Sector;
import nl.ruimtevraag.model.SupplyKind;
import nl.ruimtevraag.model.TransformationEvent;
import nl.ruimtevraag.model.Werkmilieu;
import nl.ruimtevraag.report.Language;
import nl.ruimtevraag.report.PlausibilityText;
import org.junit.jupiter.api.Test;

/** Each warning fires just past its threshold, not before it, and names its cause and place. */
class PlausibilityTest {
    private static final Origin GROWTH = new Origin("s.yaml", 7, 3, "");
    private static final Origin RELIEF = new Origin("s.yaml", 12, 5, "");
    private static final Origin EVENT = new Origin("s.yaml", 20, 7, "");

    /** A: 100 ha stock, 100,000 jobs; B: a large stock with little growth. Horizon 2026-2028, periods end 2026 and 2028. */
    private static RegionalData data() {
        DataBuilder d = new DataBuilder();
        d.region("A").jobs(Sector.INDUSTRIE, 100_000).stock(Werkmilieu.GEMENGD, 100)
                .supplyCounted(Werkmilieu.GEMENGD, SupplyKind.HARD, 2026, 2019, 50, 50)   // 6 years old, used up
                .supplyCounted(Werkmilieu.GEMENGD, SupplyKind.HARD, 2026, 2020, 80, 10);  // 5 years old: not stale
        d.region("B").jobs(Sector.INDUSTRIE, 100).stock(Werkmilieu.GEMENGD, 1_000_000);
        return d.build();
    }

    private static ScenarioBuilder scenario(double growth, int reliefA, double transformedB) {
        ScenarioBuilder s = new ScenarioBuilder();
        s.growth.add(new GrowthRule(null, null, 2026, 2028, new Param.Point(growth, GROWTH), GROWTH));
        s.gridShareDefault = Param.of(0.5);
        s.reliefYear.put("A", new Param.Point(reliefA, RELIEF));
        s.reliefYear.put("B", Param.of(2027));
        s.events.add(new TransformationEvent("B", Werkmilieu.GEMENGD, Param.of(transformedB), 2027, 2027, Param.of(0),
                List.of(), EVENT));
        return s;
    }

    private static List<String> summary(Scenario s, RegionalData d) {
        List<String> out = new ArrayList<>();
        for (Plausibility.Warning w : Plausibility.check(s, d, Projector.project(InputResolver.resolve(s, d, ParamSource.central())))) {
            out.add(w.kind() + " " + w.region() + " " + w.location());
        }
        return out;
    }

    @Test
    void eachWarningNamesItsCauseAndPlace() {
        RegionalData d = data();
        Scenario s = scenario(0.10, 2026, 800_001).build();
        assertEquals(List.of("DEMAND_SHARE_OF_STOCK A s.yaml:7:3", "RELIEF_ON_PERIOD_END A s.yaml:12:5",
                "STALE_SUPPLY A test.csv:1", "TRANSFORMATION_NEAR_STOCK B s.yaml:20:7"), summary(s, d));
        List<Plausibility.Warning> w = Plausibility.check(s, d, Projector.project(InputResolver.resolve(s, d, ParamSource.central())));
        // demand = 100,000 jobs x (1.1^3 - 1) x 0.01 ha per job = 331 ha, against a stock of 100 ha
        assertEquals("A: demand 2026-2028 (331 ha) is 331% of the stock (100 ha), more than 50%; check growth,"
                + " terreinquotienten and circular demand", PlausibilityText.text(w.get(0), Language.EN));
        assertEquals("A: de vraag 2026-2028 (331 ha) is 331% van de voorraad (100 ha), meer dan 50%; controleer groei,"
                + " terreinquotiënten en circulaire vraag", PlausibilityText.text(w.get(0), Language.NL));
        assertEquals("A: grid congestion is relieved in 2026, exactly the end of period 2025-2026; a year later or earlier"
                + " changes that period's result", PlausibilityText.text(w.get(1), Language.EN));
        assertEquals("A: supply of 50 ha rests on a count of 2019, 6 years before the base year 2025; the uitgifte since is"
                + " larger, so the supply is 0", PlausibilityText.text(w.get(2), Language.EN));
        assertEquals("B gemengd: transformation of 800,001 ha is 80% of the stock (1,000,000 ha), more than 80%; hardly any"
                + " of this werkmilieu is left", PlausibilityText.text(w.get(3), Language.EN));
    }

    @Test
    void belowTheThresholdsNothingIsSaid() {
        RegionalData d = data();
        // 100,000 x ((1 + g)^3 - 1) x 0.01 just below 50 ha: half the stock, not above it
        double growth = Math.cbrt(1.05) - 1 - 1e-9;
        Scenario s = scenario(growth, 2027, 800_000).build();
        assertEquals(List.of("STALE_SUPPLY A test.csv:1"), summary(s, d));
    }

    @Test
    void aReliefAtTheHorizonEndOrWithoutCongestionIsNotAKnifeEdge() {
        RegionalData d = data();
        ScenarioBuilder b = scenario(0.0, 2028, 0);
        assertEquals(List.of("STALE_SUPPLY A test.csv:1"), summary(b.build(), d), "2028 is the horizon's end");
        b = scenario(0.0, 2026, 0);
        b.gridShareDefault = Param.of(0);
        assertEquals(List.of("STALE_SUPPLY A test.csv:1"), summary(b.build(), d), "no share behind a full grid");
    }
}
