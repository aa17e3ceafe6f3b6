package nl.ruimtevraag.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.LongStream;
import nl.ruimtevraag.model.GrowthRule;
import nl.ruimtevraag.model.Origin;
import nl.ruimtevraag.model.Param;
import nl.ruimtevraag.model.Period;
import nl.ruimtevraag.model.RStrategy;
import nl.ruimtevraag.model.RegionalData;
import nl.ruimtevraag.model.TransformationEvent;
import nl.ruimtevraag.model.Werkmilieu;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties of the method over hundreds of random cases from a seeded generator
 * ({@link RandomCase}); a failure names its seed in the test's display name.
 */
class InvariantTest {
    private static final double EPS = 1e-7;

    static LongStream seeds() {
        return LongStream.range(0, 300);
    }

    /**
     * Over every allowed compensation c (0..1) and withdrawal rate (0..5%/yr), in the event's own row
     * or in another region and werkmilieu: more transformed hectares never lower demand or the shortage.
     */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void moreTransformationNeverLowersDemandOrTheShortage(long seed) {
        RandomCase c = new RandomCase(seed);
        for (String code : c.codes) {
            c.scenario.withdrawal.put(code, Param.of(c.u(0, 0.05)));
        }
        String region = c.codes.get((int) (seed % c.codes.size()));
        Werkmilieu werkmilieu = Werkmilieu.values()[(int) (seed % 5)];
        boolean elsewhere = seed % 3 == 0;
        String target = elsewhere ? c.codes.get((int) ((seed / 3) % c.codes.size())) : null;
        Werkmilieu targetW = elsewhere ? Werkmilieu.values()[(int) ((seed / 7) % 5)] : null;
        Param compensation = Param.of(c.u(0, 1));
        int from = 2026 + (int) (seed % 20);
        int to = from + (int) (seed % 5);
        double hectares = c.u(0, 200);
        c.scenario.events.add(new TransformationEvent(region, werkmilieu, Param.of(hectares), from, to, compensation,
                List.of(), Origin.BUILT_IN, target, targetW));
        Projection before = c.project();
        c.scenario.events.set(c.scenario.events.size() - 1, new TransformationEvent(region, werkmilieu,
                Param.of(hectares + c.u(1, 2000)), from, to, compensation, List.of(), Origin.BUILT_IN, target, targetW));
        Projection after = c.project();
        assertDemandNotLower(before, after);
        assertShortageNotLower(before, after);
    }

