package nl.ruimtevraag;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.ruimtevraag.model.Circular;
import nl.ruimtevraag.model.CircularFraming;
import nl.ruimtevraag.model.CircularProfile;
import nl.ruimtevraag.model.Constraints;
import nl.ruimtevraag.model.DemandMethod;
import nl.ruimtevraag.model.Economy;
import nl.ruimtevraag.model.GrowthRule;
import nl.ruimtevraag.model.Horizon;
import nl.ruimtevraag.model.Intensification;
import nl.ruimtevraag.model.IntensificationBasis;
import nl.ruimtevraag.model.MonteCarlo;
import nl.ruimtevraag.model.Netcongestie;
import nl.ruimtevraag.model.Origin;
import nl.ruimtevraag.model.OutputSettings;
import nl.ruimtevraag.model.Param;
import nl.ruimtevraag.model.Period;
import nl.ruimtevraag.model.PermitConstraint;
import nl.ruimtevraag.model.RStrategy;
import nl.ruimtevraag.model.RampShape;
import nl.ruimtevraag.model.RegionSelection;
import nl.ruimtevraag.model.RegionalParam;
import nl.ruimtevraag.model.Replacement;
import nl.ruimtevraag.model.Scenario;
import nl.ruimtevraag.model.Sector;
import nl.ruimtevraag.model.TqBasis;
import nl.ruimtevraag.model.SupplyAddition;
import nl.ruimtevraag.model.SupplySettings;
import nl.ruimtevraag.model.TransformationEvent;
import nl.ruimtevraag.model.Werkmilieu;

/**
 * Builds scenarios in code for tests. Starts neutral: no growth, no CE, no transformation, no
 * constraints, no reserve; every share of new space goes to gemengd.
 */
public final class ScenarioBuilder {
    public String name = "test";
    public int baseYear = 2025;
    public int endYear = 2028;
    public List<Period> periods = new ArrayList<>(List.of(new Period(2025, 2026), new Period(2026, 2028)));
    public List<String> regions = new ArrayList<>();
    public DemandMethod method = DemandMethod.EMPLOYMENT;
    public List<GrowthRule> growth = new ArrayList<>();
    public Map<Sector, Param> tq = new EnumMap<>(Sector.class);
    public TqBasis tqBasis = TqBasis.NATIONAL;
    /** CE as extra space on the stock with nothing embedded (the share-of-demand framing: set it) */
    public CircularFraming framing = new CircularFraming(CircularFraming.Kind.EXTRA_SPACE, Param.of(0),
            new java.util.TreeMap<>(Map.of(2000, Param.of(0))));
    /** the year the CE extra share is reached; 0: the end year */
    public int ceReachedIn;
    /** the s-curves' midpoint year (CE and intensification); 0: the middle of the horizon */
    public int midpointYear;
    public Param tqTrend = Param.of(0);
    public Map<Sector, Map<Werkmilieu, Double>> mix = new EnumMap<>(Sector.class);
    public Param shrinkReturn = Param.of(0);
    public TreeMap<Integer, Param> trendMultiplier = new TreeMap<>(Map.of(2025, Param.of(1)));
    public Param ceShare = Param.of(0);
    public RampShape ceRamp = RampShape.LINEAR;
    public Map<String, Param> intensity = new HashMap<>();
    public Map<RStrategy, Param> strategyShares = new EnumMap<>(RStrategy.class);
    public Map<RStrategy, Map<Werkmilieu, Double>> strategyMap = new EnumMap<>(RStrategy.class);
    public Param verkleinenFactor = Param.of(1);
    public Param doubleUseShare = Param.of(0);
    public int doubleUseYears = 5;
    /** regional R-strategy profiles by region code */
    public Map<String, CircularProfile> profiles = new HashMap<>();
    public List<TransformationEvent> events = new ArrayList<>();
    public Map<String, Param> withdrawal = new HashMap<>();
    public Param replacementShare = Param.of(0);
    public Map<String, Param> intensification = new HashMap<>();
    /** intensification: STOCK by default, from the base year to the end year (the form before calendar milestones) */
    public IntensificationBasis intensificationBasis = IntensificationBasis.STOCK;
    public Map<String, Param> intensificationHectares = new HashMap<>();
    public Integer intensificationStart;
    public Integer intensificationReached;
    public List<SupplyAddition> supply = new ArrayList<>();
    public Param zachtRealisation = Param.of(1);
    public Map<String, Param> gridShare = new HashMap<>();
    public Param gridShareDefault = Param.of(0);
    public Map<String, Param> reliefYear = new HashMap<>();
    public Param reliefDelay = Param.of(0);
    public Param gridDirectShare = Param.of(0);
    public Param stikstofHardShare = Param.of(0);
    public Param waterHardShare = Param.of(0);
    public Map<Werkmilieu, Double> gridWeights = new EnumMap<>(Werkmilieu.class);
    public Map<String, Param> stikstofShare = new HashMap<>();
    public Param stikstofShareDefault = Param.of(0);
    public Param stikstofProbability = Param.of(1);
    public Param stikstofDelay = Param.of(0);
    public boolean waterEnabled = false;
    public Map<String, Param> waterShare = new HashMap<>();
    public Param waterProbability = Param.of(1);
    public Param waterDelay = Param.of(0);
    public Param reserve = Param.of(0);

