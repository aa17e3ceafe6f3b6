package nl.ruimtevraag.data;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.ruimtevraag.model.Problem;

/**
 * One CSV file of a data set, read with Jackson's CSV parser into rows that remember their line.
 * Numbers are parsed by {@link Row} so that a bad cell is reported with its file, line and column.
 */
final class CsvTable {
    /** Larger files are refused: a data set of 342 municipalities is well below 1 MiB per file. */
    static final int MAX_BYTES = 32 * 1024 * 1024;

    private static final CsvMapper MAPPER = CsvMapper.builder()
            .enable(CsvParser.Feature.TRIM_SPACES)
            .enable(CsvParser.Feature.FAIL_ON_MISSING_HEADER_COLUMNS)
            .build();

    final String file;
    final List<String> header;
    final List<Row> rows;

    private CsvTable(String file, List<String> header, List<Row> rows) {
        this.file = file;
        this.header = header;
        this.rows = rows;
    }

    /** Parses the bytes; problems go to the list and the table is null when nothing could be read. */
    static CsvTable parse(String file, byte[] bytes, Set<String> required, List<Problem> problems) {
        if (bytes.length > MAX_BYTES) {
            problems.add(new Problem(file, 0, 0, "file is larger than " + (MAX_BYTES >> 20) + " MiB",
                    "a data set file holds one row per region and item; check that this is the right file"));
            return null;
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.indexOf('\0') >= 0) {
            problems.add(new Problem(file, 0, 0, "file is binary, expected CSV text",
                    "save the table as CSV (UTF-8, comma-separated)"));
            return null;
        }
        if (text.isBlank()) {
            problems.add(new Problem(file, 1, 1, "file is empty, expected a header row",
                    "the first line names the columns: " + String.join(",", required)));
            return null;
        }
        CsvSchema schema = CsvSchema.emptySchema().withHeader().withColumnSeparator(',');
        List<Row> rows = new ArrayList<>();
        List<String> header = List.of();
        try (MappingIterator<Map<String, String>> it = MAPPER.readerFor(Map.class).with(schema).readValues(text)) {
            JsonParser parser = it.getParser();
            CsvSchema actual = null;
            while (true) {
                boolean more;
                try {
                    more = it.hasNextValue();
                } catch (IOException | RuntimeException e) {
                    problems.add(new Problem(file, (int) parser.currentLocation().getLineNr(), 1,
                            "unreadable CSV row: " + firstLine(e.getMessage()), "check quotes and the number of columns"));
                    return null;
                }
                if (!more) {
                    break;
                }
                int line = (int) parser.currentLocation().getLineNr();
                Map<String, String> values = it.nextValue();
                if (actual == null) {
                    actual = (CsvSchema) parser.getSchema();
                    header = new ArrayList<>();
                    for (CsvSchema.Column c : actual) {
                        header.add(c.getName());
                    }
                    for (String column : required) {
                        if (!header.contains(column)) {
                            problems.add(new Problem(file, 1, 1, "missing column '" + column + "'",
                                    "the header must contain: " + String.join(",", required)));
                        }
                    }
                }
                rows.add(new Row(file, line, header, values));
            }
        } catch (IOException | RuntimeException e) {
            problems.add(new Problem(file, 1, 1, "unreadable CSV: " + firstLine(e.getMessage()),
                    "save the table as CSV (UTF-8, comma-separated, header row)"));
            return null;
        }
        return new CsvTable(file, header, rows);
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
