package nl.ruimtevraag.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.ruimtevraag.engine.Measure;
import nl.ruimtevraag.engine.Projection;
import nl.ruimtevraag.engine.Confrontation;
import nl.ruimtevraag.engine.RegionTotal;
import nl.ruimtevraag.engine.ShortageTimeline;
import nl.ruimtevraag.engine.SupplyBasis;
import nl.ruimtevraag.model.Period;
import nl.ruimtevraag.model.Werkmilieu;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CSV and JSON long tables read back: the shape, and totals equal to the projection's. */
class LongTableReportTest {
    @TempDir
    static Path dir;
    private static ReportContext ctx;
    private static Map<String, Double> csv;
    private static Map<String, Double> json;
    private static List<String> csvLines;

    @BeforeAll
    static void write() throws Exception {
        ctx = ReportFixture.provinces();
        Path c = dir.resolve("raming.csv");
        Path j = dir.resolve("raming.json");
        CsvReport.write(ctx, c);
        JsonReport.write(ctx, j);
        csvLines = Files.readAllLines(c, StandardCharsets.UTF_8);
        csv = new HashMap<>();
        for (String line : csvLines.subList(1, csvLines.size())) {
            String[] f = line.split(",", -1);
            assertEquals(6, f.length, line);
            double v = f[5].isEmpty() ? Double.NaN : Double.parseDouble(f[5]);
            assertTrue(csv.put(key(f[1], f[2], f[3], f[4]), v) == null, "one row per key: " + line);
        }
        json = new HashMap<>();
        JsonNode root = new ObjectMapper().readTree(j.toFile());
        assertTrue(root.isArray());
        for (JsonNode row : root) {
            assertEquals(ctx.scenario().name(), row.get("scenario").asText());
            json.put(key(row.get("region").asText(), row.get("werkmilieu").asText(), row.get("period").asText(),
                    row.get("measure").asText()), row.get("value").isNull() ? Double.NaN : row.get("value").asDouble());
        }
    }

    static String key(String region, String werkmilieu, String period, String measure) {
        return region + "|" + werkmilieu + "|" + period + "|" + measure;
    }

    @Test
    void csvHasTheHeaderAndOneRowPerRegionWerkmilieuPeriodMeasure() {
        assertEquals("scenario,region,werkmilieu,period,measure,value", csvLines.get(0));
        Projection p = ctx.projection();
        int perCell = Measure.values().length - 1 + 3 + 4 + 2;
        int cells = (p.regionCount() + 1) * (Werkmilieu.COUNT + 1) * p.periods().size();
        int totals = (p.regionCount() + 1) * p.periods().size();
        int timeline = (p.regionCount() + 1) * (6 * p.horizon().years() + 8);
        assertEquals(cells * perCell + totals + timeline, csvLines.size() - 1);
        assertEquals(csv.keySet(), json.keySet());
        Set<String> measures = new HashSet<>();
        for (String k : csv.keySet()) {
            measures.add(k.substring(k.lastIndexOf('|') + 1));
        }
        assertTrue(measures.containsAll(List.of("vraag", "uitbreidingsvraag", "vervangingsvraag", "circulair", "aanbod",
                "saldo", "extra_ha", "extra_ha_gesaldeerd", "vraag_periode", "circulair_sluiten", "saldo_hard", "extra_ha_hard",
                "tijdlijn_extra_ha", "ha_jaren_tekort", "eerste_tekortjaar_hard")), measures.toString());
        assertTrue(csv.containsKey(key("NL", "totaal", "2025-2030", "vraag")));
    }