    /**
     * A region's result does not depend on which other regions are selected: an event in an unselected
     * region that compensates into a selected one still counts there.
     */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aRegionsResultDoesNotDependOnWhichOtherRegionsAreSelected(long seed) {
        RandomCase c = new RandomCase(seed);
        c.scenario.events.add(new TransformationEvent(c.codes.get(0), Werkmilieu.GEMENGD, Param.of(c.u(1, 300)), 2027, 2031,
                Param.of(c.u(0, 1)), List.of(), Origin.BUILT_IN, c.codes.get(1), Werkmilieu.LOGISTIEK));
        Projection all = c.project();
        List<String> subset = new ArrayList<>(c.codes.subList(1, c.codes.size()));
        Collections.shuffle(subset, new Random(seed));
        subset = new ArrayList<>(subset.subList(0, 1 + (int) (seed % subset.size())));
        c.scenario.regions = subset;
        Projection some = c.project();
        assertEquals(subset.size(), some.regionCount());
        for (int rs = 0; rs < some.regionCount(); rs++) {
            int ra = all.regionCodes().indexOf(some.regionCodes().get(rs));
            for (int w = 0; w < Werkmilieu.COUNT; w++) {
                for (Period period : all.periods()) {
                    Confrontation a = all.confrontation(ra, w, period);
                    Confrontation b = some.confrontation(rs, w, period);
                    String where = some.regionCodes().get(rs) + " " + w + " " + period.label();
                    assertEquals(a.vraag(), b.vraag(), 1e-9 * Math.max(1, Math.abs(a.vraag())), where);
                    assertEquals(a.aanbod(), b.aanbod(), 1e-9 * Math.max(1, Math.abs(a.aanbod())), where);
                }
            }
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aLaterReliefYearNeverLowersTheShortage(long seed) {
        RandomCase c = new RandomCase(seed);
        Projection before = c.project();
        c.scenario.reliefDelay = Param.of(1 + seed % 6);
        assertShortageNotLower(before, c.project());
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aHigherCircularShareNeverLowersDemand(long seed) {
        RandomCase c = new RandomCase(seed);
        Projection before = c.project();
        c.scenario.ceShare = Param.of(c.scenario.ceShare.central() + c.u(0.001, 0.2));
        Projection after = c.project();
        for (int r = 0; r < before.regionCount(); r++) {
            for (int w = 0; w < Werkmilieu.COUNT; w++) {
                for (Period p : before.periods()) {
                    double a = before.upTo(Measure.DEMAND, r, w, p.end());
                    double b = after.upTo(Measure.DEMAND, r, w, p.end());
                    assertTrue(b >= a - EPS, "demand fell from " + a + " to " + b);
                }
            }
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void noGrowthNoCircularNoTransformationNoReserveGiveNoDemand(long seed) {
        RandomCase c = new RandomCase(seed);
        c.scenario.growth.clear();
        c.scenario.ceShare = Param.of(0);
        c.scenario.events.clear();
        c.scenario.reserve = Param.of(0);
        for (String code : c.codes) {
            c.scenario.withdrawal.put(code, Param.of(0));
        }
        Projection p = c.project();
        for (int r = 0; r < p.regionCount(); r++) {
            for (int w = 0; w < Werkmilieu.COUNT; w++) {
                assertEquals(0, p.upTo(Measure.DEMAND, r, w, 2050), EPS);
            }
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void circularBuildUpSumsToTheNationalStockTimesTheShare(long seed) {
        RandomCase c = new RandomCase(seed);
        c.scenario.verkleinenFactor = Param.of(1);
        c.scenario.doubleUseShare = Param.of(0);
        Projection p = c.project();
        RegionalData data = c.data.build();
        double stock = 0;
        for (var region : data.regions()) {
            stock += region.stockTotal();
        }
        double built = 0;
        for (int r = 0; r < p.regionCount(); r++) {
            for (int w = 0; w < Werkmilieu.COUNT; w++) {
                built += p.upTo(Measure.CIRCULAR, r, w, 2050);
            }
        }
        assertEquals(stock * c.scenario.ceShare.central(), built, 1e-6 * Math.max(1, built));
        c.scenario.profiles.clear(); // one sluiten share for every region
        p = c.project();
        double bySluiten = 0;
        for (int r = 0; r < p.regionCount(); r++) {
            for (int w = 0; w < Werkmilieu.COUNT; w++) {
                for (int year = 2026; year <= 2050; year++) {
                    bySluiten += p.circular(RStrategy.SLUITEN, r, w, year);
                }
            }
        }
        assertEquals(stock * c.scenario.ceShare.central() * c.scenario.strategyShares.get(RStrategy.SLUITEN).central(),
                bySluiten, 1e-6 * Math.max(1, bySluiten));
    }

    /**
     * A region's numbers are the same whether the scenario selects every region or a subset (κ is
     * normalised over the whole data set, strategy weights and their clamp are per region).
     */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void withRegionalProfilesARegionsResultDoesNotDependOnTheSelection(long seed) {
        RandomCase c = new RandomCase(seed);
        c.scenario.verkleinenFactor = Param.of(c.u(-2, 2));
        List<String> subset = new ArrayList<>();
        for (String code : c.codes) {
            if (subset.isEmpty() || c.u(0, 1) < 0.5) {
                subset.add(code);
            }
        }
        c.scenario.events.removeIf(e -> !subset.contains(e.region()));
        Projection all = c.project();
        c.scenario.regions.addAll(subset);
        Projection some = c.project();
        assertEquals(subset, some.regionCodes());
        for (int r = 0; r < some.regionCount(); r++) {
            int ra = all.regionIndex(some.regionCodes().get(r));
            for (int w = 0; w < Werkmilieu.COUNT; w++) {
                for (Period period : some.periods()) {
                    Confrontation a = all.confrontation(ra, w, period);
                    Confrontation b = some.confrontation(r, w, period);
                    String where = some.regionCodes().get(r) + " " + w + " " + period.label();
                    assertEquals(a.vraag(), b.vraag(), 1e-9 * Math.max(1, Math.abs(a.vraag())), where);
                    assertEquals(a.aanbod(), b.aanbod(), 1e-9 * Math.max(1, Math.abs(a.aanbod())), where);
                }
            }
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void resultsDoNotDependOnTheOrderOfRegionsOrEvents(long seed) {
        RandomCase c = new RandomCase(seed);
        Projection p = c.project();
        RandomCase shuffled = new RandomCase(seed);
        List<String> order = new ArrayList<>(shuffled.codes);
        Collections.shuffle(order, new Random(seed));
        RegionalData d = shuffled.data.build();
        List<nl.ruimtevraag.model.RegionData> regions = new ArrayList<>();
        for (String code : order) {
            regions.add(d.region(code).orElseThrow());
        }
        RegionalData reordered = new RegionalData(d.name(), d.version(), regions, d.sources());
        Collections.reverse(shuffled.scenario.events);
        List<GrowthRule> rules = shuffled.scenario.growth; // rules for distinct sectors: order-free
        Collections.reverse(rules);
        Projection q = Projector.project(InputResolver.resolve(shuffled.scenario.build(), reordered, ParamSource.central()));
        Map<String, Integer> index = new HashMap<>();
        for (int r = 0; r < q.regionCount(); r++) {
            index.put(q.regionCodes().get(r), r);
        }
        for (int r = 0; r < p.regionCount(); r++) {
            int rq = index.get(p.regionCodes().get(r));
            for (int w = 0; w < Werkmilieu.COUNT; w++) {
                for (Period period : p.periods()) {
                    Confrontation a = p.confrontation(r, w, period);
                    Confrontation b = q.confrontation(rq, w, period);
                    String where = p.regionCodes().get(r) + " " + w + " " + period.label();
                    // kappa's normalising sums run in another order: equal up to rounding
                    assertEquals(a.vraag(), b.vraag(), 1e-9 * Math.max(1, Math.abs(a.vraag())), where);
                    assertEquals(a.aanbod(), b.aanbod(), 1e-9 * Math.max(1, Math.abs(a.aanbod())), where);
                }
            }
        }
    }

    private static void assertDemandNotLower(Projection before, Projection after) {
        for (int r = 0; r < before.regionCount(); r++) {
            for (int w = 0; w < Werkmilieu.COUNT; w++) {
                for (int year = 2026; year <= 2050; year++) {
                    double a = before.upTo(Measure.DEMAND, r, w, year);
                    double b = after.upTo(Measure.DEMAND, r, w, year);
                    assertTrue(b >= a - EPS, before.regionCodes().get(r) + " " + w + " " + year + ": demand fell from " + a
                            + " to " + b);
                }
            }
        }
    }

    private static void assertShortageNotLower(Projection before, Projection after) {
        for (Period p : before.periods()) {
            for (int r = 0; r < before.regionCount(); r++) {
                double a = before.regionTotal(r, p).extraHaStrict();
                double b = after.regionTotal(r, p).extraHaStrict();
                assertTrue(b >= a - EPS, before.regionCodes().get(r) + " " + p.label() + ": shortage fell from " + a + " to " + b);
            }
            assertTrue(after.nationalTotal(p).extraHaStrict() >= before.nationalTotal(p).extraHaStrict() - EPS);
        }
    }
}
