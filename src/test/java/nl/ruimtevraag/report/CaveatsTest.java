package nl.ruimtevraag.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.ruimtevraag.data.DataSetLoader;
import nl.ruimtevraag.engine.InputResolver;
import nl.ruimtevraag.engine.ParamSource;
import nl.ruimtevraag.engine.Projector;
import nl.ruimtevraag.model.Figure;
import nl.ruimtevraag.model.Quality;
import nl.ruimtevraag.model.RegionData;
import nl.ruimtevraag.model.RegionalData;
import nl.ruimtevraag.model.Scenario;
import nl.ruimtevraag.model.SupplyItem;
import nl.ruimtevraag.scenario.LoadResult;
import nl.ruimtevraag.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

/** The caveats, honest total labels and readable parameter names a reader sees next to the numbers. */
class CaveatsTest {
    private static ReportContext run(String yaml, Language lang) throws Exception {
        RegionalData data = DataSetLoader.loadEmbedded();
        LoadResult r = new ScenarioLoader(data.codes()).loadString(yaml, "test.yaml");
        assertTrue(r.ok(), r.report());
        Scenario s = r.scenario();
        return new ReportContext(s, data, Projector.project(InputResolver.resolve(s, data, ParamSource.central())), "test",
                "test.yaml", false, lang);
    }

    @Test
    void theCaveatsCountTheEstimatesAndNameTheLastSupplyYearAndTheDivergentRegions() throws Exception {
        ReportContext ctx = run("name: zh\nregions: [ZH]\n", Language.NL);
        RegionData zh = ctx.data().region("ZH").orElseThrow();
        // counted here by hand over the same region: stock, jobs, issuance, supply and parameters
        int all = 0;
        int estimated = 0;
        int lastSupply = 0;
        List<Figure> figures = new java.util.ArrayList<>(zh.stock().values());
        figures.addAll(zh.jobs().values());
        figures.add(zh.uitgifte());
        for (SupplyItem i : zh.supply()) {
            figures.add(i.hectares());
            lastSupply = Math.max(lastSupply, i.availableYear());
        }
        figures.addAll(zh.params().values());
        for (Figure f : figures) {
            all++;
            estimated += f.quality() == Quality.ESTIMATED ? 1 : 0;
        }
        List<String> lines = Caveats.lines(ctx);
        String text = String.join("\n", lines);
        assertTrue(text.contains("(" + estimated + " van " + all + ")"), text);
        assertTrue(text.contains("Zeehaventerreinen tellen niet mee"), text);
        if (lastSupply < 2050) {
            assertTrue(text.contains("gepland aanbod in de dataset is " + lastSupply + ": een tekort in " + (lastSupply + 1)
                    + "-2050"), text);
        }
        boolean divergent = !Projector.divergentRegions(ctx.projection()).isEmpty();
        assertEquals(divergent, text.contains("trendmethode meer dan een factor"), text);
        assertFalse(text.contains("Onzekerheid"), "no band without Monte Carlo: " + text);
        assertTrue(Caveats.console(ctx).startsWith("Kanttekeningen:"), Caveats.console(ctx));
    }

    @Test
    void aSubsetIsCalledTotaalWithItsRegionsNotNederland() throws Exception {
        ReportContext nl = run("name: zhnh\nregions: [ZH, NH]\n", Language.NL);
        assertEquals("Totaal", nl.totalCode());
        assertTrue(nl.totalName().matches("Totaal \\((ZH, NH|NH, ZH)\\)"), nl.totalName());
        ReportContext en = run("name: zhnh\nregions: [ZH, NH]\n", Language.EN);
        assertTrue(en.totalName().startsWith("Total ("), en.totalName());
        assertTrue(ConsoleTable.summary(nl, null).contains(nl.totalName()));
        ReportContext all = run("name: alles\n", Language.NL);
        assertEquals("NL", all.totalCode());
        assertEquals("Nederland (som van de regio's)", all.totalName());
    }

    @Test
    void parameterPathsGetReadableNamesInTheRunsLanguage() throws Exception {
        ReportContext ctx = run("name: groei\neconomy:\n  growth:\n    - {years: 2026-2030, rate: 1%}\n"
                + "    - {years: 2031-2050, rate: 0.5%}\n", Language.NL);
        Scenario s = ctx.scenario();
        assertEquals("Groei banen 2031-2050", ParameterNames.name("economy.growth[1]", s, Language.NL));
        assertEquals("Job growth 2026-2030", ParameterNames.name("economy.growth[0]", s, Language.EN));
        assertEquals("Terreinquotiënt logistiek (ha per baan)", ParameterNames.name("economy.terreinquotient.logistiek", s,
                Language.NL));
        assertEquals("Netcongestie: aandeel geraakt, ZH", ParameterNames.name("constraints.netcongestie.share.regions.ZH", s,
                Language.NL));
        assertEquals("Realisation probability of soft capacity", ParameterNames.name("supply.zacht_realisation", s,
                Language.EN));
        assertEquals("Transformatie 2: compensatie", ParameterNames.name("transformation[1].compensation", s, Language.NL));
        assertEquals("something.unknown", ParameterNames.name("something.unknown", s, Language.NL));
    }

    @Test
    void englishSourceCodesBecomeDutchForADutchReader() {
        assertEquals("B3 (geschat)", Label.sourceText("B3 (estimated)", Language.NL));
        assertEquals("ingebouwde terugvalwaarde: 0", Label.sourceText("built-in fallback: 0", Language.NL));
        assertEquals("B3 (estimated)", Label.sourceText("B3 (estimated)", Language.EN));
        assertEquals("geschat", Label.quality(Quality.ESTIMATED, Language.NL));
    }
}