    @Test
    void totalsEqualTheProjection() {
        Projection p = ctx.projection();
        for (Map<String, Double> table : List.of(csv, json)) {
            for (Period period : p.periods()) {
                RegionTotal nl = p.nationalTotal(period);
                assertEquals(nl.vraag(), table.get(key("NL", "totaal", period.label(), "vraag")), 1e-9);
                assertEquals(nl.aanbod(), table.get(key("NL", "totaal", period.label(), "aanbod")), 1e-9);
                assertEquals(nl.saldoNetted(), table.get(key("NL", "totaal", period.label(), "saldo")), 1e-9);
                assertEquals(nl.extraHaStrict(), table.get(key("NL", "totaal", period.label(), "extra_ha")), 1e-9);
                assertEquals(nl.extraHaNetted(), table.get(key("NL", "totaal", period.label(), "extra_ha_gesaldeerd")), 1e-9);
                for (int r = 0; r < p.regionCount(); r++) {
                    String code = p.regionCodes().get(r);
                    RegionTotal t = p.regionTotal(r, period);
                    assertEquals(t.extraHaStrict(), table.get(key(code, "totaal", period.label(), "extra_ha")), 1e-9);
                    double flow = 0;
                    for (Werkmilieu w : Werkmilieu.values()) {
                        double v = table.get(key(code, w.code(), period.label(), "uitbreidingsvraag"));
                        assertEquals(p.inPeriod(Measure.EXPANSION, r, w.ordinal(), period), v, 0, "exact round trip");
                        flow += v;
                        assertEquals(p.confrontation(r, w.ordinal(), period).vraag(),
                                table.get(key(code, w.code(), period.label(), "vraag")), 0);
                    }
                    assertEquals(flow, table.get(key(code, "totaal", period.label(), "uitbreidingsvraag")), 1e-9);
                }
            }
            // cumulative vraag at the last period end is the sum of the period flows
            double sum = 0;
            for (Period period : p.periods()) {
                sum += table.get(key("NL", "totaal", period.label(), "vraag_periode"));
            }
            Period last = p.periods().get(p.periods().size() - 1);
            assertEquals(table.get(key("NL", "totaal", last.label(), "vraag")), sum, 1e-6);
        }
    }

    @Test
    void hardConfrontationAndTimelineEqualTheProjection() {
        Projection p = ctx.projection();
        String horizon = p.horizon().baseYear() + "-" + p.horizon().endYear();
        for (Map<String, Double> table : List.of(csv, json)) {
            for (Period period : p.periods()) {
                RegionTotal nl = p.nationalTotal(period, SupplyBasis.HARD);
                assertEquals(nl.saldoNetted(), table.get(key("NL", "totaal", period.label(), "saldo_hard")), 1e-9);
                assertEquals(nl.extraHaStrict(), table.get(key("NL", "totaal", period.label(), "extra_ha_hard")), 1e-9);
                for (int r = 0; r < p.regionCount(); r++) {
                    for (Werkmilieu w : Werkmilieu.values()) {
                        Confrontation c = p.confrontation(r, w.ordinal(), period, SupplyBasis.HARD);
                        assertEquals(c.extraHa(), table.get(key(p.regionCodes().get(r), w.code(), period.label(),
                                "extra_ha_hard")), 0);
                    }
                }
            }
            for (int r = 0; r <= p.regionCount(); r++) {
                boolean national = r == p.regionCount();
                String code = national ? "NL" : p.regionCodes().get(r);
                ShortageTimeline t = national ? p.nationalShortageTimeline(SupplyBasis.REALISABLE)
                        : p.shortageTimeline(r, SupplyBasis.REALISABLE);
                assertEquals(t.hectareYears(), table.get(key(code, "totaal", horizon, "ha_jaren_tekort")), 1e-9);
                assertEquals(t.peak(), table.get(key(code, "totaal", horizon, "piek_tekort")), 1e-9);
                assertEquals(t.hasShortage() ? t.firstYear() : Double.NaN,
                        table.get(key(code, "totaal", horizon, "eerste_tekortjaar")), 0);
                double sum = 0;
                for (int year = p.horizon().baseYear() + 1; year <= p.horizon().endYear(); year++) {
                    sum += table.get(key(code, "totaal", Integer.toString(year), "tijdlijn_extra_ha"));
                }
                assertEquals(t.hectareYears(), sum, 1e-6, "the hectare-years are the yearly shortages summed");
                // at a period end the timeline is the confrontation
                Period last = p.periods().get(p.periods().size() - 1);
                assertEquals(table.get(key(code, "totaal", last.label(), "extra_ha")),
                        table.get(key(code, "totaal", Integer.toString(last.end()), "tijdlijn_extra_ha")), 1e-9);
            }
        }
    }

    @Test
    void numbersArePlainDecimals() {
        assertEquals("\"a,b\"", CsvReport.field("a,b"));
        assertEquals("\"say \"\"hi\"\"\"", CsvReport.field("say \"hi\""));
        for (String line : csvLines) {
            assertTrue(!line.contains("E-") && !line.contains("E+"), line);
        }
    }
}
