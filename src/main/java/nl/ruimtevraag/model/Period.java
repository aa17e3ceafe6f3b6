package nl.ruimtevraag.model;

/**
 * A reporting period: the years {@code start+1 .. end}. A period "2025-2030" thus sums the demand
 * of 2026 to 2030; the confrontation at its end compares everything up to and including 2030.
 */
public record Period(int start, int end) {
    public Period {
        if (end <= start) {
            throw new IllegalArgumentException("period end must be after its start: " + start + "-" + end);
        }
    }

    public String label() {
        return start + "-" + end;
    }

    public boolean contains(int year) {
        return year > start && year <= end;
    }
}
