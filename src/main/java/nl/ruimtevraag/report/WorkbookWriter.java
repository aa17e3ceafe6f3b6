package nl.ruimtevraag.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the projection as an Excel workbook: one class per sheet, shared {@link Styles}. The
 * same inputs give a byte-identical file unless the context asks for a time stamp.
 */
public final class WorkbookWriter {
    /** Custom document property that marks files this tool wrote. */
    public static final String GENERATOR_PROPERTY = "ruimtevraag.generator";
    public static final String GENERATOR = "ruimtevraag";

    private WorkbookWriter() {
    }

    /** Writes the workbook to target, atomically: on failure the target is untouched. */
    public static void write(ReportContext ctx, Path target) throws IOException {
        AtomicFiles.write(target, toBytes(ctx));
    }

    /** A workbook with only the sensitivity sheet of {@code ctx.tornado()} ({@code sensitivity -o FILE.xlsx}). */
    public static void writeTornado(ReportContext ctx, Path target) throws IOException {
        AtomicFiles.write(target, tornadoBytes(ctx));
    }

    static byte[] tornadoBytes(ReportContext ctx) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Styles styles = new Styles(wb, null);
            TornadoSheet.write(new SheetWriter(wb.createSheet(ctx.label(Label.SHEET_TORNADO)), styles), ctx, ctx.tornado());
            properties(wb, ctx);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
            wb.write(bytes);
            return ctx.stamp() ? bytes.toByteArray() : ReproducibleZip.normalise(bytes.toByteArray());
        }
    }

    /** The workbook's bytes. */
    public static byte[] toBytes(ReportContext ctx) throws IOException {
        try (XSSFWorkbook wb = open(ctx)) {
            build(wb, ctx);
            properties(wb, ctx);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 20);
            wb.write(bytes);
            return ctx.stamp() ? bytes.toByteArray() : ReproducibleZip.normalise(bytes.toByteArray());
        }
    }

    private static XSSFWorkbook open(ReportContext ctx) throws IOException {
        if (ctx.template() == null) {
            return new XSSFWorkbook();
        }
        if (ctx.template().equals(ReportContext.BUILT_IN_TEMPLATE)) {
            try (InputStream in = WorkbookWriter.class.getResourceAsStream("/nl/ruimtevraag/templates/behoefteraming.xlsx")) {
                return new XSSFWorkbook(in);
            }
        }
        try (InputStream in = Files.newInputStream(ctx.template())) {
            return new XSSFWorkbook(in);
        }
    }

    private static void build(XSSFWorkbook wb, ReportContext ctx) {
        boolean template = wb.getNumberOfSheets() > 0;
        if (template) {
            HouseStyle.fillPlaceholders(wb, ctx);
        }
        Styles styles = new Styles(wb, template ? HouseStyle.headerColour(wb) : null);
        Label[] order = {Label.SHEET_SUMMARY, Label.SHEET_DEMAND, Label.SHEET_SUPPLY, Label.SHEET_CONFRONTATION,
            Label.SHEET_CIRCULAR, Label.SHEET_PHASING, Label.SHEET_ASSUMPTIONS, Label.SHEET_SOURCES,
            Label.SHEET_EXPLANATION};
        for (Label l : order) {
            int existing = wb.getSheetIndex(ctx.label(l));
            if (existing >= 0) {
                wb.removeSheetAt(existing); // a template's sheet of the same name gives way to the real one
            }
            wb.createSheet(ctx.label(l));
        }
        String reserve = AssumptionsSheet.write(sheet(wb, styles, ctx, Label.SHEET_ASSUMPTIONS), ctx);
        ConfrontationSheet.Rows conf = ConfrontationSheet.write(sheet(wb, styles, ctx, Label.SHEET_CONFRONTATION), ctx);
        DemandSheet.Rows demand = DemandSheet.write(sheet(wb, styles, ctx, Label.SHEET_DEMAND), ctx, reserve);
        SupplySheet.write(sheet(wb, styles, ctx, Label.SHEET_SUPPLY), ctx);
        CircularSheet.write(sheet(wb, styles, ctx, Label.SHEET_CIRCULAR), ctx);
        SheetWriter phasing = sheet(wb, styles, ctx, Label.SHEET_PHASING);
        PhasingSheet.Rows rows = PhasingSheet.write(phasing, ctx);
        Charts.line(phasing.sheet, new Charts.Place(0, rows.last() + 2, 9, rows.last() + 24), ctx.label(Label.CHART_PHASING),
                rows.first(), rows.last(), PhasingSheet.YEAR,
                java.util.List.of(new Charts.Column(PhasingSheet.HEADER, PhasingSheet.DEMAND_CUM),
                        new Charts.Column(PhasingSheet.HEADER, PhasingSheet.SUPPLY)));
        SourcesSheet.write(sheet(wb, styles, ctx, Label.SHEET_SOURCES), ctx);
        ExplanationSheet.write(sheet(wb, styles, ctx, Label.SHEET_EXPLANATION), ctx);
        if (ctx.bands() != null) {
            String name = ctx.label(Label.SHEET_BANDS);
            wb.setSheetOrder(wb.createSheet(name).getSheetName(), wb.getSheetIndex(ctx.label(Label.SHEET_CONFRONTATION)) + 1);
            BandsSheet.write(new SheetWriter(wb.getSheet(name), styles), ctx);
        }
        if (ctx.tornado() != null) {
            String name = ctx.label(Label.SHEET_TORNADO);
            int after = wb.getSheetIndex(ctx.label(ctx.bands() != null ? Label.SHEET_BANDS : Label.SHEET_CONFRONTATION));
            wb.setSheetOrder(wb.createSheet(name).getSheetName(), after + 1);
            TornadoSheet.write(new SheetWriter(wb.getSheet(name), styles), ctx, ctx.tornado());
        }
        if (ctx.explainRegion() != null) {
            String name = WaterfallSheet.name(ctx);
            wb.setSheetOrder(wb.createSheet(name).getSheetName(), wb.getSheetIndex(ctx.label(Label.SHEET_CONFRONTATION)) + 1);
            WaterfallSheet.write(new SheetWriter(wb.getSheet(name), styles), ctx);
        }
        SummarySheet.write(sheet(wb, styles, ctx, Label.SHEET_SUMMARY), ctx, conf, demand,
                ctx.label(Label.SHEET_CONFRONTATION), ctx.label(Label.SHEET_DEMAND));
        int first = template ? 0 : wb.getSheetIndex(ctx.label(Label.SHEET_SUMMARY));
        wb.setActiveSheet(first);
        wb.setSelectedTab(first);
    }

    private static SheetWriter sheet(XSSFWorkbook wb, Styles styles, ReportContext ctx, Label name) {
        XSSFSheet sheet = wb.getSheet(ctx.label(name));
        return new SheetWriter(sheet, styles);
    }

    private static void properties(XSSFWorkbook wb, ReportContext ctx) {
        POIXMLProperties props = wb.getProperties();
        POIXMLProperties.CoreProperties core = props.getCoreProperties();
        java.time.OffsetDateTime when = ctx.stamp() ? java.time.OffsetDateTime.now(ZoneOffset.UTC).withNano(0)
                : ReproducibleZip.FIXED.atOffset(ZoneOffset.UTC);
        java.util.Date date = java.util.Date.from(when.toInstant());
        core.setCreated(java.util.Optional.of(date));
        core.setModified(java.util.Optional.of(date));
        core.setCreator(GENERATOR + " " + ctx.toolVersion());
        core.setLastModifiedByUser(GENERATOR);
        core.setTitle(SheetWriter.safeText(ctx.label(Label.TITLE_SUMMARY) + ": " + ctx.scenario().name()));
        core.setSubjectProperty(SheetWriter.safeText(ctx.scenario().description()));
        props.getExtendedProperties().getUnderlyingProperties().setApplication(GENERATOR);
        POIXMLProperties.CustomProperties custom = props.getCustomProperties();
        put(custom, GENERATOR_PROPERTY, GENERATOR);
        put(custom, "ruimtevraag.version", ctx.toolVersion());
        put(custom, "ruimtevraag.scenario", SheetWriter.safeText(ctx.scenario().name()));
        put(custom, "ruimtevraag.scenario.sha256", ctx.scenario().sha256());
        put(custom, "ruimtevraag.dataset.version", ctx.data().version());
    }

    private static void put(POIXMLProperties.CustomProperties custom, String name, String value) {
        if (custom.contains(name)) {
            custom.getProperty(name).setLpwstr(value);
        } else {
            custom.addProperty(name, value);
        }
    }
}
