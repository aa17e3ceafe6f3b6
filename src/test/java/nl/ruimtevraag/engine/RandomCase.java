package nl.ruimtevraag.engine;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import nl.ruimtevraag.DataBuilder;
import nl.ruimtevraag.ScenarioBuilder;
import nl.ruimtevraag.model.CircularProfile;
import nl.ruimtevraag.model.GrowthRule;
import nl.ruimtevraag.model.Origin;
import nl.ruimtevraag.model.Param;
import nl.ruimtevraag.model.Period;
import nl.ruimtevraag.model.RStrategy;
import nl.ruimtevraag.model.RampShape;
import nl.ruimtevraag.model.Sector;
import nl.ruimtevraag.model.SupplyKind;
import nl.ruimtevraag.model.TransformationEvent;
import nl.ruimtevraag.model.Werkmilieu;

/**
 * A random but plausible data set and scenario from a seed, for property tests. Compensation and
 * withdrawal span their whole allowed range (0-100%, 0-5%/yr); the verkleinen factor stays
 * non-negative, the one condition an invariant holds under (docs/method.md). Some events compensate
 * in another region or werkmilieu.
 */
final class RandomCase {
    final DataBuilder data = new DataBuilder();
    final ScenarioBuilder scenario = new ScenarioBuilder();
    final List<String> codes = new ArrayList<>();
    private final SplittableRandom rnd;

    RandomCase(long seed) {
        rnd = new SplittableRandom(seed);
        scenario.baseYear = 2025;
        scenario.endYear = 2050;
        scenario.periods = new ArrayList<>(List.of(new Period(2025, 2030), new Period(2030, 2040), new Period(2040, 2050)));
        int regions = 2 + rnd.nextInt(5);
        for (int r = 0; r < regions; r++) {
            String code = "R" + r;
            codes.add(code);
            DataBuilder.RegionSpec spec = data.region(code);
            for (Werkmilieu w : Werkmilieu.values()) {
                spec.stock(w, rnd.nextDouble() < 0.2 ? 0 : u(5, 800));
                if (rnd.nextBoolean()) {
                    spec.supply(w, SupplyKind.values()[rnd.nextInt(3)], u(0, 200), 2025 + rnd.nextInt(20));
                }
            }
            for (Sector s : Sector.values()) {
                spec.jobs(s, u(0, 50_000));
            }
            spec.uitgifte(u(0, 60));
            spec.param(InputResolver.CE_INTENSITY, u(0.5, 1.5));
            spec.param(InputResolver.GRID_SHARE, u(0, 0.9));
            spec.param(InputResolver.GRID_RELIEF, 2026 + rnd.nextInt(12));
            spec.param(InputResolver.STIKSTOF_SHARE, u(0, 0.6));
            spec.param(InputResolver.WITHDRAWAL_RATE, u(0, 0.05));
        }
        for (Sector s : Sector.values()) {
            scenario.growth.add(new GrowthRule(null, s, 2026, 2050, Param.of(u(-0.01, 0.02)), Origin.BUILT_IN));
            scenario.tq.put(s, Param.of(u(0.005, 0.07)));
            scenario.mix.put(s, randomRow());
        }
        scenario.shrinkReturn = Param.of(u(0, 0.5));
        scenario.ceShare = Param.of(u(0, 0.2));
        scenario.ceRamp = rnd.nextBoolean() ? RampShape.LINEAR : RampShape.S_CURVE;
        double a = u(0, 1);
        double b = u(0, 1 - a);
        scenario.strategyShares.put(RStrategy.SLUITEN, Param.of(a));
        scenario.strategyShares.put(RStrategy.VERTRAGEN, Param.of(b));
        scenario.strategyShares.put(RStrategy.VERKLEINEN, Param.of(1 - a - b));
        for (RStrategy j : RStrategy.values()) {
            scenario.strategyMap.put(j, randomRow());
        }
        scenario.verkleinenFactor = Param.of(u(0, 1));
        scenario.doubleUseShare = Param.of(u(0, 0.3));
        scenario.doubleUseYears = 1 + rnd.nextInt(8);
        int events = rnd.nextInt(4);
        for (int e = 0; e < events; e++) {
            int from = 2026 + rnd.nextInt(15);
            boolean elsewhere = rnd.nextInt(3) == 0;
            scenario.events.add(new TransformationEvent(codes.get(rnd.nextInt(regions)),
                    Werkmilieu.values()[rnd.nextInt(Werkmilieu.COUNT)], Param.of(u(0, 100)), from,
                    from + rnd.nextInt(8), Param.of(u(0, 1)), List.of(), Origin.BUILT_IN,
                    elsewhere ? codes.get(rnd.nextInt(regions)) : null,
                    elsewhere ? Werkmilieu.values()[rnd.nextInt(Werkmilieu.COUNT)] : null));
        }
        scenario.zachtRealisation = Param.of(u(0.3, 1));
        scenario.stikstofProbability = Param.of(u(0.2, 0.9));
        scenario.stikstofDelay = Param.of(rnd.nextInt(6));
        scenario.reserve = Param.of(u(0, 0.3));
        for (String code : codes) {
            if (rnd.nextBoolean()) {
                scenario.intensification.put(code, Param.of(u(0, 0.2)));
            }
        }
        for (String code : codes) {
            if (rnd.nextInt(3) == 0) {
                scenario.profiles.put(code, randomProfile());
            }
        }
    }

    /** A regional R-strategy profile: shares (or none: national), and rows for some groups. */
    private CircularProfile randomProfile() {
        Map<RStrategy, Param> shares = null;
        if (rnd.nextBoolean()) {
            double a = u(0, 1);
            double b = u(0, 1 - a);
            shares = new EnumMap<>(RStrategy.class);
            shares.put(RStrategy.SLUITEN, Param.of(a));
            shares.put(RStrategy.VERTRAGEN, Param.of(b));
            shares.put(RStrategy.VERKLEINEN, Param.of(1 - a - b));
        }
        Map<RStrategy, Map<Werkmilieu, Double>> rows = new EnumMap<>(RStrategy.class);
        for (RStrategy j : RStrategy.values()) {
            if (rnd.nextBoolean()) {
                rows.put(j, randomRow());
            }
        }
        return new CircularProfile(shares, rows);
    }

    double u(double lo, double hi) {
        return lo + (hi - lo) * rnd.nextDouble();
    }

    private Map<Werkmilieu, Double> randomRow() {
        double[] w = new double[Werkmilieu.COUNT];
        double sum = 0;
        for (int i = 0; i < w.length; i++) {
            w[i] = rnd.nextDouble() < 0.3 ? 0 : rnd.nextDouble();
            sum += w[i];
        }
        if (sum == 0) {
            w[1] = 1;
            sum = 1;
        }
        Map<Werkmilieu, Double> row = new EnumMap<>(Werkmilieu.class);
        for (Werkmilieu m : Werkmilieu.values()) {
            row.put(m, w[m.ordinal()] / sum);
        }
        return row;
    }

    Projection project() {
        return Projector.project(InputResolver.resolve(scenario.build(), data.build(), ParamSource.central()));
    }
}
