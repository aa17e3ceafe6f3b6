package nl.ruimtevraag.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import nl.ruimtevraag.engine.Measure;
import nl.ruimtevraag.model.Origin;
import nl.ruimtevraag.model.Param;
import org.junit.jupiter.api.Test;

/** Texts the engine and model leave to report: measure labels and distributions, in Dutch and English. */
class LabelTest {
    @Test
    void distributionsInTheReadersLanguage() {
        Origin o = Origin.BUILT_IN;
        assertEquals("0,007", Label.distribution(new Param.Point(0.006999999999999999, o), Language.NL), "ten significant digits, decimal comma");
        assertEquals("0.007", Label.distribution(new Param.Point(0.006999999999999999, o), Language.EN));
        assertEquals("driehoek(0,06; 0,1; 0,15)", Label.distribution(new Param.Triangular(0.06, 0.1, 0.15, o), Language.NL));
        assertEquals("triangular(0.06; 0.1; 0.15)", Label.distribution(new Param.Triangular(0.06, 0.1, 0.15, o), Language.EN));
        assertEquals("PERT(1; 2; 4)", Label.distribution(new Param.Pert(1, 2, 4, o), Language.NL));
        assertEquals("PERT(1; 2; 4)", Label.distribution(new Param.Pert(1, 2, 4, o), Language.EN));
        assertEquals("uniform(0,4; 0,9)", Label.distribution(new Param.Uniform(0.4, 0.9, o), Language.NL));
        assertEquals("uniform(0.4; 0.9)", Label.distribution(new Param.Uniform(0.4, 0.9, o), Language.EN));
        Param normal = new Param.Normal(0.1, 0.02, 0, Double.POSITIVE_INFINITY, o);
        assertEquals("normaal(0,1; sd 0,02)", Label.distribution(normal, Language.NL));
        assertEquals("normal(0.1; sd 0.02)", Label.distribution(normal, Language.EN));
    }

    @Test
    void everyMeasureHasALabelInBothLanguages() {
        for (Measure m : Measure.values()) {
            assertNotEquals(Label.measure(m, Language.NL), Label.measure(m, Language.EN), m.name());
        }
        assertEquals("Uitbreidingsvraag (werkgelegenheid)", Label.measure(Measure.EXPANSION_EMPLOYMENT, Language.NL));
        assertEquals("Expansion demand (employment)", Label.measure(Measure.EXPANSION_EMPLOYMENT, Language.EN));
    }
}
