package nl.ruimtevraag.engine;

import java.util.EnumMap;
import java.util.Map;
import nl.ruimtevraag.model.RStrategy;
import nl.ruimtevraag.model.Werkmilieu;

/** The full projection's sink: one span per year, every measure stored per region x werkmilieu x year. */
final class SeriesSink implements RegionSink {
    private final int years;
    private final double[] expansionEmployment;
    private final double[] expansionTrend;
    private final double[] expansion;
    private final double[] transformation;
    private final double[] withdrawal;
    private final double[] replacementShare;
    private final double[] replacement;
    private final double[] doubleUse;
    private final double[] circular;
    private final double[] reserve;
    private final double[] demand;
    private final double[] direct;
    private final double[] hard;
    private final double[] zacht;
    private final double[] unrealised;
    private final double[] heldGrid;
    private final double[] heldStikstof;
    private final double[] heldWater;
    private final double[] intensification;
    private final double[] realisable;
    final double[][] byStrategy;
    final double[] ratio;

    SeriesSink(int regions, int years) {
        this.years = years;
        int cells = regions * Werkmilieu.COUNT * years;
        expansionEmployment = new double[cells];
        expansionTrend = new double[cells];
        expansion = new double[cells];
        transformation = new double[cells];
        withdrawal = new double[cells];
        replacementShare = new double[cells];
        replacement = new double[cells];
        doubleUse = new double[cells];
        circular = new double[cells];
        reserve = new double[cells];
        demand = new double[cells];
        direct = new double[cells];
        hard = new double[cells];
        zacht = new double[cells];
        unrealised = new double[cells];
        heldGrid = new double[cells];
        heldStikstof = new double[cells];
        heldWater = new double[cells];
        intensification = new double[cells];
        realisable = new double[cells];
        byStrategy = new double[RStrategy.COUNT][cells];
        ratio = new double[regions];
    }

    private int at(int r, int w, int year) {
        return (r * Werkmilieu.COUNT + w) * years + year;
    }

    @Override
    public boolean details() {
        return true;
    }

    @Override
    public void flows(int r, int w, int span, Flows f) {
        int i = at(r, w, span);
        expansionEmployment[i] = f.expansionEmployment();
        expansionTrend[i] = f.expansionTrend();
        expansion[i] = f.expansion();
        transformation[i] = f.transformation();
        withdrawal[i] = f.withdrawal();
        replacementShare[i] = f.replacementShare();
        replacement[i] = f.replacement();
        for (int j = 0; j < f.byStrategy().length; j++) {
            byStrategy[j][i] = f.byStrategy()[j];
        }
        doubleUse[i] = f.doubleUse();
        circular[i] = f.circular();
        reserve[i] = f.reserve();
        demand[i] = f.demand();
    }

    @Override
    public void stocks(int r, int w, int span, Stocks s) {
        int i = at(r, w, span);
        direct[i] = s.direct();
        hard[i] = s.hard();
        zacht[i] = s.zacht();
        unrealised[i] = s.unrealised();
        heldGrid[i] = s.heldGrid();
        heldStikstof[i] = s.heldStikstof();
        heldWater[i] = s.heldWater();
        intensification[i] = s.intensification();
        realisable[i] = s.realisable();
    }

    @Override
    public void divergence(int r, double ratio) {
        this.ratio[r] = ratio;
    }

    Map<Measure, double[]> series() {
        Map<Measure, double[]> out = new EnumMap<>(Measure.class);
        out.put(Measure.EXPANSION_EMPLOYMENT, expansionEmployment);
        out.put(Measure.EXPANSION_TREND, expansionTrend);
        out.put(Measure.EXPANSION, expansion);
        out.put(Measure.TRANSFORMATION, transformation);
        out.put(Measure.WITHDRAWAL, withdrawal);
        out.put(Measure.REPLACEMENT_SHARE, replacementShare);
        out.put(Measure.REPLACEMENT, replacement);
        out.put(Measure.CIRCULAR, circular);
        out.put(Measure.DOUBLE_USE, doubleUse);
        out.put(Measure.RESERVE, reserve);
        out.put(Measure.DEMAND, demand);
        out.put(Measure.SUPPLY_DIRECT, direct);
        out.put(Measure.SUPPLY_HARD, hard);
        out.put(Measure.SUPPLY_ZACHT, zacht);
        out.put(Measure.ZACHT_UNREALISED, unrealised);
        out.put(Measure.HELD_GRID, heldGrid);
        out.put(Measure.HELD_STIKSTOF, heldStikstof);
        out.put(Measure.HELD_WATER, heldWater);
        out.put(Measure.INTENSIFICATION, intensification);
        out.put(Measure.SUPPLY_REALISABLE, realisable);
        return out;
    }
}
