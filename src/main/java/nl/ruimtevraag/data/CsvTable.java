package nl.ruimtevraag.data;

import nl.ruimtevraag.model.Text;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.ruimtevraag.model.Problem;

/**
 * One CSV file of a data set, read with Jackson's CSV parser ({@link JacksonCsvRows}) into rows that
 * remember their line. Numbers are parsed by {@link Row} so that a bad cell is reported with its
 * file, line and column.
 */
final class CsvTable {
    /** Larger files are refused: a data set of 342 municipalities is well below 1 MiB per file. */
    static final int MAX_BYTES = 32 * 1024 * 1024;
    /** Rows per file: bounds the memory a file of tiny rows can take (a row costs far more than its bytes). */
    static final int MAX_ROWS = 200_000;
    /** Characters of one cell. */
    static final int MAX_CELL_CHARS = 10_000;

    final String file;
    final List<Row> rows;

    private CsvTable(String file, List<Row> rows) {
        this.file = file;
        this.rows = rows;
    }

    /** Parses the bytes; problems go to the list and the table is null when nothing could be read. */
    static CsvTable parse(String file, byte[] bytes, Set<String> required, List<Problem> problems) {
        if (bytes.length > MAX_BYTES) {
            problems.add(new Problem(file, 1, 1, Text.of("bestand is groter dan {0} MiB", "file is larger than {0} MiB", MAX_BYTES >> 20),
                    Text.of("een datasetbestand heeft één rij per regio en item; controleer of dit het goede bestand is",
                    "a data set file holds one row per region and item; check that this is the right file")));
            return null;
        }
        String text = decode(file, bytes, problems);
        if (text == null) {
            return null;
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        int nul = text.indexOf('\0');
        if (nul >= 0) {
            problems.add(at(file, text, nul, Text.of("bestand is binair (het bevat een NUL-teken); verwacht CSV-tekst",
                    "file is binary (it holds a NUL character), expected CSV text"),
                    Text.of("sla de tabel op als CSV (UTF-8, kommagescheiden)", "save the table as CSV (UTF-8, comma-separated)")));
            return null;
        }
        if (text.isBlank()) {
            problems.add(new Problem(file, 1, 1, Text.of("bestand is leeg; verwacht een kopregel", "file is empty, expected a header row"),
                    Text.of("de eerste regel noemt de kolommen: {0}", "the first line names the columns: {0}", String.join(",", required))));
            return null;
        }
        List<Row> rows = new ArrayList<>();
        try (JacksonCsvRows reader = JacksonCsvRows.open(text)) {
            boolean headerChecked = false;
            while (true) {
                int line;
                Columns columns;
                String[] values;
                try {
                    if (!reader.next()) {
                        break;
                    }
                    line = reader.line();
                    columns = reader.columns();
                    values = reader.cells();
                } catch (IOException | RuntimeException e) {
                    problems.add(unreadableRow(file, text, reader, e));
                    return null;
                }
                if (rows.size() >= MAX_ROWS) {
                    problems.add(new Problem(file, Math.max(1, line), 1, Text.of("meer dan {0} rijen", "more than {0} rows", MAX_ROWS),
                            Text.of("een datasetbestand heeft één rij per regio en item; controleer of dit het goede bestand is",
                    "a data set file holds one row per region and item; check that this is the right file")));
                    return null;
                }
                if (!headerChecked) {
                    headerChecked = true;
                    for (String column : required) {
                        if (!columns.names.contains(column)) {
                            problems.add(new Problem(file, 1, 1, Text.of("kolom '{0}' ontbreekt", "missing column '{0}'", column),
                                    Text.of("de kopregel moet bevatten: {0}", "the header must contain: {0}", String.join(",", required))));
                        }
                    }
                }
                Row row = new Row(file, line, columns, values);
                for (int i = 0; i < columns.size(); i++) {
                    String cell = values[columns.valueOf(i)];
                    if (cell != null && cell.length() > MAX_CELL_CHARS) {
                        problems.add(row.problem(columns.names.get(i), Text.of("een cel van {0} tekens; de grens is {1}",
                                "a cell of {0} characters; the limit is {1}", cell.length(), MAX_CELL_CHARS),
                                Text.of("namen, toelichtingen en bronnen hebben hoogstens een paar honderd tekens nodig",
                                        "names, notes and sources need a few hundred characters at most")));
                        return null;
                    }
                }
                rows.add(row);
            }
        } catch (IOException | RuntimeException e) {
            problems.add(new Problem(file, 1, 1, Text.of("onleesbare CSV", "unreadable CSV: {0}", firstLine(e.getMessage())),
                    Text.of("sla de tabel op als CSV (UTF-8, kommagescheiden, met kopregel)", "save the table as CSV (UTF-8, comma-separated, header row)")));
            return null;
        }
        return new CsvTable(file, rows);
    }

    /**
     * Strict UTF-8: a byte sequence that is not UTF-8 is reported at its line and column. The
     * String constructor decodes faster and replaces every malformed sequence by U+FFFD; only a text
     * with that character (malformed, or written as such) takes the strict decoder.
     */
    private static String decode(String file, byte[] bytes, List<Problem> problems) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') < 0) {
            return text;
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        try {
            return decoder.decode(in).toString();
        } catch (CharacterCodingException e) {
            int bad = Math.min(in.position(), bytes.length);
            String before = new String(bytes, 0, bad, StandardCharsets.UTF_8);
            String hex = bad < bytes.length ? String.format(" (byte 0x%02X)", bytes[bad] & 0xFF) : "";
            Problem located = at(file, before, before.length(), Text.of("bestand is geen UTF-8-tekst{0}", "file is not UTF-8 text{0}", hex),
                    Text.of("sla de tabel op als CSV in UTF-8 (Excel: 'CSV UTF-8 (door komma's gescheiden)')",
                            "save the table as CSV in UTF-8 (Excel: 'CSV UTF-8 (comma delimited)')"));
            problems.add(located);
            return null;
        }
    }

    /** A problem at a character offset of the text: its 1-based line and column. */
    private static Problem at(String file, String text, int offset, Text message, Text hint) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                line++;
                lineStart = i + 1;
            }
        }
        return new Problem(file, line, offset - lineStart + 1, message, hint);
    }

    /**
     * A row the parser cannot read (an extra cell, an unclosed quote), at the place the parser gives:
     * its line and the column of the cell it stopped at, as an editor counts them.
     */
    private static Problem unreadableRow(String file, String text, JacksonCsvRows reader, Exception e) {
        String why = firstLine(e.getMessage());
        // the parser's own words are English: in Dutch, what they mean for the two usual causes
        String dutch = why.startsWith("Too many entries") ? ": meer cellen dan de kopregel kolommen heeft"
                : why.toLowerCase(java.util.Locale.ROOT).contains("quote") ? ": een aanhalingsteken wordt niet gesloten" : "";
        Text message = Text.of("onleesbare CSV-rij{0}", "unreadable CSV row: {1}", dutch, why);
        Text hint = Text.of("controleer de aanhalingstekens en het aantal kolommen", "check quotes and the number of columns");
        long offset = e instanceof com.fasterxml.jackson.core.JsonProcessingException j && j.getLocation() != null
                ? j.getLocation().getCharOffset() : -1;
        if (offset >= 0 && offset <= text.length()) {
            return at(file, text, (int) offset, message, hint);
        }
        return new Problem(file, Math.max(1, reader.line()), 1, message, hint);
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
