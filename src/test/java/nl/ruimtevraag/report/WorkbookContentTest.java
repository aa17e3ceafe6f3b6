package nl.ruimtevraag.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.ruimtevraag.engine.Measure;
import nl.ruimtevraag.engine.Projection;
import nl.ruimtevraag.engine.RegionTotal;
import nl.ruimtevraag.engine.ShortageTimeline;
import nl.ruimtevraag.engine.SupplyBasis;
import nl.ruimtevraag.model.Period;
import nl.ruimtevraag.model.RegionData;
import nl.ruimtevraag.model.Source;
import nl.ruimtevraag.model.Werkmilieu;
import nl.ruimtevraag.uncertainty.TotalOutput;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFPicture;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Reads the provinces workbook back with POI, sheet by sheet. */
class WorkbookContentTest {
    private static ReportContext ctx;
    private static XSSFWorkbook wb;

    @BeforeAll
    static void write() throws Exception {
        ctx = ReportFixture.provinces();
        wb = new XSSFWorkbook(new ByteArrayInputStream(WorkbookWriter.toBytes(ctx)));
    }

    @AfterAll
    static void close() throws Exception {
        wb.close();
    }

    @Test
    void sheetsInOrder() {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < wb.getNumberOfSheets(); i++) {
            names.add(wb.getSheetName(i));
        }
        assertEquals(List.of("Samenvatting", "Invoer", "Vraag", "Vraag per jaar", "Aanbod en knelpunten", "Confrontatie",
                "Circulair", "Fasering", "Tijdlijn", "Aannames en bronnen", "Bronnen", "Toelichting"), names);
        assertEquals(0, wb.getActiveSheetIndex());
    }

    @Test
    void summaryHoldsTheRegionAndNationalTotals() {
        Projection p = ctx.projection();
        XSSFSheet s = wb.getSheet("Samenvatting");
        List<Period> periods = p.periods();
        for (int r = 0; r <= p.regionCount(); r++) {
            Row row = s.getRow(SummarySheet.HEADER + 1 + r);
            assertEquals(r == p.regionCount() ? "NL" : p.regionCodes().get(r), row.getCell(0).getStringCellValue());
            for (int i = 0; i < periods.size(); i++) {
                RegionTotal t = r == p.regionCount() ? p.nationalTotal(periods.get(i)) : p.regionTotal(r, periods.get(i));
                int c0 = 2 + i * SummarySheet.PER_PERIOD;
                assertEquals(t.vraag(), row.getCell(c0).getNumericCellValue(), 1e-9);
                assertEquals(t.aanbod(), row.getCell(c0 + 1).getNumericCellValue(), 1e-9);
                assertEquals(t.saldoNetted(), row.getCell(c0 + 2).getNumericCellValue(), 1e-9);
                assertEquals(t.extraHaStrict(), row.getCell(c0 + 3).getNumericCellValue(), 1e-9);
                RegionTotal h = r == p.regionCount() ? p.nationalTotal(periods.get(i), SupplyBasis.HARD)
                        : p.regionTotal(r, periods.get(i), SupplyBasis.HARD);
                assertEquals(h.aanbod(), row.getCell(c0 + 4).getNumericCellValue(), 1e-9);
                assertEquals(h.extraHaStrict(), row.getCell(c0 + 5).getNumericCellValue(), 1e-9);
                assertEquals(CellType.FORMULA, row.getCell(c0 + 5).getCellType(), "linked to the confrontation sheet");
                assertEquals(CellType.FORMULA, row.getCell(c0).getCellType(), "linked to the confrontation sheet");
                assertEquals("#,##0.0", row.getCell(c0).getCellStyle().getDataFormatString());
            }
        }
        assertEquals("t/m 2030 (2026-2030)", s.getRow(SummarySheet.GROUP_HEADER).getCell(2).getStringCellValue());
    }

    @Test
    void timelineSheetHoldsTheYearlyConfrontationAndTheShortageSummary() {
        Projection p = ctx.projection();
        XSSFSheet s = wb.getSheet("Tijdlijn");
        int years = p.horizon().years();
        XSSFFormulaEvaluator eval = wb.getCreationHelper().createFormulaEvaluator();
        for (int r = 0; r <= p.regionCount(); r++) {
            boolean national = r == p.regionCount();
            for (int y = 0; y < years; y++) {
                int year = p.horizon().baseYear() + 1 + y;
                // the sum of the regions under the table, after an empty row and its header
                Row row = s.getRow(TimelineSheet.HEADER + 1 + r * years + y + (national ? 2 : 0));
                assertEquals(national ? "NL" : p.regionCodes().get(r), row.getCell(0).getStringCellValue());
                assertEquals(year, row.getCell(TimelineSheet.YEAR).getNumericCellValue(), 0);
                RegionTotal t = national ? p.nationalTotal(year, SupplyBasis.REALISABLE)
                        : p.regionTotal(r, year, SupplyBasis.REALISABLE);
                assertEquals(t.vraag(), row.getCell(TimelineSheet.VRAAG).getNumericCellValue(), 1e-9);
                assertEquals(t.aanbod(), row.getCell(TimelineSheet.AANBOD).getNumericCellValue(), 1e-9);
                assertEquals(t.extraHaStrict(), row.getCell(TimelineSheet.EXTRA).getNumericCellValue(), 1e-9);
            }
            // the per-region summary below the yearly table: a blank row, a title, its header, then one row per region
            Row summary = s.getRow(TimelineSheet.HEADER + (p.regionCount() + 1) * years + 6 + r);
            ShortageTimeline t = national ? p.nationalShortageTimeline(SupplyBasis.REALISABLE)
                    : p.shortageTimeline(r, SupplyBasis.REALISABLE);
            assertEquals(national ? "NL" : p.regionCodes().get(r), summary.getCell(0).getStringCellValue());
            if (t.hasShortage()) {
                assertEquals(t.firstYear(), summary.getCell(1).getNumericCellValue(), 0);
                assertEquals(t.peakYear(), summary.getCell(3).getNumericCellValue(), 0);
            }
            Cell peak = summary.getCell(2);
            Cell hectareYears = summary.getCell(4);
            assertEquals(t.peak(), eval.evaluate(peak).getNumberValue(), 1e-6);
            assertEquals(t.hectareYears(), eval.evaluate(hectareYears).getNumberValue(), 1e-6);
            assertEquals(t.hectareYears(), hectareYears.getNumericCellValue(), 1e-9);
        }
    }

    /** With Monte Carlo bands the summary leads with the runner's median and P10-P90, the central values beside them. */
    @Test
    void summaryLeadsWithTheMonteCarloMedian() throws Exception {
        ReportContext mc = ReportFixture.provincesWithBands(200);
        nl.ruimtevraag.uncertainty.MonteCarloResult m = mc.bands();
        Projection p = mc.projection();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(WorkbookWriter.toBytes(mc)))) {
            XSSFSheet s = book.getSheet("Samenvatting");
            assertEquals("Extra ha mediaan", s.getRow(SummarySheet.HEADER).getCell(2).getStringCellValue());
            assertEquals("P10", s.getRow(SummarySheet.HEADER).getCell(3).getStringCellValue());
            assertEquals("Extra ha (centrale waarden)", s.getRow(SummarySheet.HEADER).getCell(5).getStringCellValue());
            XSSFFormulaEvaluator eval = book.getCreationHelper().createFormulaEvaluator();
            for (int r = 0; r <= p.regionCount(); r++) {
                Row row = s.getRow(SummarySheet.HEADER + 1 + r);
                for (int i = 0; i < p.periods().size(); i++) {
                    int c0 = 2 + i * SummarySheet.PER_PERIOD_HEADLINE;
                    boolean national = r == p.regionCount();
                    TotalOutput o = TotalOutput.EXTRA_HA_STRICT;
                    double p50 = national ? m.nationalPercentile(o, i, 50) : m.regionPercentile(o, r, i, 50);
                    double p10 = national ? m.nationalPercentile(o, i, 10) : m.regionPercentile(o, r, i, 10);
                    double p90 = national ? m.nationalPercentile(o, i, 90) : m.regionPercentile(o, r, i, 90);
                    assertEquals(p50, row.getCell(c0).getNumericCellValue(), 0);
                    assertEquals(p10, row.getCell(c0 + 1).getNumericCellValue(), 0);
                    assertEquals(p90, row.getCell(c0 + 2).getNumericCellValue(), 0);
                    RegionTotal t = national ? p.nationalTotal(p.periods().get(i)) : p.regionTotal(r, p.periods().get(i));
                    assertEquals(t.extraHaStrict(), eval.evaluate(row.getCell(c0 + 3)).getNumberValue(), 1e-9,
                            "the central value links to the central table");
                }
            }
            assertTrue(texts(s).contains("Centrale waarden: vraag tegen realiseerbaar aanbod en tegen hard aanbod"));
        }
    }

    @Test
    void demandSheetHoldsThePeriodFlows() {
        Projection p = ctx.projection();
        XSSFSheet s = wb.getSheet("Vraag");
        int row = DemandSheet.HEADER + 1;
        int checked = 0;
        for (int r = 0; r < p.regionCount(); r++) {
            for (Period period : p.periods()) {
                for (Werkmilieu w : Werkmilieu.values()) {
                    Row x = s.getRow(row++);
                    assertEquals(w.code(), x.getCell(2).getStringCellValue());
                    assertEquals(p.inPeriod(Measure.EXPANSION, r, w.ordinal(), period),
                            x.getCell(DemandSheet.EXPANSION).getNumericCellValue(), 1e-9);
                    assertEquals(p.inPeriod(Measure.DEMAND, r, w.ordinal(), period),
                            x.getCell(DemandSheet.DEMAND).getNumericCellValue(), 1e-9);
                    checked++;
                }
            }
        }
        // the totals under the table, after an empty row and their header
        row += 2;
        for (int r = 0; r < p.regionCount(); r++) {
            for (Period period : p.periods()) {
                Row x = s.getRow(row++);
                assertEquals("totaal", x.getCell(2).getStringCellValue());
                assertEquals(p.regionCodes().get(r), x.getCell(0).getStringCellValue());
            }
        }
        assertEquals(p.regionCount() * p.periods().size() * Werkmilieu.COUNT, checked);
    }

    @Test
    void everyFormulaEvaluatesToItsCachedValue() {
        XSSFFormulaEvaluator evaluator = wb.getCreationHelper().createFormulaEvaluator();
        int formulas = 0;
        for (Cell cell : formulaCells(wb)) {
            if (cell.getCachedFormulaResultType() == org.apache.poi.ss.usermodel.CellType.STRING) {
                assertEquals(cell.getStringCellValue(), evaluator.evaluate(cell).getStringValue(),
                        cell.getSheet().getSheetName() + "!" + cell.getAddress());
                continue;
            }
            double cached = cell.getNumericCellValue();
            double evaluated = evaluator.evaluate(cell).getNumberValue();
            assertEquals(cached, evaluated, 1e-6, cell.getSheet().getSheetName() + "!" + cell.getAddress());
            formulas++;
        }
        assertTrue(formulas > 1000, "live formulas throughout, got " + formulas);
    }

    /**
     * The yearly sheets are Excel tables of werkmilieu rows only, every column named as its header, and
     * every total sits below the table: a pivot over the table counts each hectare once.
     */
    @Test
    void yearlySheetsAreExcelTablesWithTheTotalsOutside() {
        for (String name : List.of("Vraag per jaar", "Aanbod en knelpunten")) {
            XSSFSheet s = wb.getSheet(name);
            var table = s.getTables().get(0);
            int header = table.getStartCellReference().getRow();
            int last = table.getEndCellReference().getRow();
            assertEquals(3, header, name);
            for (int c = 0; c < table.getColumnCount(); c++) {
                assertEquals(s.getRow(header).getCell(c).getStringCellValue().replace("\n", "_x000a_"), table.getCTTable()
                        .getTableColumns().getTableColumnArray(c).getName(), name + " column " + c);
            }
            int totals = 0;
            for (int row = header + 1; row <= s.getLastRowNum(); row++) {
                var r = s.getRow(row);
                if (r == null || r.getCell(2) == null
                        || r.getCell(2).getStringCellValue().equals(s.getRow(header).getCell(2).getStringCellValue())) {
                    continue; // the empty row and the header row of the totals under the table
                }
                boolean total = "totaal".equals(r.getCell(2).getStringCellValue());
                assertEquals(total, row > last, name + " row " + (row + 1));
                totals += total ? 1 : 0;
            }
            assertEquals((ctx.projection().regionCount() + 1) * ctx.projection().horizon().years(), totals, name);
        }
    }

    /** On every sheet that is an Excel table no total row (a "totaal" werkmilieu or the NL sum) lies inside the table. */
    @Test
    void noTotalInsideAnyExcelTable() {
        int tables = 0;
        for (org.apache.poi.ss.usermodel.Sheet sheet : wb) {
            for (var table : ((XSSFSheet) sheet).getTables()) {
                tables++;
                int rows = 0;
                for (int row = table.getStartCellReference().getRow() + 1; row <= table.getEndCellReference().getRow(); row++) {
                    Row r = sheet.getRow(row);
                    assertNotEquals("NL", r.getCell(0).getStringCellValue(), sheet.getSheetName() + " row " + (row + 1));
                    Cell c = r.getCell(2);
                    assertTrue(c.getCellType() != CellType.STRING || !"totaal".equals(c.getStringCellValue()),
                            sheet.getSheetName() + " row " + (row + 1));
                    rows++;
                }
                assertTrue(rows > 0, sheet.getSheetName());
            }
        }
        assertEquals(6, tables);
    }

    @Test
    void everyDataSheetHasFrozenHeaderFilterAndLandscapePrint() {
        List<String> tables = List.of("Vraag", "Vraag per jaar", "Aanbod en knelpunten", "Confrontatie", "Circulair", "Tijdlijn");
        for (String name : List.of("Samenvatting", "Vraag", "Vraag per jaar", "Aanbod en knelpunten", "Confrontatie", "Circulair",
                "Fasering", "Tijdlijn", "Aannames en bronnen", "Bronnen")) {
            XSSFSheet s = wb.getSheet(name);
            assertNotNull(s.getPaneInformation(), name);
            assertTrue(s.getPaneInformation().isFreezePane(), name);
            // an Excel table brings its own filter; a sheet filter over it would make Excel repair the file
            assertTrue(tables.contains(name) ? !s.getCTWorksheet().isSetAutoFilter() && s.getTables().size() == 1
                    : s.getCTWorksheet().isSetAutoFilter(), name);
            assertTrue(s.getPrintSetup().getLandscape(), name);
            assertEquals(1, s.getPrintSetup().getFitWidth(), name);
            assertTrue(s.getColumnWidth(1) > 256 * 5, name);
        }
        // Fasering: the first column narrow, every region column after it 14 characters wide (one
        // <col min max> element for the run, read back per column), none beyond the last
        XSSFSheet phasing = wb.getSheet("Fasering");
        int lastCol = phasing.getRow(PhasingSheet.HEADER).getLastCellNum() - 1;
        var written = phasing.getCTWorksheet().getColsArray(0).getColArray();
        assertEquals(2, written.length, "one <col> for column A, one for the run after it");
        assertEquals(List.of(1L, 1L, 8.0, 2L, lastCol + 1L, 14.0, true),
                List.of(written[0].getMin(), written[0].getMax(), written[0].getWidth(),
                        written[1].getMin(), written[1].getMax(), written[1].getWidth(), written[1].getCustomWidth()));
        assertEquals(8 * 256, phasing.getColumnWidth(0));
        for (int c = 1; c <= lastCol; c++) {
            assertEquals(14 * 256, phasing.getColumnWidth(c), "Fasering column " + c);
        }
        assertEquals(phasing.getDefaultColumnWidth() * 256, phasing.getColumnWidth(lastCol + 1));
        assertEquals(ConfrontationSheet.HEADER + 1, wb.getSheet("Confrontatie").getPaneInformation().getHorizontalSplitPosition());
        assertNotNull(wb.getName("planreserve"));
        assertNotNull(wb.getName("confrontatie"));
    }

    @Test
    void chartsHaveFilledSeriesAndThePictureIsThere() {
        XSSFDrawing summary = wb.getSheet("Samenvatting").getDrawingPatriarch();
        assertEquals(2, summary.getCharts().size());
        assertEquals(1, summary.getShapes().stream().filter(XSSFPicture.class::isInstance).count());
        assertEquals(1, wb.getAllPictures().size());
        assertEquals(1, wb.getSheet("Fasering").getDrawingPatriarch().getCharts().size());
        List<XSSFChart> charts = new ArrayList<>(summary.getCharts());
        charts.addAll(wb.getSheet("Fasering").getDrawingPatriarch().getCharts());
        for (XSSFChart chart : charts) {
            for (XDDFChartData data : chart.getChartSeries()) {
                assertTrue(data.getSeriesCount() >= 2);
                for (int i = 0; i < data.getSeriesCount(); i++) {
                    var series = data.getSeries(i);
                    assertTrue(series.getCategoryData().getPointCount() > 0);
                    var props = series.getShapeProperties();
                    boolean filled = props.getFillProperties() instanceof XDDFSolidFillProperties
                            || props.getLineProperties() != null
                            && props.getLineProperties().getFillProperties() instanceof XDDFSolidFillProperties;
                    assertTrue(filled, "explicit colour: LibreOffice draws no bars without one");
                }
            }
            for (var axis : chart.getAxes()) {
                if (axis instanceof XDDFValueAxis v) {
                    assertEquals(AxisCrossBetween.BETWEEN, v.getCrossBetween());
                }
            }
        }
    }

    @Test
    void theMapNamesTheSourceOfItsOutlines() throws Exception {
        // CC BY 4.0 asks for the attribution: drawn under the map's legend and in the picture's alt text
        XSSFPicture map = (XSSFPicture) wb.getSheet("Samenvatting").getDrawingPatriarch().getShapes().stream()
                .filter(XSSFPicture.class::isInstance).findFirst().orElseThrow();
        String description = map.getCTPicture().getNvPicPr().getCNvPr().getDescr();
        assertTrue(description.startsWith("Extra ha nodig t/m 2050") && description.endsWith("Bron kaart: CBS, Kadaster 2025 (CC BY 4.0)"),
                description);
        // the PNG has the attribution line below the legend: ink in its last 30 rows, which are blank without one
        java.awt.image.BufferedImage png = javax.imageio.ImageIO.read(new ByteArrayInputStream(map.getPictureData().getData()));
        java.awt.image.BufferedImage plain = javax.imageio.ImageIO.read(new ByteArrayInputStream(SummarySheet.map(
                ctx.withBoundaries(new nl.ruimtevraag.model.RegionShapes("own.geojson", ctx.boundaries().rings(), false, "")))));
        assertEquals(plain.getHeight() + 18, png.getHeight());
        assertTrue(ink(png, png.getHeight() - 30, png.getHeight()) > 100, "attribution drawn");
        assertEquals(0, ink(plain, plain.getHeight() - 12, plain.getHeight()), "nothing below the legend of a user's own file");
    }

    private static int ink(java.awt.image.BufferedImage img, int fromRow, int toRow) {
        int n = 0;
        for (int y = fromRow; y < toRow; y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                n += (img.getRGB(x, y) & 0xFFFFFF) == 0xFFFFFF ? 0 : 1;
            }
        }
        return n;
    }

    @Test
    void assumptionsRecordProvenanceParametersFiguresAndSources() {
        Set<String> texts = texts(wb.getSheet("Aannames en bronnen"));
        assertTrue(texts.contains(ctx.scenario().sha256()));
        assertTrue(texts.contains("scenarios/test.yaml"));
        assertTrue(texts.contains("0.1.0-test"));
        assertTrue(texts.contains("20250101"), "seed");
        assertTrue(texts.contains(ctx.data().version()));
        assertTrue(texts.contains("driehoek(0,05; 0,06; 0,07)"), "a distribution as the scenario gave it");
        assertTrue(texts.contains("scenario.yaml:12:5"), "where it was set");
        assertTrue(texts.contains("onderzoek voor IenW en EZ (2025)"), "its source");
        for (RegionData region : ctx.data().regions()) {
            assertTrue(texts.contains(region.uitgifte().location()), "figure location " + region.uitgifte().location());
            assertTrue(texts.contains(region.uitgifte().source()));
        }
        Set<String> sources = texts(wb.getSheet("Bronnen"));
        for (Source src : ctx.data().sources().values()) {
            assertTrue(sources.contains(src.id()), src.id());
        }
        var reserve = wb.getName("planreserve");
        assertTrue(reserve.getRefersToFormula().startsWith("'Invoer'!"), reserve.getRefersToFormula());
    }

    @Test
    void customPropertyMarksTheGenerator() {
        var custom = wb.getProperties().getCustomProperties();
        assertEquals("ruimtevraag", custom.getProperty(DocumentProperties.GENERATOR_PROPERTY).getLpwstr());
        assertEquals(ctx.scenario().sha256(), custom.getProperty("ruimtevraag.scenario.sha256").getLpwstr());
    }

    @Test
    void englishLabels() throws Exception {
        try (XSSFWorkbook en = new XSSFWorkbook(new ByteArrayInputStream(
                WorkbookWriter.toBytes(ctx.withLanguage(Language.EN))))) {
            assertEquals("Summary", en.getSheetName(0));
            assertNotNull(en.getSheet("Assumptions and sources"));
            assertEquals("up to 2030 (2026-2030)", en.getSheet("Summary").getRow(SummarySheet.GROUP_HEADER).getCell(2)
                    .getStringCellValue());
            assertEquals("heavy", en.getSheet("Demand").getRow(DemandSheet.HEADER + 1).getCell(2).getStringCellValue());
            assertTrue(texts(en.getSheet("Assumptions and sources")).contains("triangular(0.05; 0.06; 0.07)"));
        }
    }

    static List<Cell> formulaCells(XSSFWorkbook wb) {
        List<Cell> cells = new ArrayList<>();
        for (int i = 0; i < wb.getNumberOfSheets(); i++) {
            for (Row row : wb.getSheetAt(i)) {
                for (Cell cell : row) {
                    if (cell.getCellType() == CellType.FORMULA) {
                        cells.add(cell);
                    }
                }
            }
        }
        return cells;
    }

    static Set<String> texts(XSSFSheet sheet) {
        Set<String> texts = new HashSet<>();
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.STRING) {
                    texts.add(cell.getStringCellValue());
                }
            }
        }
        return texts;
    }
}
