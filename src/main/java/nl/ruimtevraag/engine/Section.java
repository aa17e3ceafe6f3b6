package nl.ruimtevraag.engine;

/**
 * The plan of one section of the method (docs/method.md): which parameters its numbers come from, and
 * how. Built once per plan by {@link Planning}; never changed after, so one plan serves every thread.
 *
 * @param <T> the section's record in {@link ProjectionInput}
 */
@FunctionalInterface
interface Section<T> {
    /**
     * The section's numbers at the parameter values {@code v} ({@link InputPlan#params()} order). With
     * {@code reuse}, an earlier result of this section on the same thread, its arrays are refilled
     * instead of allocated.
     */
    T resolve(double[] v, T reuse);

    /**
     * A section with, when none of its parameters is uncertain, its numbers resolved once when it was
     * planned ({@code fixed}); the other sections are refilled on every resolve.
     */
    record Planned<T>(Section<T> section, T fixed) {
        T resolve(double[] v, T reuse) {
            return fixed != null ? fixed : section.resolve(v, reuse);
        }
    }
}
