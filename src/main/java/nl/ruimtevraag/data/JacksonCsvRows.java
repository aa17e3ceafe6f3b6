package nl.ruimtevraag.data;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Rows read with Jackson's streaming CSV parser: every text, with quotes, embedded line breaks,
 * blank lines and ragged rows, and the parser's own messages for what it cannot read. The
 * streaming parser is used directly: reading rows into maps through databind's CsvMapper loaded
 * some 300 more classes at start-up for the same result.
 */
final class JacksonCsvRows implements java.io.Closeable {
    private static final CsvFactory FACTORY = CsvFactory.builder()
            .enable(CsvParser.Feature.TRIM_SPACES)
            .enable(CsvParser.Feature.FAIL_ON_MISSING_HEADER_COLUMNS)
            .build();

    private final CsvParser parser;
    private JsonToken token;
    private Columns columns;

    private JacksonCsvRows(CsvParser parser) {
        this.parser = parser;
    }

    static JacksonCsvRows open(String text) throws IOException {
        CsvParser parser = (CsvParser) FACTORY.createParser(text);
        parser.setSchema(CsvSchema.emptySchema().withHeader().withColumnSeparator(','));
        return new JacksonCsvRows(parser);
    }

    /** Moves to the next row; false at the end of the text. A row that cannot be read throws. */
    public boolean next() throws IOException {
        token = parser.nextToken();
        return token != null && token != JsonToken.END_ARRAY;
    }

    /** The line the reader is on: after {@link #next()}, the line of the row (1-based). */
    public int line() {
        return (int) parser.currentLocation().getLineNr();
    }

    /** The header: known once {@link #next()} has returned true. */
    public Columns columns() {
        if (columns == null) {
            List<String> names = new ArrayList<>();
            for (CsvSchema.Column c : parser.getSchema()) {
                names.add(c.getName());
            }
            columns = new Columns(names);
        }
        return columns;
    }

    /** The row at the parser (on its START_OBJECT). */
    /** The cells of the current row by column position (null: the row has no value for the column). */
    public String[] cells() throws IOException {
        if (token != JsonToken.START_OBJECT) {
            throw new IOException("expected a row, found " + token);
        }
        Columns header = columns();
        String[] values = new String[header.size()];
        JsonToken t;
        while ((t = parser.nextToken()) == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            if (value == null || value.isStructStart()) {
                throw new IOException("expected a value for column '" + name + "', found " + value);
            }
            int i = header.position(name);
            if (i >= 0) {
                values[i] = value == JsonToken.VALUE_NULL ? null : parser.getValueAsString();
            }
        }
        if (t != JsonToken.END_OBJECT) {
            throw new IOException("expected the end of the row, found " + t);
        }
        return values;
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
