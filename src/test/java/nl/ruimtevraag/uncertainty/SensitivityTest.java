package nl.ruimtevraag.uncertainty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.ruimtevraag.ScenarioBuilder;
import nl.ruimtevraag.model.Origin;
import nl.ruimtevraag.model.Param;
import org.junit.jupiter.api.Test;

class SensitivityTest {
    @Test
    void aParameterWithoutEffectRanksLastWithZeroSwing() {
        ScenarioBuilder s = Cases.uncertain();
        // water is disabled, so its permit probability changes nothing
        s.waterProbability = new Param.Uniform(0.1, 0.9, Origin.BUILT_IN);
        Tornado t = Sensitivity.tornado(s.build(), Cases.data(), null);
        List<TornadoBar> bars = t.bars();
        TornadoBar last = bars.get(bars.size() - 1);
        assertEquals("constraints.water.permit_probability", last.parameter().path());
        assertEquals(0.0, last.swing(), 0.0);
        for (int i = 1; i < bars.size(); i++) {
            assertTrue(bars.get(i - 1).swing() >= bars.get(i).swing(), "ranked by swing");
        }
        assertTrue(bars.get(0).swing() > 0);
        assertEquals(2050, t.periodEnd());
        assertEquals("", t.region());
    }

    @Test
    void aRegionsTornadoSwingsItsOwnShortage() {
        Tornado t = Sensitivity.tornado(Cases.uncertain().build(), Cases.data(), "B");
        assertEquals("B", t.region());
        TornadoBar ce = t.bars().stream().filter(b -> b.parameter().path().equals("circular.extra_share")).findFirst()
                .orElseThrow();
        assertEquals(0.06, ce.lowValue(), 0.0);
        assertEquals(0.15, ce.highValue(), 0.0);
        assertTrue(ce.outputAtHigh() > ce.outputAtLow(), "more CE space, more shortage");
    }
}
