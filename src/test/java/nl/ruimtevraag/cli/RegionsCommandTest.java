package nl.ruimtevraag.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RegionsCommandTest {
    @Test
    void printsOneRowPerProvince() {
        CommandHarness.Result r = CommandHarness.cli("regions");
        assertEquals(0, r.code(), r.err());
        for (String code : new String[] {"GR", "FR", "DR", "OV", "FL", "GE", "UT", "NH", "ZH", "ZE", "NB", "LI"}) {
            assertTrue(r.out().lines().anyMatch(l -> l.startsWith(code + " ")), code + "\n" + r.out());
        }
    }

    @Test
    void figuresCarryQualityAndSourceAndFilter() {
        CommandHarness.Result r = CommandHarness.cli("regions", "--figures", "--quality", "derived", "--csv");
        assertEquals(0, r.code(), r.err());
        var lines = r.out().lines().toList();
        assertEquals("regio,grootheid,waarde,kwaliteit,bron,rij", lines.get(0));
        assertTrue(lines.size() > 1);
        for (String line : lines.subList(1, lines.size())) {
            assertTrue(line.contains(",derived,"), line);
        }
        assertTrue(r.out().contains("NB,uitgifte (ha/jaar),144.3,derived,B9;B4,uitgifte.csv:12"), r.out());
        assertEquals(2, CommandHarness.cli("regions", "--figures", "--region", "XX").code());
    }
}
