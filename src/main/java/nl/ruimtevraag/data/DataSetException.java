package nl.ruimtevraag.data;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import nl.ruimtevraag.model.Problem;

/** A data set that cannot be used, with every problem found. */
public final class DataSetException extends Exception {
    private final transient List<Problem> problems;

    public DataSetException(List<Problem> problems) {
        super(problems.stream().map(p -> p.format(Locale.ENGLISH)).collect(Collectors.joining(System.lineSeparator())));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }

    /** Every problem formatted in the locale's language (English or Dutch), one a line. */
    public String report(Locale locale) {
        return problems.stream().map(p -> p.format(locale)).collect(Collectors.joining(System.lineSeparator()));
    }
}
