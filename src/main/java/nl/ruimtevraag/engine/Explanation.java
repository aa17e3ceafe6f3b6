package nl.ruimtevraag.engine;

import java.util.List;

/**
 * The waterfall behind one region x werkmilieu x period: from uitbreidingsvraag to the saldo, each
 * step with its formula, its inputs (value and source) and its result. Built by {@link Explainer}.
 */
public record Explanation(String region, String regionName, String werkmilieu, String period, int endYear,
                          List<Step> steps) {
    public Explanation {
        steps = List.copyOf(steps);
    }

    /**
     * @param kind DEMAND and SUPPLY steps add up to the totals; TOTAL steps are those totals;
     *        INFO steps are shown for context and do not add up
     * @param result hectares, cumulative from the base year up to the period end
     */
    public record Step(String name, Kind kind, String formula, List<Input> inputs, double result) {
        public Step {
            inputs = List.copyOf(inputs);
        }
    }

    public enum Kind { DEMAND, SUPPLY, TOTAL, INFO }

    /** @param source where the value comes from (scenario file:line and source, or data set row and source) */
    public record Input(String name, String value, String source) {
    }
}
