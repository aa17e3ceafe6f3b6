package nl.ruimtevraag.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.LongStream;
import nl.ruimtevraag.model.DemandMethod;
import nl.ruimtevraag.model.Period;
import nl.ruimtevraag.model.Scenario;
import nl.ruimtevraag.model.Werkmilieu;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The waterfall adds up: demand steps to the vraag, supply steps to the aanbod, and the saldo follows. */
class ExplainerTest {
    static LongStream seeds() {
        return LongStream.range(0, 100);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void stepsAddUpToTheTotals(long seed) {
        RandomCase c = new RandomCase(seed);
        c.scenario.method = DemandMethod.values()[(int) (seed % DemandMethod.values().length)];
        Scenario s = c.scenario.build();
        var data = c.data.build();
        Projection p = Projector.project(InputResolver.resolve(s, data, ParamSource.central()));
        Werkmilieu w = Werkmilieu.values()[(int) (seed % Werkmilieu.COUNT)];
        for (Period period : p.periods()) {
            Explanation e = Explainer.explain(s, data, p, c.codes.get(0), w, period);
            double demand = 0;
            double supply = 0;
            for (Explanation.Step step : e.steps()) {
                if (step.kind() == Explanation.Kind.DEMAND) {
                    demand += step.result();
                } else if (step.kind() == Explanation.Kind.SUPPLY) {
                    supply += step.result();
                }
            }
            Confrontation conf = p.confrontation(0, w.ordinal(), period);
            assertEquals(conf.vraag(), demand, 1e-9 * Math.max(1, Math.abs(demand)), "demand steps");
            assertEquals(conf.aanbod(), supply, 1e-9 * Math.max(1, Math.abs(supply)), "supply steps");
            var last = e.steps().get(e.steps().size() - 1);
            assertEquals(conf.extraHa(), last.result(), 0);
        }
    }
}
