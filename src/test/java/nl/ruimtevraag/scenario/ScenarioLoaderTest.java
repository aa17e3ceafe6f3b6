package nl.ruimtevraag.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nl.ruimtevraag.model.CircularFraming;
import nl.ruimtevraag.model.DemandMethod;
import nl.ruimtevraag.model.GrowthRule;
import nl.ruimtevraag.model.Param;
import nl.ruimtevraag.model.Period;
import nl.ruimtevraag.model.RStrategy;
import nl.ruimtevraag.model.RampShape;
import nl.ruimtevraag.model.RegionalParam;
import nl.ruimtevraag.model.Scenario;
import nl.ruimtevraag.model.Sector;
import nl.ruimtevraag.model.TqBasis;
import nl.ruimtevraag.model.SupplyKind;
import nl.ruimtevraag.model.TransformationEvent;
import nl.ruimtevraag.model.Werkmilieu;
import nl.ruimtevraag.model.IntensificationBasis;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioLoaderTest {
    private static final double EPS = 1e-12;
    private final ScenarioLoader loader = new ScenarioLoader();

    @TempDir
    Path dir;

    private Scenario load(String yaml) {
        LoadResult r = loader.loadString(yaml, dir.resolve("test.yaml").toString());
        assertTrue(r.ok(), r.report(java.util.Locale.ENGLISH));
        return r.scenario();
    }

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    private String errors(String yaml) {
        LoadResult r = loader.loadString(yaml, "t.yaml");
        assertFalse(r.ok(), "expected problems for:\n" + yaml);
        return r.report(java.util.Locale.ENGLISH);
    }

    // ---------------------------------------------------------------- basis round trip

    @Test
    void basisLoadsIntoTheExpectedValues() throws IOException {
        LoadResult r = loader.loadBuiltIn("basis");
        assertTrue(r.ok(), r.report(java.util.Locale.ENGLISH));
        Scenario s = r.scenario();
        assertEquals("basis", s.name());
        assertTrue(s.description().startsWith("Basisraming voor de twaalf provincies"));
        assertEquals("<builtin>/basis.yaml", s.origin().file());
        try (InputStream in = getClass().getResourceAsStream("/nl/ruimtevraag/scenarios/basis.yaml")) {
            assertEquals(ScenarioLoader.sha256(in.readAllBytes()), s.sha256());
        }

        assertEquals(2025, s.horizon().baseYear());
        assertEquals(2050, s.horizon().endYear());
        assertEquals(List.of(new Period(2025, 2030), new Period(2030, 2040), new Period(2040, 2050)), s.horizon().periods());

        assertEquals(List.of(), s.regions().codes(), "all regions");
        for (String code : ScenarioLoader.PROVINCE_CODES) {
            assertTrue(s.regions().includes(code));
        }
        assertEquals(12, ScenarioLoader.PROVINCE_CODES.size());
        assertEquals(List.of("UT", "NH", "ZH"), s.regions().groups().get("randstad"), "groups in data set order");
        assertEquals(4, s.regions().groups().size());

        assertEquals(DemandMethod.EMPLOYMENT, s.economy().method());
        assertEquals(TqBasis.REGIONAL, s.economy().tqBasis());
        assertEquals("midden", s.economy().preset());
        List<GrowthRule> growth = s.economy().growth();
        assertEquals(2, growth.size());
        assertRule(growth.get(0), null, null, 2026, 2030, 0.008);
        assertRule(growth.get(1), null, null, 2031, 2050, 0.002);
        assertTrue(growth.get(0).rate().origin().source().contains("Noord-Brabant raming 2022 laag and hoog"));
        assertEquals("<builtin>/growth-presets.yaml", growth.get(0).rate().origin().file());
        assertEquals(0.02706, s.economy().terreinquotient().get(Sector.INDUSTRIE).central(), EPS);
        assertEquals(0.05413, s.economy().terreinquotient().get(Sector.LOGISTIEK).central(), EPS);
        assertEquals(0.0025, s.economy().tqTrend().central(), EPS);
        assertEquals(CircularFraming.Kind.SHARE_OF_DEMAND, s.circular().framing().kind());
        assertEquals(List.of(2018, 2025, 2050), List.copyOf(s.circular().framing().demandShare().keySet()));
        assertEquals(0.175, s.circular().framing().demandShare().get(2025).central(), EPS);
        assertEquals(0.10, s.circular().framing().embeddedShare().central(), EPS);
        assertTrue(s.economy().terreinquotient().get(Sector.BOUW).origin().source().contains("EST-TQ"));
        assertEquals(0.35, s.economy().mix().get(Sector.INDUSTRIE).get(Werkmilieu.ZWAAR), EPS);
        assertEquals(0.85, s.economy().mix().get(Sector.LOGISTIEK).get(Werkmilieu.LOGISTIEK), EPS);
        for (Map<Werkmilieu, Double> row : s.economy().mix().values()) {
            assertEquals(1.0, row.values().stream().mapToDouble(Double::doubleValue).sum(), 1e-9);
        }
        assertEquals(0.0025, s.economy().tqTrend().central(), EPS);
        assertEquals(0.0, s.economy().shrinkReturn().central(), EPS);
        assertEquals(Map.of(2025, 1.0), Map.of(s.economy().trendMultiplier().firstKey(),
                s.economy().trendMultiplier().firstEntry().getValue().central()));
        assertEquals(1.5, s.economy().divergenceFactor(), EPS);

        Param extra = s.circular().extraShare();
        Param.Triangular tri = assertInstanceOf(Param.Triangular.class, extra);
        assertEquals(0.06, tri.min(), EPS);
        assertEquals(0.10, tri.mode(), EPS);
        assertEquals(0.15, tri.max(), EPS);
        assertTrue(tri.origin().source().startsWith("onderzoek voor IenW en EZ (2025)"));
        assertEquals("<builtin>/basis.yaml", tri.origin().file());
        assertEquals(66, tri.origin().line());
        assertEquals(16, tri.origin().column());
        assertEquals(RampShape.LINEAR, s.circular().ramp());
        assertEquals(2038, s.circular().midpointYear());
        assertEquals(0.3, s.circular().steepness(), EPS);
        assertFallbackOnly(s.circular().intensity(), 1.0);
        assertEquals(0.50, s.circular().strategyShares().get(RStrategy.SLUITEN).central(), EPS);
        assertEquals(0.35, s.circular().strategyShares().get(RStrategy.VERTRAGEN).central(), EPS);
        assertEquals(0.15, s.circular().strategyShares().get(RStrategy.VERKLEINEN).central(), EPS);
        assertEquals(0.70, s.circular().mapping().get(RStrategy.SLUITEN).get(Werkmilieu.ZWAAR), EPS);
        assertEquals(-0.5, s.circular().verkleinenFactor().central(), EPS);
        assertTrue(s.circular().verkleinenFactor().origin().source().startsWith("estimate EST-RFACTOR"));
        assertEquals(0.30, s.circular().mapping().get(RStrategy.VERKLEINEN).get(Werkmilieu.LOGISTIEK), EPS);
        assertEquals(List.of("GR", "OV", "FL", "ZH", "NB", "LI"), List.copyOf(s.circular().profiles().keySet()),
                "the Krachtenkaart profiles, in data set order");
        assertEquals(0.60, s.circular().strategySharesOf("ZH").get(RStrategy.SLUITEN).central(), EPS);
        assertEquals(0.80, s.circular().mappingOf("ZH", RStrategy.SLUITEN).get(Werkmilieu.ZWAAR), EPS);
        assertEquals(0.50, s.circular().mappingOf("ZH", RStrategy.VERTRAGEN).get(Werkmilieu.GEMENGD), EPS,
                "a row the profile leaves out is the national one");
        assertEquals(0.50, s.circular().strategySharesOf("UT").get(RStrategy.SLUITEN).central(), EPS,
                "a province without a profile uses the national shares");
        assertEquals(0.0, s.circular().doubleUseShare().central(), EPS);
        assertEquals(5, s.circular().doubleUseYears());

        assertEquals(List.of(), s.transformation());
        assertFallbackOnly(s.replacement().withdrawalRate(), 0.0);
        Param.Triangular v = assertInstanceOf(Param.Triangular.class, s.replacement().shareOfExpansion());
        assertEquals(0.069, v.min(), EPS);
        assertEquals(0.080, v.mode(), EPS);
        assertEquals(0.096, v.max(), EPS);
        assertTrue(v.origin().source().startsWith("B2:"), v.origin().source());
        assertEquals(IntensificationBasis.NEED, s.intensification().basis());
        assertFallbackOnly(s.intensification().share(), 0.0);
        assertFallbackOnly(s.intensification().hectares(), 0.0);
        assertEquals(2030, s.intensification().startYear());
        assertEquals(2040, s.intensification().reachedIn());
        assertEquals(RampShape.LINEAR, s.intensification().ramp());

        assertEquals(List.of(), s.supply().additions());
        Param.Uniform zacht = assertInstanceOf(Param.Uniform.class, s.supply().zachtRealisation());
        assertEquals(0.40, zacht.lowValue(), EPS);
        assertEquals(0.90, zacht.highValue(), EPS);
        assertTrue(zacht.origin().source().contains("EST-PZ"));

        assertFallbackOnly(s.constraints().netcongestie().share(), 0.0);
        assertFallbackOnly(s.constraints().netcongestie().reliefYear(), 2025.0);
        Param.Triangular delay = assertInstanceOf(Param.Triangular.class, s.constraints().netcongestie().reliefDelay());
        assertEquals(3.0, delay.max(), EPS);
        assertEquals(1.0, s.constraints().netcongestie().weights().get(Werkmilieu.ZWAAR), EPS);
        assertEquals(0.5, s.constraints().netcongestie().weights().get(Werkmilieu.GEMENGD), EPS);
        assertEquals(0.2, s.constraints().netcongestie().weights().get(Werkmilieu.STEDELIJK), EPS);
        assertTrue(s.constraints().stikstof().enabled());
        assertFallbackOnly(s.constraints().stikstof().share(), 0.0);
        assertEquals(0.55, s.constraints().stikstof().permitProbability().central(), EPS);
        assertEquals(3.0, s.constraints().stikstof().delayYears().central(), EPS);
        assertFalse(s.constraints().water().enabled());
        assertEquals(0.8, s.constraints().water().permitProbability().central(), EPS);
        assertEquals(2.0, s.constraints().water().delayYears().central(), EPS);

        assertEquals(0.0, s.planningReserve().central(), EPS);
        assertEquals(2000, s.monteCarlo().draws());
        assertEquals(20251L, s.monteCarlo().seed());
        assertEquals(List.of(10.0, 50.0, 90.0), s.monteCarlo().percentiles());
        assertEquals("", s.output().file());
        assertEquals("", s.output().template());
        assertEquals(List.of("xlsx"), s.output().formats());
        assertEquals("nl", s.output().language());
    }

    private static void assertRule(GrowthRule rule, String region, Sector sector, int from, int to, double rate) {
        assertEquals(region, rule.region());
        assertEquals(sector, rule.sector());
        assertEquals(from, rule.fromYear());
        assertEquals(to, rule.toYear());
        assertEquals(rate, rule.rate().central(), EPS);
    }

    private static void assertFallbackOnly(RegionalParam p, double fallback) {
        assertNull(p.defaultValue());
        assertEquals(Map.of(), p.regions());
        assertEquals(fallback, p.fallback().central(), EPS);
    }

    // ---------------------------------------------------------------- extends and merging

    @Test
    void aScenarioMergesOverBasisKeyByKeyAndItsOwnValuesCarryItsPlaces() throws IOException {
        Path file = write("child.yaml", """
                name: child
                horizon:
                  periods: [2025-2035]
                circular:
                  extra_share: {low: 5%, high: 20%}
                  ramp: s-curve
                constraints:
                  netcongestie:
                    share: {default: 50%, regions: {UT: 70%, randstad: 60%}}
                """);
        LoadResult r = loader.load(file);
        assertTrue(r.ok(), r.report(java.util.Locale.ENGLISH));
        Scenario s = r.scenario();
        assertEquals("child", s.name());
        assertEquals("", s.description(), "description is not inherited");
        assertEquals(List.of(new Period(2025, 2035)), s.horizon().periods(), "lists replace");
        assertEquals(2050, s.horizon().endYear(), "maps merge");
        Param.Uniform extra = assertInstanceOf(Param.Uniform.class, s.circular().extraShare(),
                "a distribution replaces the base's distribution whole");
        assertEquals(0.05, extra.lowValue(), EPS);
        assertEquals(file.toString(), extra.origin().file());
        assertEquals(5, extra.origin().line());
        assertEquals(16, extra.origin().column());
        assertEquals(RampShape.S_CURVE, s.circular().ramp());
        assertEquals(2038, s.circular().midpointYear(), "inherited");
        RegionalParam grid = s.constraints().netcongestie().share();
        assertEquals(0.5, grid.defaultValue().central(), EPS);
        assertEquals(0.7, grid.regions().get("UT").central(), EPS, "a code's own value beats its group's");
        assertEquals(0.6, grid.regions().get("NH").central(), EPS);
        assertEquals(0.6, grid.regions().get("ZH").central(), EPS);
        assertSame(grid.regions().get("NH"), grid.regions().get("ZH"), "one group value, one Param");
        assertEquals(3, grid.regions().size());
        assertEquals(0.5, grid.forRegion("GR", null).central(), EPS);
    }

    @Test
    void extendsARelativeFileAndThatFileExtendsBasis() throws IOException {
        write("lib/base.yaml", """
                name: base
                planning_reserve: 10%
                transformation:
                  - {region: NH, werkmilieu: gemengd, hectares: 120, years: 2026-2032}
                """);
        Path child = write("child.yaml", """
                extends: lib/base
                monte_carlo:
                  draws: 500
                """);
        Scenario s = loader.load(child).scenario();
        assertEquals("child", s.name(), "the file name when the file sets no name; names are not inherited");
        assertEquals(0.10, s.planningReserve().central(), EPS);
        assertEquals(1, s.transformation().size());
        TransformationEvent e = s.transformation().get(0);
        assertEquals("NH", e.region());
        assertEquals(0.5, e.compensation().central(), EPS, "default compensation");
        assertEquals(List.of(), e.profile(), "even spread");
        assertEquals(500, s.monteCarlo().draws());
        assertEquals(20251L, s.monteCarlo().seed(), "from basis through base");

        Path replacing = write("replacing.yaml", "extends: lib/base.yaml\ntransformation: []\n");
        assertEquals(List.of(), loader.load(replacing).scenario().transformation(), "a list replaces the base's list");
    }

    @Test
    void theShaIsOfTheUsersOwnFileBytes() throws IOException {
        String text = "name: sha\nplanning_reserve: 5%\n";
        Path file = write("sha.yaml", text);
        assertEquals(ScenarioLoader.sha256(text.getBytes(StandardCharsets.UTF_8)), loader.load(file).scenario().sha256());
        assertEquals(loader.load(file).scenario().sha256(), loader.loadString(text, "x.yaml").scenario().sha256());
    }

    @Test
    void aMissingFileIsAProblemNotAnException() {
        LoadResult r = loader.load(dir.resolve("nope.yaml"));
        assertFalse(r.ok());
        assertTrue(r.report(java.util.Locale.ENGLISH).contains("error: file not found: "), r.report(java.util.Locale.ENGLISH));
        assertThrows(IllegalStateException.class, r::scenario);
    }

    @Test
    void anUnknownBuiltInScenarioGetsASuggestion() {
        LoadResult r = loader.loadBuiltIn("basiss");
        assertEquals("<builtin>/basiss.yaml:1:1: error: no built-in scenario `basiss`; built-in: basis\n"
                + "  hint: did you mean `basis`?\n", r.report(java.util.Locale.ENGLISH));
    }

    // ---------------------------------------------------------------- values

    @Test
    void valueFormsBecomeTheRightParams() {
        Scenario s = load("""
                planning_reserve: "12%"
                replacement:
                  share_of_expansion: {value: 0.07, source: "Stec 2022"}
                  withdrawal_rate: {default: {mean: 0.2%, sd: 0.05%}}
                intensification:
                  share: {default: {min: 0, mode: 5%, max: 10%, shape: pert}}
                economy:
                  terreinquotient_trend: -0.5%
                """);
        assertEquals(0.12, s.planningReserve().central(), EPS);
        Param.Point point = assertInstanceOf(Param.Point.class, s.replacement().shareOfExpansion());
        assertEquals(0.07, point.value(), EPS);
        assertEquals("Stec 2022", point.origin().source());
        Param.Normal normal = assertInstanceOf(Param.Normal.class, s.replacement().withdrawalRate().defaultValue());
        assertEquals(0.002, normal.mean(), EPS);
        assertEquals(0.0, normal.lower(), EPS, "a share's normal is truncated to 0..1");
        assertEquals(1.0, normal.upper(), EPS);
        assertInstanceOf(Param.Pert.class, s.intensification().share().defaultValue());
        assertEquals(-0.005, s.economy().tqTrend().central(), EPS);
    }

    @Test
    void compensationMayLandInAnotherRegionAndWerkmilieuEvenOutsideTheSelection() {
        Scenario s = load("regions: [NH]\ntransformation:\n"
                + "  - {region: NH, werkmilieu: gemengd, hectares: 100, years: 2027, compensation_region: FL,"
                + " compensation_werkmilieu: logistiek}\n"
                + "  - {region: NH, werkmilieu: stedelijk, hectares: 10, years: 2028}\n");
        TransformationEvent elsewhere = s.transformation().get(0);
        assertEquals("FL", elsewhere.compensationRegion());
        assertEquals(Werkmilieu.LOGISTIEK, elsewhere.compensationWerkmilieu());
        TransformationEvent own = s.transformation().get(1);
        assertEquals("NH", own.compensationRegion());
        assertEquals(Werkmilieu.STEDELIJK, own.compensationWerkmilieu());
    }

    @Test
    void seaportsAreOffInTheBasisAndAddToTheZwaarStockWhenOn() throws Exception {
        var data = nl.ruimtevraag.data.DataSetLoader.loadEmbedded();
        Scenario off = load("regions: [GR, UT]\n");
        assertFalse(off.supply().seaports());
        Scenario on = load("regions: [GR, UT]\nsupply:\n  seaports: true\n");
        assertTrue(on.supply().seaports());
        var plain = nl.ruimtevraag.engine.InputResolver.selectedRegions(off, data);
        var ports = nl.ruimtevraag.engine.InputResolver.selectedRegions(on, data);
        assertEquals(plain.get(0).stock().get(Werkmilieu.ZWAAR).value() + 1903, ports.get(0).stock().get(Werkmilieu.ZWAAR).value(), EPS);
        assertEquals(plain.get(0).stock().get(Werkmilieu.GEMENGD).value(), ports.get(0).stock().get(Werkmilieu.GEMENGD).value(), EPS);
        assertTrue(ports.get(0).stock().get(Werkmilieu.ZWAAR).source().contains("BCI1"));
        assertEquals(plain.get(1).stockTotal(), ports.get(1).stockTotal(), EPS, "Utrecht has no seaport estates");
        assertTrue(errors("supply:\n  seaports: yes please\n").contains("supply.seaports"));
    }

    @Test
    void transformationIsCheckedAgainstTheStockOnlyWhenTheLoaderHasTheDataSet() throws Exception {
        String yaml = "transformation:\n  - {region: NH, werkmilieu: gemengd, hectares: {low: 100, high: 3389}, years: 2027}\n";
        assertTrue(loader.loadString(yaml, "t.yaml").ok(), "codes only: no stock to check against");
        ScenarioLoader withData = new ScenarioLoader(nl.ruimtevraag.data.DataSetLoader.loadEmbedded());
        assertEquals("t.yaml:2:49: error: transformation of NH gemengd adds up to 3389 ha, more than its base-year stock of"
                + " 3388 ha in the data set\n  hint: transformation cannot take more land than the stock; lower `hectares` (of a"
                + " distribution its maximum counts: max, high or upper)\n", withData.loadString(yaml, "t.yaml").report(java.util.Locale.ENGLISH));
        assertTrue(withData.loadString(yaml.replace("3389", "3388"), "t.yaml").ok(), "the whole stock may go");
    }

    @Test
    void growthRulesExpandGroupsIntoOneRulePerCodeSharingOneParam() {
        Scenario s = load("""
                economy:
                  growth:
                    - {region: randstad, sector: logistiek, years: 2026-2030, rate: 1%}
                    - {years: 2031, rate: {min: 0%, mode: 1%, max: 2%}}
                """);
        List<GrowthRule> rules = s.economy().growth();
        assertEquals("", s.economy().preset());
        assertEquals(4, rules.size());
        assertRule(rules.get(0), "UT", Sector.LOGISTIEK, 2026, 2030, 0.01);
        assertRule(rules.get(1), "NH", Sector.LOGISTIEK, 2026, 2030, 0.01);
        assertRule(rules.get(2), "ZH", Sector.LOGISTIEK, 2026, 2030, 0.01);
        assertSame(rules.get(0).rate(), rules.get(2).rate(), "one draw for the whole group");
        assertRule(rules.get(3), null, null, 2031, 2031, 0.01);
        assertInstanceOf(Param.Triangular.class, rules.get(3).rate());
    }

    @Test
    void aPresetIsClippedToAShorterHorizon() {
        Scenario s = load("""
                horizon: {end_year: 2040, periods: [2025-2030, 2030-2040]}
                economy: {growth: laag}
                """);
        List<GrowthRule> rules = s.economy().growth();
        assertEquals("laag", s.economy().preset());
        assertEquals(2, rules.size());
        assertRule(rules.get(0), null, null, 2026, 2030, 0.006);
        assertRule(rules.get(1), null, null, 2031, 2040, -0.001);
    }

    @Test
    void aMapOfRegionsDefinesGroupsAndSelectsTheirUnionInDataSetOrder() {
        Scenario s = load("""
                regions:
                  zuidwest: [NB, ZE]
                  west: [ZH, NH]
                transformation:
                  - {region: ZE, werkmilieu: zwaar, hectares: {min: 10, mode: 20, max: 40}, years: 2030, compensation: 80%}
                supply:
                  additions:
                    - {region: NB, werkmilieu: logistiek, kind: zacht, hectares: 40, year: 2028, replace: true}
                """);
        assertEquals(List.of("NH", "ZH", "ZE", "NB"), s.regions().codes());
        assertEquals(List.of("ZE", "NB"), s.regions().groups().get("zuidwest"));
        assertEquals(List.of("UT", "NH", "ZH"), s.regions().groups().get("randstad"), "basis's groups stay defined");
        assertEquals(0.8, s.transformation().get(0).compensation().central(), EPS);
        assertEquals(SupplyKind.ZACHT, s.supply().additions().get(0).kind());
        assertTrue(s.supply().additions().get(0).replace());
    }

    @Test
    void circularProfilesExpandGroupsAndARegionsOwnEntryWins() {
        Scenario s = load("circular:\n  profiles:\n    randstad: {strategy_shares: {sluiten: 70%, vertragen: 30%}}\n"
                + "    UT: {mapping: {vertragen: {logistiek: 1.0}}}\n");
        assertEquals(List.of("UT", "NH", "ZH"), List.copyOf(s.circular().profiles().keySet()),
                "a scenario's profiles replace basis's whole");
        assertEquals(0.7, s.circular().strategySharesOf("NH").get(RStrategy.SLUITEN).central(), EPS);
        assertEquals(0.0, s.circular().strategySharesOf("NH").get(RStrategy.VERKLEINEN).central(), EPS, "left out: 0");
        assertEquals(0.5, s.circular().strategySharesOf("UT").get(RStrategy.SLUITEN).central(), EPS,
                "UT's own profile gives no shares: the national ones, not the group's");
        assertEquals(1.0, s.circular().mappingOf("UT", RStrategy.VERTRAGEN).get(Werkmilieu.LOGISTIEK), EPS);
        assertEquals(Map.of(), load("circular: {profiles: {}}\n").circular().profiles(), "{} switches every profile off");
    }

    @Test
    void circularProfileErrorsNameTheirPlace() {
        assertEquals("t.yaml:1:45: error: `circular.profiles.NH.strategy_shares` sums to 1.1, not 1\n"
                + "  hint: the shares of sluiten, vertragen and verkleinen add up to 1 (100%); for a distribution its central value counts\n",
                errors("circular: {profiles: {NH: {strategy_shares: {sluiten: 0.5, vertragen: 0.6}}}}\n"));
        String typo = errors("circular: {profiles: {LI: {mapping: {sluitn: {zwaar: 1}}}, XX: {}}}\n");
        assertTrue(typo.contains("unknown R-strategy group `sluitn` in `circular.profiles.LI.mapping`"), typo);
        assertTrue(typo.contains("unknown region `XX`"), typo);
        String row = errors("circular: {profiles: {oost: {mapping: {verkleinen: {zwaar: 0.5}}}}}\n");
        assertTrue(row.contains("`circular.profiles.oost.mapping.verkleinen` sums to 0.5, not 1"), row);
        String twice = errors("groups: {a: [NH, UT], b: [UT]}\ncircular: {profiles: {a: {}, b: {}}}\n");
        assertTrue(twice.contains("region UT gets a value from group `a`"), twice);
        assertTrue(twice.contains("give UT its own entry under `profiles`"), twice);
    }

    @Test
    void trendMultiplierPointsAreKeptByYear() {
        Scenario s = load("economy: {trend: {multiplier: {2030: 1.0, 2050: 80%}}}\n");
        assertEquals(List.of(2030, 2050), List.copyOf(s.economy().trendMultiplier().keySet()));
        assertEquals(0.8, s.economy().trendMultiplier().get(2050).central(), EPS);
    }

    @Test
    void aDataSetWithOtherRegionsDropsBasissProvinceGroupsButChecksTheUsersGroups() {
        ScenarioLoader corop = new ScenarioLoader(List.of("C01", "C02", "C03"));
        LoadResult basis = corop.loadBuiltIn("basis");
        assertTrue(basis.ok(), basis.report(java.util.Locale.ENGLISH));
        assertEquals(Map.of(), basis.scenario().regions().groups());
        LoadResult user = corop.loadString("groups: {noord: [C01, C04]}\n", "u.yaml");
        assertEquals("u.yaml:1:23: error: unknown region `C04`; valid codes are C01, C02, C03\n"
                + "  hint: did you mean `C01`?\n", user.report(java.util.Locale.ENGLISH));
    }

    // ---------------------------------------------------------------- strictness and limits

    @Test
    void duplicateKeysAreRejectedNamingBothPlacesAtAnyDepth() {
        String report = errors("""
                circular:
                  ramp: linear
                  steepness: 0.3
                  ramp: s-curve
                planning_reserve: 5%
                planning_reserve: 6%
                """);
        assertEquals("""
                t.yaml:4:3: error: duplicate key `ramp`
                  hint: `ramp` is already set at t.yaml:2:3; a key may appear only once in a map (the first one counts)
                t.yaml:6:1: error: duplicate key `planning_reserve`
                  hint: `planning_reserve` is already set at t.yaml:5:1; a key may appear only once in a map (the first one counts)
                """, report);
    }

    @Test
    void numbersAreNotCoerced() {
        assertEquals("t.yaml:1:22: error: `monte_carlo.draws` must be a whole number, got the number 1.5\n",
                errors("monte_carlo: {draws: 1.5}\n"));
        assertEquals("t.yaml:1:22: error: `monte_carlo.draws` must be a whole number, got the number 1000.0\n"
                + "  hint: write 1000\n", errors("monte_carlo: {draws: 1000.0}\n"));
        assertEquals("t.yaml:1:21: error: `monte_carlo.seed` must be a whole number, got the string \"7\"\n"
                + "  hint: remove the quotes: a quoted value is text, not a number\n", errors("monte_carlo: {seed: '7'}\n"));
        assertEquals("t.yaml:1:19: error: `planning_reserve`: expected a number or a distribution, got the string \"0.05\"\n"
                + "  hint: remove the quotes: a quoted value is text, not a number\n", errors("planning_reserve: '0.05'\n"));
        assertEquals("t.yaml:1:21: error: `horizon.end_year` must be a whole number, got the string \"2040\"\n"
                + "  hint: remove the quotes: a quoted value is text, not a number\n", errors("horizon: {end_year: \"2040\"}\n"));
        assertTrue(errors("constraints: {water: {enabled: 1}}\n").contains("must be true or false, got the integer 1"));
    }

    @Test
    void infinityAndNaNAreRejected() {
        for (String v : List.of(".inf", "-.Inf", ".NaN", "1e999")) {
            String report = errors("planning_reserve: " + v + "\n");
            assertTrue(report.startsWith("t.yaml:1:19: error: `" + v + "` is not a finite number: NaN and infinity are not allowed"),
                    report);
        }
    }

    @Test
    void nestingDeeperThanTheLimitIsRejected() {
        String deep = "description: " + "[".repeat(LoaderLimits.MAX_DEPTH) + "1" + "]".repeat(LoaderLimits.MAX_DEPTH) + "\n";
        String report = errors(deep);
        assertTrue(report.contains("error: maps and lists are nested more than 32 levels deep"), report);
        String ok = "description: " + "[".repeat(LoaderLimits.MAX_DEPTH - 2) + "1" + "]".repeat(LoaderLimits.MAX_DEPTH - 2) + "\n";
        assertFalse(loader.loadString(ok, "t.yaml").report(java.util.Locale.ENGLISH).contains("nested"), "31 levels parse; only the type is wrong");
    }

    @Test
    void aliasesWorkWithinTheLimitAndAreCappedBeyondIt() {
        Scenario s = load("""
                groups:
                  kern: &kern [NH, UT]
                regions: *kern
                """);
        assertEquals(List.of("UT", "NH"), s.regions().codes());
        StringBuilder many = new StringBuilder("groups:\n  a: &a [NH]\n");
        for (int i = 0; i <= LoaderLimits.MAX_ALIASES; i++) {
            many.append("  g").append(i).append(": *a\n");
        }
        assertTrue(errors(many.toString()).contains("error: more than 50 YAML aliases (*name) in one file"));
    }

    @Test
    void aliasExpansionIsCapped() {
        StringBuilder laughs = new StringBuilder("description:\n  a: &a [x, x, x, x, x, x, x, x, x, x]\n");
        String previous = "a";
        for (String level : List.of("b", "c", "d", "e")) {
            laughs.append("  ").append(level).append(": &").append(level).append(" [")
                    .append(String.join(", ", java.util.Collections.nCopies(10, "*" + previous))).append("]\n");
            previous = level;
        }
        assertTrue(errors(laughs.toString()).contains("error: the file holds more than 100000 values once its aliases are expanded"));
    }

    @Test
    void filesLargerThanOneMebibyteAreRejectedBeforeParsing() throws IOException {
        String big = "name: big\n" + "# padding\n".repeat(LoaderLimits.MAX_FILE_BYTES / 10 + 1);
        Path file = write("big.yaml", big);
        LoadResult r = loader.load(file);
        assertEquals(file + ":1:1: error: the file is " + Files.size(file) + " bytes; a scenario file may be at most 1048576 bytes"
                + " (1 MiB)\n  hint: a scenario is a few kilobytes of YAML; is this the right file?\n", r.report(java.util.Locale.ENGLISH));
        assertTrue(loader.loadString(big, "t.yaml").report(java.util.Locale.ENGLISH).contains("a scenario file may be at most 1048576 bytes"));
        String justFits = "name: fits\n" + "#".repeat(LoaderLimits.MAX_FILE_BYTES - 12) + "\n";
        assertTrue(loader.loadString(justFits, "t.yaml").ok());
    }

    @Test
    void jacksonAndSnakeYamlLimitsAreSet() {
        var f = LoaderLimits.factory();
        assertEquals(LoaderLimits.MAX_DEPTH, f.streamReadConstraints().getMaxNestingDepth());
        assertEquals(LoaderLimits.MAX_NUMBER_CHARS, f.streamReadConstraints().getMaxNumberLength());
        assertEquals(LoaderLimits.MAX_STRING_CHARS, f.streamReadConstraints().getMaxStringLength());
        assertEquals(LoaderLimits.MAX_FILE_BYTES, f.streamReadConstraints().getMaxDocumentLength());
        String longNumber = "planning_reserve: 0." + "1".repeat(LoaderLimits.MAX_NUMBER_CHARS) + "\n";
        assertEquals("t.yaml:1:19: error: a number of more than 50 characters\n"
                + "  hint: no value in a scenario needs that many digits\n", errors(longNumber));
        String longString = "description: " + "x".repeat(LoaderLimits.MAX_STRING_CHARS + 1) + "\n";
        assertTrue(errors(longString).startsWith("t.yaml:1:14: error: a string of 10001 characters; the limit is 10000"));
    }

    @Test
    void invalidYamlSyntaxGetsItsPlace() {
        assertEquals("t.yaml:2:5: error: invalid YAML: expected ',' or ']', but got :\n"
                + "  hint: in the flow sequence that starts at line 1, column 10; check its brackets, quotes and indentation\n",
                errors("regions: [NH, ZH\nname: x\n"));
    }

    @Test
    void everyProblemIsCollectedNotOnlyTheFirst() {
        String report = errors("""
                planning_reserve: 2
                circular: {ramp: curve, extra_shar: 1}
                monte_carlo: {draws: -1, percentiles: [50, 10]}
                """);
        assertEquals(5, report.lines().filter(l -> l.contains(": error: ")).count(), report);
    }
}
