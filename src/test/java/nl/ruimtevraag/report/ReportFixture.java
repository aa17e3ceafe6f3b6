package nl.ruimtevraag.report;

import java.util.ArrayList;
import java.util.List;
import nl.ruimtevraag.DataBuilder;
import nl.ruimtevraag.ScenarioBuilder;
import nl.ruimtevraag.data.DataSetLoader;
import nl.ruimtevraag.engine.InputResolver;
import nl.ruimtevraag.engine.ParamSource;
import nl.ruimtevraag.engine.Projection;
import nl.ruimtevraag.engine.Projector;
import nl.ruimtevraag.model.Origin;
import nl.ruimtevraag.model.Param;
import nl.ruimtevraag.model.Period;
import nl.ruimtevraag.model.RegionData;
import nl.ruimtevraag.model.RegionalData;
import nl.ruimtevraag.model.Scenario;
import nl.ruimtevraag.model.Sector;
import nl.ruimtevraag.model.SupplyAddition;
import nl.ruimtevraag.model.SupplyKind;
import nl.ruimtevraag.model.TransformationEvent;
import nl.ruimtevraag.model.Werkmilieu;

/** Report contexts for tests: the embedded provinces with a busy scenario, and a hostile one. */
final class ReportFixture {
    /** Text a spreadsheet would take for a formula or a DDE call if it were not kept a string. */
    static final List<String> HOSTILE = List.of("=HYPERLINK(\"http://example.invalid\",\"klik\")", "+1+2", "-3-4",
            "@SUM(A1:A2)", "\t=1+1", "\r=2+2", "=cmd|' /C calc'!A0");

    private ReportFixture() {
    }

    /** The twelve provinces of the embedded data set, 2025-2050, with every component switched on. */
    static ReportContext provinces() {
        return context(busy(0.1, 0.7, 0.5, false));
    }

    /**
     * The provinces for the what-if test: {@link #provinces()} with every input of the live chain acting
     * (planreserve, zacht_realisatie, the compensation of the first event; a second event compensated in
     * another region), netcongestie, stikstof on hard plans, water, and intensification on the basis need.
     */
    static ReportContext whatIf(double reserve, double zachtRealisation, double compensation) {
        return context(busy(reserve, zachtRealisation, compensation, true));
    }