    public ScenarioBuilder() {
        for (Sector s : Sector.values()) {
            tq.put(s, Param.of(0.01));
            mix.put(s, new EnumMap<>(Map.of(Werkmilieu.GEMENGD, 1.0)));
        }
        for (RStrategy j : RStrategy.values()) {
            strategyShares.put(j, Param.of(j == RStrategy.SLUITEN ? 1 : 0));
            strategyMap.put(j, new EnumMap<>(Map.of(Werkmilieu.GEMENGD, 1.0)));
        }
        for (Werkmilieu w : Werkmilieu.values()) {
            gridWeights.put(w, 1.0);
        }
    }

    /** A growth rate for every region and sector over the whole horizon. */
    public ScenarioBuilder growthAll(double rate) {
        growth.add(new GrowthRule(null, null, baseYear + 1, endYear, Param.of(rate), Origin.BUILT_IN));
        return this;
    }

    public Scenario build() {
        Map<Sector, Map<Werkmilieu, Double>> mixCopy = new EnumMap<>(Sector.class);
        mix.forEach((k, v) -> mixCopy.put(k, Map.copyOf(v)));
        Map<RStrategy, Map<Werkmilieu, Double>> mapCopy = new EnumMap<>(RStrategy.class);
        strategyMap.forEach((k, v) -> mapCopy.put(k, Map.copyOf(v)));
        Economy economy = new Economy(method, "", growth, tq, tqBasis, tqTrend, mixCopy, shrinkReturn, trendMultiplier, 1.5);
        Circular circular = new Circular(framing, ceShare, ceReachedIn == 0 ? endYear : ceReachedIn, ceRamp,
                (midpointYear != 0 ? midpointYear : (baseYear + endYear) / 2), 0.3,
                new RegionalParam(null, intensity, Param.of(1)), strategyShares, mapCopy, verkleinenFactor,
                doubleUseShare, doubleUseYears, profiles);
        Replacement replacement = new Replacement(new RegionalParam(null, withdrawal, Param.of(0)), replacementShare);
        Intensification intens = new Intensification(intensificationBasis, new RegionalParam(null, intensification, Param.of(0)),
                new RegionalParam(null, intensificationHectares, Param.of(0)),
                intensificationStart == null ? baseYear : intensificationStart,
                intensificationReached == null ? endYear : intensificationReached, RampShape.LINEAR, (midpointYear != 0 ? midpointYear : (baseYear + endYear) / 2), 0.3);
        Netcongestie grid = new Netcongestie(new RegionalParam(null, gridShare, gridShareDefault),
                new RegionalParam(null, reliefYear, Param.of(baseYear)), reliefDelay, gridDirectShare, gridWeights);
        PermitConstraint stikstof = new PermitConstraint(true, new RegionalParam(null, stikstofShare, stikstofShareDefault),
                stikstofHardShare,
                stikstofProbability, stikstofDelay);
        PermitConstraint water = new PermitConstraint(waterEnabled, new RegionalParam(null, waterShare, Param.of(0)),
                waterHardShare,
                waterProbability, waterDelay);
        return new Scenario(new Scenario.Identity(name, "test scenario", Origin.BUILT_IN, ""), new Horizon(baseYear, endYear, periods),
                new RegionSelection(regions, Map.of()), economy, circular, events, replacement, intens,
                new SupplySettings(supply, zachtRealisation), new Constraints(grid, stikstof, water), reserve,
                new MonteCarlo(0, 1, List.of(10.0, 50.0, 90.0)), new OutputSettings("", "", List.of("xlsx"), "nl"));
    }
}
