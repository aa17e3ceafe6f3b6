package nl.ruimtevraag.model;

/**
 * One figure of the data set with its provenance.
 *
 * @param source source IDs separated by ';' (see {@link Source})
 * @param location "file:line" of the data set row it came from
 */
public record Figure(double value, Quality quality, String source, String note, String location) {
    public Figure {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("a figure must be finite");
        }
        source = source == null ? "" : source;
        note = note == null ? "" : note;
        location = location == null ? "" : location;
    }

    /** This figure as a point parameter whose origin names the data set row and source. */
    public Param.Point asParam() {
        String file = location;
        int line = 0;
        int colon = location.lastIndexOf(':');
        if (colon > 0) {
            file = location.substring(0, colon);
            try {
                line = Integer.parseInt(location.substring(colon + 1));
            } catch (NumberFormatException e) {
                file = location;
            }
        }
        return new Param.Point(value, new Origin(file, line, 1, source + " (" + quality.code() + ")"));
    }
}
