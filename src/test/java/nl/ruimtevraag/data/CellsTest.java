package nl.ruimtevraag.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The written-out cell checks agree with the regular expressions they replace. */
class CellsTest {
    private static final String CHARS = "aZ09_-. nNaAiIfF+eE\t×é١２\u212A";

    @Test
    void checksAgreeWithTheirPatterns() {
        for (String s : samples()) {
            assertEquals(s.matches("[A-Za-z0-9][A-Za-z0-9_-]{0,31}"), Cells.isRegionCode(s), s);
            assertEquals(s.matches("\\d{4}"), Cells.isFourDigits(s), s);
            assertEquals(s.matches("(?i).*(nan|inf).*"), Cells.mentionsNanOrInf(s), s);
        }
    }

    private static List<String> samples() {
        List<String> out = new ArrayList<>(List.of("", "GM0363", "NB", "x".repeat(32), "x".repeat(33), "-NB", "_NB", "N B",
                "2025", "20250", "202", "２０２５", "١٢٣٤", "NaN", "nan", "-Infinity", "INF", "iNf", "1e5", "na n", "info", "1.5"));
        Random random = new Random(3);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder sb = new StringBuilder();
            int n = random.nextInt(i % 7 == 0 ? 40 : 6);
            for (int j = 0; j < n; j++) {
                sb.append(CHARS.charAt(random.nextInt(CHARS.length())));
            }
            out.add(sb.toString());
        }
        return out;
    }
}
