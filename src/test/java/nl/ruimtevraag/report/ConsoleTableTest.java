package nl.ruimtevraag.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import nl.ruimtevraag.engine.Projection;
import nl.ruimtevraag.engine.RegionTotal;
import org.junit.jupiter.api.Test;

class ConsoleTableTest {
    @Test
    void alignedDutchTableWithNationalRows() {
        Projection p = ReportFixture.provinces().projection();
        String text = ConsoleTable.summary(p);
        List<String> lines = text.lines().toList();
        assertTrue(lines.get(0).startsWith("Regiocode  Regio"), lines.get(0));
        assertTrue(lines.get(0).endsWith("Extra ha nodig (strikt)"));
        // header, rule, 12 regions x 3 periods, rule, 3 national rows, note
        assertEquals(1 + 1 + 36 + 1 + 3 + 1, lines.size(), text);
        int width = lines.get(2).length();
        for (String line : lines.subList(2, 38)) {
            assertEquals(width, line.length(), "aligned: " + line);
        }
        RegionTotal nl = p.nationalTotal(p.periods().get(2));
        String last = lines.get(lines.size() - 2);
        assertTrue(last.startsWith("NL"), last);
        assertTrue(last.endsWith(ConsoleTable.ha(nl.extraHaStrict(), Locale.forLanguageTag("nl-NL"))), last);
        assertTrue(last.contains(","), "Dutch decimal comma: " + last);

    }

    @Test
    void englishHeaders() {
        String text = ConsoleTable.summary(ReportFixture.provinces().projection(), Language.EN);
        assertTrue(text.startsWith("Region code  Region"), text);
    }
}
