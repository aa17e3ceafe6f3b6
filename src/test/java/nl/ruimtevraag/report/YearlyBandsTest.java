package nl.ruimtevraag.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.List;
import nl.ruimtevraag.uncertainty.MonteCarloResult;
import nl.ruimtevraag.uncertainty.MonteCarloRunner;
import nl.ruimtevraag.uncertainty.MonteCarloSettings;
import nl.ruimtevraag.uncertainty.TotalOutput;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The fan charts per year (issue 22): the same draws with every projected year as a period end. At the
 * scenario's period ends they must give the bands of the run itself, and the workbook draws a fan per
 * region and for the total over every year on a sheet of its own.
 */
class YearlyBandsTest {
    private static ReportContext ctx;
    private static MonteCarloResult bands;
    private static MonteCarloResult yearly;

    @BeforeAll
    static void run() {
        ReportContext base = ReportFixture.provinces();
        MonteCarloSettings settings = new MonteCarloSettings(300, 20250101L, List.of(10.0, 50.0, 90.0), 2);
        bands = MonteCarloRunner.run(base.scenario(), base.data(), settings, nl.ruimtevraag.uncertainty.ProgressListener.NONE);
        yearly = MonteCarloRunner.yearly(base.scenario(), base.data(), settings);
        ctx = base.withBands(bands).withYearlyBands(yearly);
    }

    @Test
    void atThePeriodEndsTheYearlyBandsAreTheRunsBands() {
        assertNotNull(yearly);
        assertEquals(ctx.projection().horizon().years(), yearly.periodEnds().size());
        int checked = 0;
        for (int p = 0; p < bands.periodEnds().size(); p++) {
            int y = yearly.periodEnds().indexOf(bands.periodEnds().get(p));
            for (double q : bands.percentiles()) {
                double expected = bands.nationalPercentile(TotalOutput.EXTRA_HA_STRICT, p, q);
                assertEquals(expected, yearly.nationalPercentile(TotalOutput.EXTRA_HA_STRICT, y, q), 1e-3 * Math.max(1, expected));
                for (int r = 0; r < bands.regionCodes().size(); r++) {
                    double e = bands.regionPercentile(TotalOutput.EXTRA_HA_STRICT, r, p, q);
                    assertEquals(e, yearly.regionPercentile(TotalOutput.EXTRA_HA_STRICT, r, y, q), 1e-3 * Math.max(1, e));
                    checked++;
                }
            }
        }
        assertTrue(checked >= 100, "checked " + checked);
    }

    @Test
    void theFansCoverEveryYearOnTheirOwnSheet() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(WorkbookWriter.toBytes(ctx)))) {
            XSSFSheet perYear = wb.getSheet("Bandbreedte per jaar");
            assertNotNull(perYear);
            int regions = ctx.projection().regionCount();
            var charts = perYear.getDrawingPatriarch().getCharts();
            assertEquals(regions + 1, charts.size(), "a fan for the total and for each region");
            for (var chart : charts) {
                String xml = chart.getCTChart().xmlText();
                // the category axis runs over the years of one block: 25 rows of the per-year table
                var m = java.util.regex.Pattern.compile("\\$C\\$(\\d+):\\$C\\$(\\d+)").matcher(xml);
                assertTrue(m.find(), xml.substring(0, Math.min(300, xml.length())));
                assertEquals(ctx.projection().horizon().years() - 1, Integer.parseInt(m.group(2)) - Integer.parseInt(m.group(1)));
            }
            var bandsSheet = wb.getSheet("Bandbreedte");
            assertTrue(bandsSheet.getDrawingPatriarch() == null || bandsSheet.getDrawingPatriarch().getCharts().isEmpty(),
                    "the period-end sheet keeps its table only");
        }
    }
}
