package nl.ruimtevraag.report;

import java.util.List;
import javax.xml.namespace.QName;
import org.apache.xmlbeans.XmlCursor;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.PresetColor;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.Grouping;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * Native (XDDF) charts that show their data in Excel and in LibreOffice. LibreOffice draws a POI
 * bar chart without bars unless every series has an explicit solid fill and the value axis crosses
 * between the categories, so both are always set here. The series refer to their cell ranges and
 * carry the cells' values as cache, taken from the {@link SheetWriter} that holds them.
 */
final class Charts {
    /** House palette: dark blue, orange, green, grey-blue, red, ochre. */
    static final byte[][] PALETTE = {
        {(byte) 0x1F, (byte) 0x4E, (byte) 0x79}, {(byte) 0xED, (byte) 0x7D, (byte) 0x31},
        {(byte) 0x70, (byte) 0xAD, (byte) 0x47}, {(byte) 0x8E, (byte) 0xA9, (byte) 0xC1},
        {(byte) 0xC0, (byte) 0x39, (byte) 0x2B}, {(byte) 0xBF, (byte) 0x90, (byte) 0x00},
    };

    /** A series: the cell (titleRow, titleCol) names it, column valueCol holds its values. */
    record Column(int titleRow, int titleCol, int valueCol) {
        Column(int headerRow, int col) {
            this(headerRow, col, col);
        }
    }

    /** Where a chart goes, in cells. */
    record Place(int col1, int row1, int col2, int row2) {
    }

    private Charts() {
    }

    static XSSFChart bar(SheetWriter out, Place place, String title, int firstRow, int lastRow, int categoryCol,
                         List<Column> series, boolean stacked) {
        return bar(out, place, title, firstRow, lastRow, categoryCol, series, stacked, false);
    }

