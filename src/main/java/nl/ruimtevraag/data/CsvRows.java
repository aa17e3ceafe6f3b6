package nl.ruimtevraag.data;

import java.io.Closeable;
import java.io.IOException;

/**
 * The rows of one CSV text, in order, after its header line: the reader behind {@link CsvTable}.
 * Values are trimmed of the characters up to U+0020 on both sides (Jackson's TRIM_SPACES).
 */
interface CsvRows extends Closeable {
    /** Moves to the next row; false at the end of the text. A row that cannot be read throws. */
    boolean next() throws IOException;

    /** The line the reader is on: after {@link #next()}, the line of the row (1-based). */
    int line();

    /** The header: known once {@link #next()} has returned true. */
    Columns columns();

    /** The cells of the current row by column position (null: the row has no value for the column). */
    String[] cells() throws IOException;

    @Override
    void close() throws IOException;
}
