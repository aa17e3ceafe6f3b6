package nl.ruimtevraag.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import nl.ruimtevraag.engine.Projection;
import nl.ruimtevraag.engine.RegionTotal;
import nl.ruimtevraag.engine.SupplyBasis;
import nl.ruimtevraag.uncertainty.MonteCarloResult;
import nl.ruimtevraag.uncertainty.TotalOutput;
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

    /** With bands the table leads with the runner's median and its P10-P90 band; the central values stay beside it. */
    @Test
    void monteCarloHeadlineIsTheRunnersMedian() {
        ReportContext ctx = ReportFixture.provincesWithBands(200);
        Projection p = ctx.projection();
        MonteCarloResult m = ctx.bands();
        String text = ConsoleTable.summary(p, m, Language.NL);
        List<String> lines = text.lines().toList();
        assertTrue(lines.get(0).contains("Monte Carlo") && lines.get(0).contains("centrale waarden"), lines.get(0));
        assertTrue(lines.get(1).matches("Regiocode +Regio +Periode +Extra ha P50 +P10–P90 +Vraag .*"), lines.get(1));
        Locale nl = Locale.forLanguageTag("nl-NL");
        int last = p.periods().size() - 1;
        String national = lines.stream().filter(l -> l.startsWith("NL") && l.contains(p.periods().get(last).label()))
                .findFirst().orElseThrow();
        String p50 = String.format(nl, "%,.0f", m.nationalPercentile(TotalOutput.EXTRA_HA_STRICT, last, 50));
        String band = String.format(nl, "%,.0f–%,.0f", m.nationalPercentile(TotalOutput.EXTRA_HA_STRICT, last, 10),
                m.nationalPercentile(TotalOutput.EXTRA_HA_STRICT, last, 90));
        assertTrue(national.contains(" " + p50 + "  ") && national.contains(" " + band + "  "), national);
        assertTrue(national.endsWith(ConsoleTable.ha(p.nationalTotal(p.periods().get(last)).extraHaStrict(), nl)), national);
        assertTrue(text.contains("centrale waarden (elke parameter op zijn centrale waarde)"), text);
        // without uncertain parameters there is no band to lead with
        assertFalse(ConsoleTable.summary(p, null, Language.NL).contains("P10"));
    }

    @Test
    void hardOnlyColumnsSitBesideTheRealisableOnes() {
        Projection p = ReportFixture.provinces().projection();
        String header = ConsoleTable.summary(p).lines().findFirst().orElseThrow();
        assertTrue(header.matches(".*Vraag +Hard aanbod +Extra ha hard +Realiseerbaar aanbod +Saldo +Extra ha nodig \\(strikt\\)"),
                header);
        Locale nl = Locale.forLanguageTag("nl-NL");
        String first = ConsoleTable.summary(p).lines().skip(2).findFirst().orElseThrow();
        RegionTotal h = p.regionTotal(0, p.periods().get(0), SupplyBasis.HARD);
        assertTrue(first.contains(" " + ConsoleTable.ha(h.aanbod(), nl) + "  ") && first.contains(" "
                + ConsoleTable.ha(h.extraHaStrict(), nl) + "  "), first);
    }

    @Test
    void englishHeaders() {
        String text = ConsoleTable.summary(ReportFixture.provinces().projection(), Language.EN);
        assertTrue(text.startsWith("Region code  Region"), text);
    }
}
