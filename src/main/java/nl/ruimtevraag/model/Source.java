package nl.ruimtevraag.model;

/** A public source or an estimation method (IDs starting with EST-) of the data set. */
public record Source(String id, String title, String publisher, String year, String url, String note) {
}