    /** With {@code horizontal}, bars run left to right (a tornado chart: stacked low and high deltas). */
    static XSSFChart bar(SheetWriter out, Place place, String title, int firstRow, int lastRow, int categoryCol,
                         List<Column> series, boolean stacked, boolean horizontal) {
        XSSFSheet sheet = out.sheet;
        XSSFChart chart = chart(sheet, place, title);
        XDDFCategoryAxis x = chart.createCategoryAxis(horizontal ? AxisPosition.LEFT : AxisPosition.BOTTOM);
        XDDFValueAxis y = hectareAxis(chart, horizontal ? AxisPosition.BOTTOM : AxisPosition.LEFT, AxisCrossBetween.BETWEEN);
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, x, y);
        data.setBarDirection(horizontal ? BarDirection.BAR : BarDirection.COL);
        data.setBarGrouping(stacked ? BarGrouping.STACKED : BarGrouping.CLUSTERED);
        data.setGapWidth(60);
        data.setVaryColors(false);
        String[] names = new String[lastRow - firstRow + 1];
        for (int r = firstRow; r <= lastRow; r++) {
            names[r - firstRow] = out.textAt(r, categoryCol);
        }
        XDDFDataSource<String> categories = XDDFDataSourcesFactory.fromArray(names,
                range(sheet, firstRow, lastRow, categoryCol), categoryCol);
        int i = 0;
        for (Column c : series) {
            XDDFChartData.Series s = data.addSeries(categories, values(out, firstRow, lastRow, c.valueCol()));
            s.setTitle(out.textAt(c.titleRow(), c.titleCol()),
                    new CellReference(sheet.getSheetName(), c.titleRow(), c.titleCol(), true, true));
            s.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(PALETTE[i++ % PALETTE.length])));
        }
        chart.plot(data);
        if (stacked) {
            overlapFully(chart);
        }
        return chart;
    }

    /**
     * Stacked columns need c:overlap 100 or Excel draws them as a staircase. XDDF's setOverlap needs
     * a schema type that poi-ooxml-lite lacks, so the element is written with a cursor, right after
     * c:gapWidth where the schema wants it.
     */
    private static void overlapFully(XSSFChart chart) {
        var bar = chart.getCTChart().getPlotArea().getBarChartArray(0);
        try (XmlCursor cursor = bar.getGapWidth().newCursor()) {
            cursor.toEndToken();
            cursor.toNextToken();
            cursor.beginElement(new QName("http://schemas.openxmlformats.org/drawingml/2006/chart", "overlap", "c"));
            cursor.insertAttributeWithValue("val", "100");
        }
    }

    /** The value axis in whole hectares with light grid lines, crossing the category axis at zero. */
    private static XDDFValueAxis hectareAxis(XSSFChart chart, AxisPosition position, AxisCrossBetween crossBetween) {
        XDDFValueAxis y = chart.createValueAxis(position);
        y.setCrosses(AxisCrosses.AUTO_ZERO);
        y.setCrossBetween(crossBetween);
        y.setNumberFormat(Styles.HECTARES.replace(".0", ""));
        y.getOrAddMajorGridProperties().setLineProperties(thinGrey());
        return y;
    }

    static XSSFChart line(SheetWriter out, Place place, String title, int firstRow, int lastRow, int categoryCol,
                          List<Column> series) {
        XSSFSheet sheet = out.sheet;
        XSSFChart chart = chart(sheet, place, title);
        XDDFCategoryAxis x = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis y = hectareAxis(chart, AxisPosition.LEFT, AxisCrossBetween.BETWEEN);
        XDDFLineChartData data = (XDDFLineChartData) chart.createData(ChartTypes.LINE, x, y);
        data.setGrouping(Grouping.STANDARD); // required by the schema; POI leaves it out unless set
        data.setVaryColors(false);
        XDDFNumericalDataSource<Double> years = values(out, firstRow, lastRow, categoryCol);
        int i = 0;
        for (Column c : series) {
            XDDFLineChartData.Series s = (XDDFLineChartData.Series) data.addSeries(years,
                    values(out, firstRow, lastRow, c.valueCol()));
            s.setTitle(out.textAt(c.titleRow(), c.titleCol()),
                    new CellReference(sheet.getSheetName(), c.titleRow(), c.titleCol(), true, true));
            s.setSmooth(false);
            s.setMarkerStyle(MarkerStyle.NONE);
            XDDFLineProperties line = new XDDFLineProperties(
                    new XDDFSolidFillProperties(XDDFColor.from(PALETTE[i++ % PALETTE.length])));
            line.setWidth(2.25);
            s.setLineProperties(line);
        }
        chart.plot(data);
        return chart;
    }

    /**
     * A fan chart: the band between two percentiles shaded (a stacked area chart whose lower
     * series, the low percentile, is transparent and whose upper series is the band's width) and a
     * middle line (the median) over it, against the years in {@code categoryCol}.
     */
    static XSSFChart band(SheetWriter out, Place place, String title, int firstRow, int lastRow, int categoryCol,
                          Column low, Column width, Column middle) {
        XSSFSheet sheet = out.sheet;
        XSSFChart chart = chart(sheet, place, title);
        XDDFCategoryAxis x = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis y = hectareAxis(chart, AxisPosition.LEFT, AxisCrossBetween.MIDPOINT_CATEGORY);
        XDDFNumericalDataSource<Double> years = values(out, firstRow, lastRow, categoryCol);
        org.apache.poi.xddf.usermodel.chart.XDDFAreaChartData area =
                (org.apache.poi.xddf.usermodel.chart.XDDFAreaChartData) chart.createData(ChartTypes.AREA, x, y);
        area.setGrouping(Grouping.STACKED);
        area.setVaryColors(false);
        XDDFChartData.Series base = area.addSeries(years, values(out, firstRow, lastRow, low.valueCol()));
        base.setTitle(out.textAt(low.titleRow(), low.titleCol()),
                new CellReference(sheet.getSheetName(), low.titleRow(), low.titleCol(), true, true));
        base.setFillProperties(new org.apache.poi.xddf.usermodel.XDDFNoFillProperties());
        base.setLineProperties(new XDDFLineProperties(new org.apache.poi.xddf.usermodel.XDDFNoFillProperties()));
        XDDFChartData.Series band = area.addSeries(years, values(out, firstRow, lastRow, width.valueCol()));
        band.setTitle(out.textAt(width.titleRow(), width.titleCol()),
                new CellReference(sheet.getSheetName(), width.titleRow(), width.titleCol(), true, true));
        band.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(new byte[] {(byte) 0xBD, (byte) 0xD7, (byte) 0xEE})));
        band.setLineProperties(new XDDFLineProperties(new org.apache.poi.xddf.usermodel.XDDFNoFillProperties()));
        chart.plot(area);
        XDDFLineChartData line = (XDDFLineChartData) chart.createData(ChartTypes.LINE, x, y);
        line.setGrouping(Grouping.STANDARD);
        line.setVaryColors(false);
        XDDFLineChartData.Series mid = (XDDFLineChartData.Series) line.addSeries(years,
                values(out, firstRow, lastRow, middle.valueCol()));
        mid.setTitle(out.textAt(middle.titleRow(), middle.titleCol()),
                new CellReference(sheet.getSheetName(), middle.titleRow(), middle.titleCol(), true, true));
        mid.setSmooth(false);
        mid.setMarkerStyle(MarkerStyle.CIRCLE);
        XDDFLineProperties stroke = new XDDFLineProperties(new XDDFSolidFillProperties(XDDFColor.from(PALETTE[0])));
        stroke.setWidth(2.25);
        mid.setLineProperties(stroke);
        chart.plot(line);
        // the transparent lower series has no business in the legend
        var entry = chart.getOrAddLegend().addEntry();
        entry.setIndex(0);
        entry.setDelete(true);
        return chart;
    }

    /**
     * A horizontal bar chart as a tornado: the first category (the largest swing) on top, the
     * category labels at the left edge of the plot ("low"), clear of the bars around zero, and the
     * value axis at the bottom.
     */
    static void tornado(XSSFChart chart) {
        for (org.apache.poi.xddf.usermodel.chart.XDDFChartAxis a : chart.getAxes()) {
            if (a instanceof XDDFCategoryAxis c) {
                c.setOrientation(org.apache.poi.xddf.usermodel.chart.AxisOrientation.MAX_MIN);
                c.setTickLabelPosition(org.apache.poi.xddf.usermodel.chart.AxisTickLabelPosition.LOW);
            } else if (a instanceof XDDFValueAxis v) {
                v.setCrosses(AxisCrosses.MAX);
            }
        }
    }

    /** Titles on the category (or x) axis and the value axis; an empty title leaves that axis without one. */
    static void axisTitles(XSSFChart chart, String category, String value) {
        java.util.Locale before = org.apache.poi.util.LocaleUtil.getUserLocale();
        org.apache.poi.util.LocaleUtil.setUserLocale(java.util.Locale.forLanguageTag("nl-NL"));
        try {
            for (org.apache.poi.xddf.usermodel.chart.XDDFChartAxis a : chart.getAxes()) {
                String t = a instanceof XDDFValueAxis ? value : category;
                if (!t.isEmpty()) {
                    a.setTitle(t);
                }
            }
        } finally {
            org.apache.poi.util.LocaleUtil.setUserLocale(before);
        }
    }

    private static XSSFChart chart(XSSFSheet sheet, Place p, String title) {
        XSSFClientAnchor anchor = sheet.createDrawingPatriarch().createAnchor(0, 0, 0, 0, p.col1(), p.row1(), p.col2(),
                p.row2());
        XSSFChart chart = sheet.createDrawingPatriarch().createChart(anchor);
        // POI tags the title's text run with the user locale: fix it, or the bytes depend on the machine
        java.util.Locale before = org.apache.poi.util.LocaleUtil.getUserLocale();
        org.apache.poi.util.LocaleUtil.setUserLocale(java.util.Locale.forLanguageTag("nl-NL"));
        try {
            chart.setTitleText(title);
        } finally {
            org.apache.poi.util.LocaleUtil.setUserLocale(before);
        }
        chart.setTitleOverlay(false);
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        return chart;
    }

    /**
     * A column of the sheet as a chart's data: the cell range as reference, the cells' values (a
     * formula's cached value) as the chart's cache, so no formula needs evaluating here.
     */
    private static XDDFNumericalDataSource<Double> values(SheetWriter out, int firstRow, int lastRow, int col) {
        Double[] values = new Double[lastRow - firstRow + 1];
        for (int r = firstRow; r <= lastRow; r++) {
            values[r - firstRow] = out.numberAt(r, col);
        }
        return XDDFDataSourcesFactory.fromArray(values, range(out.sheet, firstRow, lastRow, col), col);
    }

    /** "'Samenvatting'!$A$6:$A$17", as POI's cell-range data sources name their range. */
    private static String range(XSSFSheet sheet, int firstRow, int lastRow, int col) {
        return new CellRangeAddress(firstRow, lastRow, col, col).formatAsString(sheet.getSheetName(), true);
    }

    private static XDDFLineProperties thinGrey() {
        XDDFLineProperties l = new XDDFLineProperties(new XDDFSolidFillProperties(XDDFColor.from(PresetColor.LIGHT_GRAY)));
        l.setWidth(0.5);
        return l;
    }
}
