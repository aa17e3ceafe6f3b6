package nl.ruimtevraag.uncertainty;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import nl.ruimtevraag.ScenarioBuilder;
import nl.ruimtevraag.model.GrowthRule;
import nl.ruimtevraag.model.Origin;
import nl.ruimtevraag.model.Param;
import nl.ruimtevraag.model.Sector;
import org.junit.jupiter.api.Test;

class ParameterPathsTest {
    @Test
    void pathsAreStableAndASharedParameterIsOne() {
        ScenarioBuilder s = Cases.base();
        Param shared = new Param.Uniform(0.2, 0.6, Origin.BUILT_IN);
        s.gridShare.put("C", shared);
        s.gridShare.put("A", shared); // one value for a group of regions: one parameter, one draw
        s.stikstofShare.put("B", new Param.Uniform(0.1, 0.3, Origin.BUILT_IN));
        s.growth.add(new GrowthRule(null, null, 2026, 2030, Param.of(0.01), Origin.BUILT_IN));
        s.growth.add(new GrowthRule(null, Sector.BOUW, 2026, 2050, new Param.Uniform(0, 0.02, Origin.BUILT_IN),
                Origin.BUILT_IN));
        s.tq.put(Sector.OVERIG, new Param.Triangular(0.01, 0.013, 0.02, Origin.BUILT_IN));
        List<String> paths = ParameterPaths.uncertain(s.build()).stream().map(UncertainParameter::path).toList();
        assertEquals(List.of("economy.growth[1]", "economy.terreinquotient.overig",
                "constraints.netcongestie.share.regions.A", "constraints.stikstof.share.regions.B"), paths);
        assertEquals(paths, ParameterPaths.uncertain(s.build()).stream().map(UncertainParameter::path).toList());
    }
}
