package nl.ruimtevraag.scenario;

import nl.ruimtevraag.model.Problem;
import java.util.List;
import java.util.stream.Collectors;
import nl.ruimtevraag.model.Scenario;

/** The outcome of loading a scenario: a valid {@link Scenario}, or every problem found. */
public sealed interface LoadResult permits LoadResult.Loaded, LoadResult.Failed {

    /** True when the scenario loaded without problems. */
    boolean ok();

    /** The scenario; throws {@link IllegalStateException} (listing the problems) when loading failed. */
    Scenario scenario();

    /** The problems, in file order; empty when the scenario loaded. */
    List<Problem> problems();

    /** Every problem formatted in Dutch, one after the other, each ending with a newline; "" when ok. */
    default String report() {
        return report(Problem.DUTCH);
    }

    /** Every problem formatted in the locale's language (English or Dutch), each ending with a newline; "" when ok. */
    default String report(java.util.Locale locale) {
        return problems().stream().map(p -> p.format(locale) + "\n").collect(Collectors.joining());
    }

    record Loaded(Scenario scenario) implements LoadResult {
        public Loaded {
            if (scenario == null) {
                throw new IllegalArgumentException("scenario is null");
            }
        }

        @Override public boolean ok() { return true; }
        @Override public List<Problem> problems() { return List.of(); }
    }

    record Failed(List<Problem> problems) implements LoadResult {
        public Failed {
            problems = List.copyOf(problems);
            if (problems.isEmpty()) {
                throw new IllegalArgumentException("a failed load needs at least one problem");
            }
        }

        @Override public boolean ok() { return false; }

        @Override
        public Scenario scenario() {
            throw new IllegalStateException("the scenario has errors:\n" + report());
        }
    }
}