    private static ReportContext context(Scenario s) {
        try {
            RegionalData data = DataSetLoader.loadEmbedded();
            // the map as a run without --boundaries draws it: the embedded CBS/Kadaster province outlines
            return context(s, data).withBoundaries(nl.ruimtevraag.data.BoundariesLoader.embedded(data.codes()));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Scenario busy(double reserve, double zachtRealisation, double compensation, boolean everyConstraint) {
        ScenarioBuilder b = new ScenarioBuilder();
        b.name = "test-provincies";
        b.endYear = 2050;
        b.periods = new ArrayList<>(List.of(new Period(2025, 2030), new Period(2030, 2040), new Period(2040, 2050)));
        b.growthAll(0.012);
        b.tq.put(Sector.LOGISTIEK, new Param.Triangular(0.05, 0.06, 0.07, new Origin("scenario.yaml", 12, 5, "EST-TQ")));
        b.mix.get(Sector.LOGISTIEK).clear();
        b.mix.get(Sector.LOGISTIEK).putAll(java.util.Map.of(Werkmilieu.LOGISTIEK, 0.85, Werkmilieu.GEMENGD, 0.15));
        b.mix.get(Sector.INDUSTRIE).clear();
        b.mix.get(Sector.INDUSTRIE).putAll(java.util.Map.of(Werkmilieu.ZWAAR, 0.4, Werkmilieu.GEMENGD, 0.6));
        b.ceShare = new Param.Triangular(0.06, 0.10, 0.15, Origin.of("onderzoek voor IenW en EZ (2025)"));
        b.doubleUseShare = Param.of(0.2);
        b.reserve = Param.of(reserve, "provinciaal beleid");
        b.zachtRealisation = Param.of(zachtRealisation);
        b.stikstofProbability = Param.of(0.6);
        b.stikstofDelay = Param.of(3);
        b.intensification.put("UT", Param.of(0.05));
        b.events.add(new TransformationEvent("NH", Werkmilieu.GEMENGD, Param.of(120), 2026, 2032, Param.of(compensation),
                List.of(), new Origin("scenario.yaml", 40, 5, "")));
        b.supply.add(new SupplyAddition("NB", Werkmilieu.LOGISTIEK, SupplyKind.HARD, Param.of(40), 2031, false,
                new Origin("scenario.yaml", 50, 5, "")));
        b.gridShareDefault = Param.of(0);
        if (everyConstraint) {
            b.events.add(new TransformationEvent("ZH", Werkmilieu.STEDELIJK, Param.of(60), 2027, 2030, Param.of(0.8),
                    List.of(1.0, 2.0, 3.0, 1.0), new Origin("scenario.yaml", 44, 5, ""), "FL", Werkmilieu.GEMENGD));
            b.intensificationBasis = nl.ruimtevraag.model.IntensificationBasis.NEED;
            b.intensification.put("UT", Param.of(0.25));
            b.gridShareDefault = Param.of(0.3);
            b.gridDirectShare = Param.of(0.5);
            b.stikstofShareDefault = Param.of(0.4);
            b.stikstofHardShare = Param.of(0.2);
            b.waterEnabled = true;
            b.waterShare.put("ZE", Param.of(0.3));
            b.waterShare.put("NB", Param.of(0.1));
            b.waterHardShare = Param.of(0.1);
            b.waterProbability = Param.of(0.8);
            b.waterDelay = Param.of(2);
        }
        Scenario s = b.build();
        return new Scenario(new Scenario.Identity(s.name(), "Testraming voor de twaalf provincies", new Origin("scenarios/test.yaml", 0, 0, ""),
                "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"), s.horizon(), s.regions(),
                s.economy(), s.circular(), s.transformation(), s.replacement(), s.intensification(), s.supply(),
                s.constraints(), s.planningReserve(), new nl.ruimtevraag.model.MonteCarlo(0, 20250101L, List.of(10.0, 50.0, 90.0)),
                s.output());
    }

    /** {@link #provinces()} with the Monte Carlo bands of its own run (seeded; P10/P50/P90). */
    static ReportContext provincesWithBands(int draws) {
        ReportContext ctx = provinces();
        var settings = new nl.ruimtevraag.uncertainty.MonteCarloSettings(draws, 20250101L, List.of(10.0, 50.0, 90.0), 2);
        return ctx.withBands(nl.ruimtevraag.uncertainty.MonteCarloRunner.run(ctx.scenario(), ctx.data(), settings,
                nl.ruimtevraag.uncertainty.ProgressListener.NONE));
    }

    /** Two regions whose codes, names, scenario name and description are text a spreadsheet might execute. */
    static ReportContext hostile() {
        DataBuilder d = new DataBuilder();
        d.region("A").stock(Werkmilieu.GEMENGD, 100).jobs(Sector.INDUSTRIE, 1000).uitgifte(2)
                .supply(Werkmilieu.GEMENGD, SupplyKind.DIRECT, 3, 2025);
        d.region("B").stock(Werkmilieu.ZWAAR, 50).jobs(Sector.LOGISTIEK, 500).uitgifte(1);
        RegionalData raw = d.build();
        List<RegionData> regions = new ArrayList<>();
        for (int i = 0; i < raw.regions().size(); i++) {
            RegionData r = raw.regions().get(i);
            regions.add(new RegionData(HOSTILE.get(i), HOSTILE.get(i + 2), r.landsdeel(), r.stock(), r.jobs(),
                    r.uitgifte(), r.supply(), r.params()));
        }
        RegionalData data = new RegionalData(HOSTILE.get(4), HOSTILE.get(5), regions, raw.sources());
        ScenarioBuilder b = new ScenarioBuilder();
        b.name = HOSTILE.get(0);
        b.growthAll(0.02);
        b.reserve = new Param.Point(0.1, new Origin("x.yaml", 3, 1, HOSTILE.get(6)));
        Scenario s = b.build();
        s = new Scenario(new Scenario.Identity(s.name(), HOSTILE.get(1), s.origin(), s.sha256()), s.horizon(), s.regions(), s.economy(),
                s.circular(), s.transformation(), s.replacement(), s.intensification(), s.supply(), s.constraints(),
                s.planningReserve(), s.monteCarlo(), s.output());
        return context(s, data);
    }

    static ReportContext context(Scenario s, RegionalData data) {
        Projection p = Projector.project(InputResolver.resolve(s, data, ParamSource.central()));
        return new ReportContext(s, data, p, "0.1.0-test", "scenarios/test.yaml", false, Language.NL);
    }
}
