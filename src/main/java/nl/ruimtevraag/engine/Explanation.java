package nl.ruimtevraag.engine;

import java.util.List;
import nl.ruimtevraag.model.Werkmilieu;

/**
 * The waterfall behind one region x werkmilieu x period: from uitbreidingsvraag to the saldo, each
 * step with its inputs (value and source) and its result. Built by {@link Explainer}. It holds no
 * text in any language: steps and inputs are named by enums with their numbers and codes as
 * arguments; report.WaterfallText writes them (and each step's formula) in Dutch or English.
 */
public record Explanation(String region, String regionName, Werkmilieu werkmilieu, String period, int endYear,
                          List<Step> steps) {
    public Explanation {
        steps = List.copyOf(steps);
    }

    /**
     * @param kind DEMAND and SUPPLY steps add up to the totals; TOTAL steps are those totals;
     *        INFO steps are shown for context and do not add up
     * @param args the numbers and codes in the step's name or formula (the first summed year for DEMAND)
     * @param result hectares, cumulative from the base year up to the period end
     */
    public record Step(Part part, Kind kind, List<Object> args, List<Input> inputs, double result) {
        public Step {
            args = List.copyOf(args);
            inputs = List.copyOf(inputs);
        }
    }

    public enum Kind { DEMAND, SUPPLY, TOTAL, INFO }

    /** The steps of the method (docs/method.md), in the order of the waterfall. */
    public enum Part {
        EMPLOYMENT, TREND, USED_MEAN, TRANSFORMATION, WITHDRAWAL, REPLACEMENT_SHARE, CIRCULAR, RESERVE, DEMAND,
        SUPPLY_DIRECT, SUPPLY_HARD, SUPPLY_ZACHT, ZACHT_UNREALISED, HELD_GRID, HELD_STIKSTOF, HELD_WATER, WATER_OFF,
        INTENSIFICATION, INTENSIFICATION_NEED, INTENSIFICATION_HECTARES, SUPPLY, SALDO, EXTRA_HA
    }

    /**
     * @param args the codes and years in its name (sector, werkmilieu, strategy codes; years)
     * @param value a {@link nl.ruimtevraag.model.Param} (report writes it in its language), a {@link Double}, a
     *        {@link Share} or language-neutral text
     * @param source where the value comes from (scenario file:line and source, or data set row and
     *        source); empty for a built-in value
     */
    public record Input(Quantity quantity, List<Object> args, Object value, String source) {
        public Input {
            args = List.copyOf(args);
        }
    }

    /** A share (0.59 for 59%) the report writes as a percentage. */
    public record Share(double value) {
    }

    /** What an input is; {@link Input#args()} fills its name (report.WaterfallText). */
    public enum Quantity {
        JOBS, TQ, TQ_REGION, MIX, GROWTH_ALL, GROWTH, TQ_TREND, SHRINK_RETURN, UITGIFTE, STOCK_SHARE, TREND_FACTOR, TREND_FACTOR_YEAR,
        TRANSFORMATION, TRANSFORMATION_FROM, COMPENSATION, STOCK, WITHDRAWAL_RATE, REPLACEMENT_SHARE, REGION_STOCK, CE_SHARE, CE_EMBEDDED, CE_EXTRA, CE_RAMP,
        CE_INTENSITY, STRATEGY_SHARE, STRATEGY_MIX, VERKLEINEN, VERKLEINEN_USED, DOUBLE_USE, DOUBLE_USE_YEARS, RESERVE, PLAN, PLAN_REPLACING,
        PLAN_ADDED, ZACHT_REALISATION, GRID_SHARE, GRID_WEIGHT, RELIEF_YEAR, GRID_DIRECT_SHARE, STIKSTOF_SHARE,
        STIKSTOF_HARD_SHARE, PERMIT_PROBABILITY,
        PERMIT_DELAY, INTENSIFICATION, INTENSIFICATION_NEED, INTENSIFICATION_HECTARES, INTENSIFICATION_RAMP
    }
}
