package nl.ruimtevraag.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.LongStream;
import nl.ruimtevraag.model.IntensificationBasis;
import nl.ruimtevraag.model.Param;
import nl.ruimtevraag.model.TransformationEvent;
import nl.ruimtevraag.model.Werkmilieu;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The workbook's live chain states supply held back, intensification and transformation demand as
 * formulas of the scenario's scalar inputs and the engine's series ({@link SupplyTerms},
 * {@link Projection#transformedHectares}). Over random scenarios with every constraint on, those
 * recompositions must give the engine's own numbers, so a recalculated workbook equals a rerun.
 */
class SupplyTermsTest {
    private static final double EPS = 1e-9;

    static LongStream seeds() {
        return LongStream.range(1, 61);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void supplyRecomposedFromTheTermsEqualsTheEngine(long seed) {
        RandomCase c = new RandomCase(seed);
        c.scenario.stikstofHardShare = Param.of(c.u(0, 0.5));
        c.scenario.waterEnabled = seed % 2 == 0;
        c.scenario.waterHardShare = Param.of(seed % 4 == 0 ? c.u(0, 0.5) : 0);
        c.scenario.waterProbability = Param.of(c.u(0.2, 1));
        c.scenario.waterDelay = Param.of((double) (seed % 5));
        for (String code : c.codes) {
            c.scenario.waterShare.put(code, Param.of(c.u(0, 0.4)));
        }
        c.scenario.intensificationBasis = IntensificationBasis.values()[(int) (seed % 3)];
        if (c.scenario.intensificationBasis == IntensificationBasis.HECTARES) {
            for (String code : c.codes) {
                c.scenario.intensificationHectares.put(code, Param.of(c.u(0, 50)));
            }
        }
        Projection p = c.project();
        double pz = p.input().supply().zachtRealisation();
        int checked = 0;
        for (int r = 0; r < p.regionCount(); r++) {
            for (int w = 0; w < Werkmilieu.COUNT; w++) {
                double demandToDate = 0;
                for (int year = p.horizon().baseYear() + 1; year <= p.horizon().endYear(); year++) {
                    demandToDate += p.value(Measure.DEMAND, r, w, year);
                    SupplyTerms t = p.supplyTerms(r, w, year);
                    double direct = p.value(Measure.SUPPLY_DIRECT, r, w, year);
                    double hard = p.value(Measure.SUPPLY_HARD, r, w, year);
                    double zacht = p.value(Measure.SUPPLY_ZACHT, r, w, year);
                    String at = "r" + r + " w" + w + " " + year;
                    assertEquals(p.value(Measure.ZACHT_UNREALISED, r, w, year), zacht * (1 - pz), EPS, at);
                    assertEquals(p.value(Measure.HELD_GRID, r, w, year), direct * (1 - t.gridDirectFactor())
                            + (hard + zacht * pz) * (1 - t.gridFactor()), EPS, at);
                    assertEquals(p.value(Measure.HELD_STIKSTOF, r, w, year), pz * t.gridFactor() * (zacht - t.zachtAfterStikstof())
                            + t.gridFactor() * (hard - t.hardAfterStikstof()), EPS, at);
                    assertEquals(p.value(Measure.HELD_WATER, r, w, year),
                            pz * t.gridFactor() * (t.zachtAfterStikstof() - t.zachtAfterPermits())
                                    + t.gridFactor() * (t.hardAfterStikstof() - t.hardAfterPermits()), EPS, at);
                    if (c.scenario.intensificationBasis == IntensificationBasis.NEED) {
                        assertEquals(p.value(Measure.INTENSIFICATION, r, w, year),
                                Math.max(0, demandToDate) * t.intensificationOfNeed(), EPS, at);
                    } else {
                        assertTrue(Double.isNaN(t.intensificationOfNeed()), at);
                    }
                    checked++;
                }
            }
        }
        assertTrue(checked > 0);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void transformationDemandIsHectaresTimesCompensationPerEvent(long seed) {
        RandomCase c = new RandomCase(seed);
        Projection p = c.project();
        double[][][] sum = new double[p.regionCount()][Werkmilieu.COUNT][p.horizon().years()];
        for (TransformationEvent e : c.scenario.events) {
            int r = p.regionCodes().indexOf(e.compensationRegion());
            if (r < 0) {
                continue;
            }
            double[] hectares = p.transformedHectares(e);
            for (int y = 0; y < hectares.length; y++) {
                sum[r][e.compensationWerkmilieu().ordinal()][y] += hectares[y] * e.compensation().central();
            }
        }
        for (int r = 0; r < p.regionCount(); r++) {
            for (int w = 0; w < Werkmilieu.COUNT; w++) {
                for (int y = 0; y < p.horizon().years(); y++) {
                    int year = p.horizon().baseYear() + 1 + y;
                    assertEquals(p.value(Measure.TRANSFORMATION, r, w, year), sum[r][w][y], EPS, "r" + r + " w" + w + " " + year);
                }
            }
        }
    }
}
