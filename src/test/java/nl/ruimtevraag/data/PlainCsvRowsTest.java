package nl.ruimtevraag.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The plain splitter gives what Jackson's parser gives, and leaves every other text to it. */
class PlainCsvRowsTest {
    /** Characters a plain cell may hold, spaces, tabs and other control characters among them. */
    private static final String CELL_CHARS = "abcXYZ019.;:-_ \t\u000b\u0001#'\\é€\u2028\u0085";

    @Test
    void plainTextsGiveJacksonsRowsLinesAndValues() throws IOException {
        Random random = new Random(8);
        for (int i = 0; i < 3000; i++) {
            String text = randomPlainText(random);
            PlainCsvRows plain = PlainCsvRows.of(text);
            assertNotNull(plain, () -> "not taken as plain: " + show(text));
            assertEquals(read(jackson(text)), read(plain), () -> show(text));
        }
    }

    @Test
    void fixedExamplesAreSplitLikeJackson() throws IOException {
        for (String text : List.of("a,b\n1,2\n", "a,b\n1,2", "a\nx", "a,b\n,\n , \n", "a,b\r\n1,2\r\n3,4",
                " a , b \n 1 , 2 \n", "a,b\n", "a,b", "a,b,c\n1,,3\n")) {
            assertNotNull(PlainCsvRows.of(text), text);
            assertEquals(read(jackson(text)), read(PlainCsvRows.of(text)), show(text));
        }
    }

    @Test
    void otherTextsAreLeftToJackson() {
        for (String text : List.of("a,b\n\"1\",2\n", "a,b\n1,2\n\n", "a,b\n\n1,2\n", "a,b\n1\n", "a,b\n1,2,3\n",
                "a,b\n1,2,\n", "a,b\r1,2\n", "a,b\n1,2\r", "a,a\n1,2\n", "a,,b\n1,2,3\n", "a,b,\n1,2,\n",
                "a,b\n   \n1,2\n", "\na,b\n1,2\n", "a,b\n" + "x".repeat(CsvTable.MAX_CELL_CHARS + 1) + ",2\n",
                "a\n" + "x\n".repeat(CsvTable.MAX_ROWS + 1), "c,".repeat(100) + "c\n")) {
            assertNull(PlainCsvRows.of(text), show(text));
        }
    }

    private static String randomPlainText(Random random) {
        int columns = 1 + random.nextInt(6);
        String newline = random.nextInt(4) == 0 ? "\r\n" : "\n";
        StringBuilder sb = new StringBuilder();
        List<String> names = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
            names.add(pad(random, "col" + c));
        }
        sb.append(String.join(",", names));
        int rows = random.nextInt(8);
        for (int r = 0; r < rows; r++) {
            sb.append(newline);
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < columns; c++) {
                cells.add(randomCell(random));
            }
            String line = String.join(",", cells);
            // a line of nothing but characters up to U+0020 is blank: left to Jackson
            sb.append(line.chars().allMatch(ch -> ch <= ' ') ? line + "x" : line);
        }
        if (random.nextBoolean()) {
            sb.append(newline);
        }
        return sb.toString();
    }

    private static String randomCell(Random random) {
        StringBuilder sb = new StringBuilder();
        int n = random.nextInt(6);
        for (int i = 0; i < n; i++) {
            sb.append(CELL_CHARS.charAt(random.nextInt(CELL_CHARS.length())));
        }
        return sb.toString();
    }

    private static String pad(Random random, String s) {
        return " ".repeat(random.nextInt(2)) + s + "\t".repeat(random.nextInt(2));
    }

    private static CsvRows jackson(String text) throws IOException {
        return JacksonCsvRows.open(text);
    }

    /** The header, then per row its line and cells, as text. */
    private static List<String> read(CsvRows rows) throws IOException {
        List<String> out = new ArrayList<>();
        try (rows) {
            boolean first = true;
            while (rows.next()) {
                if (first) {
                    out.add("header " + rows.columns().names);
                    first = false;
                }
                out.add(rows.line() + " " + List.of(rows.cells()));
            }
        }
        return out;
    }

    private static String show(String text) {
        return text.replace("\r", "\\r").replace("\n", "\\n\n");
    }

    @Test
    void valuesAreTheTrimmedCells() throws IOException {
        CsvRows rows = PlainCsvRows.of("id , name\n GR ,\tGroningen \n");
        assertNotNull(rows);
        rows.next();
        assertEquals(List.of("id", "name"), rows.columns().names);
        assertEquals(2, rows.line());
        assertArrayEquals(new String[] {"GR", "Groningen"}, rows.cells());
    }
}
