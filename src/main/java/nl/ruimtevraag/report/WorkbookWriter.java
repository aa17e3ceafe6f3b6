package nl.ruimtevraag.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;
import java.util.zip.Deflater;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTWorksheet;

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
            SheetWriter tornado = new SheetWriter(wb.createSheet(ctx.label(Label.SHEET_TORNADO)), styles);
            TornadoSheet.write(tornado, ctx, ctx.tornado());
            properties(wb, ctx);
            return bytes(wb, List.of(tornado), ctx);
        }
    }

    /** The workbook's bytes. */
    public static byte[] toBytes(ReportContext ctx) throws IOException {
        // the map picture (Java2D) is drawn on another core while the sheets are built
        FutureTask<byte[]> map = new FutureTask<>(() -> SummarySheet.map(ctx));
        Thread mapThread = new Thread(map, "ruimtevraag-map");
        mapThread.setDaemon(true);
        mapThread.start();
        try (XSSFWorkbook wb = open(ctx)) {
            List<SheetWriter> sheets = build(wb, ctx, () -> result(map));
            properties(wb, ctx);
            return bytes(wb, sheets, ctx);
        }
    }

    /**
     * The saved workbook with the cells kept by the sheet writers: their texts go into the shared
     * strings table, their extent into each sheet's dimension, their rows into the sheet XML.
     */
    private static byte[] bytes(XSSFWorkbook wb, List<SheetWriter> sheets, ReportContext ctx) throws IOException {
        SharedStrings strings = new SharedStrings(wb.getSharedStringSource());
        Map<String, SheetWriter> parts = new HashMap<>();
        for (SheetWriter s : sheets) {
            s.shareStrings(strings);
            String dimension = s.dimension();
            if (dimension != null) {
                CTWorksheet ws = s.sheet.getCTWorksheet();
                (ws.isSetDimension() ? ws.getDimension() : ws.addNewDimension()).setRef(dimension);
            }
            parts.put(s.sheet.getPackagePart().getPartName().getName().substring(1), s);
        }
        // POI writes its zip uncompressed (ZipPackage uses a zip stream it is given); the rewrite
        // compresses each entry once
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(4 << 20);
        ZipArchiveOutputStream zip = new ZipArchiveOutputStream(bytes);
        zip.setLevel(Deflater.NO_COMPRESSION);
        wb.write(zip); // finishes the zip
        String stringsPart = wb.getSharedStringSource().getPackagePart().getPartName().getName().substring(1);
        return ReproducibleZip.rewrite(bytes.toByteArray(), parts, stringsPart, strings, !ctx.stamp());
    }

    private static XSSFWorkbook open(ReportContext ctx) throws IOException {
        if (ctx.template() == null) {
            return new XSSFWorkbook();
        }
        if (ctx.template().equals(ReportContext.BUILT_IN_TEMPLATE)) {
            XSSFWorkbook preloaded = Preload.takeTemplate();
            return preloaded != null ? preloaded : openBuiltInTemplate();
        }
        try (InputStream in = Files.newInputStream(ctx.template())) {
            return new XSSFWorkbook(in);
        }
    }

    /** Builds the sheets; returns their writers, which still hold the cells. */
    private static List<SheetWriter> build(XSSFWorkbook wb, ReportContext ctx, Supplier<byte[]> map) {
        List<SheetWriter> writers = new ArrayList<>();
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
        String reserve = AssumptionsSheet.write(sheet(wb, styles, ctx, Label.SHEET_ASSUMPTIONS, writers), ctx);
        ConfrontationSheet.Rows conf = ConfrontationSheet.write(sheet(wb, styles, ctx, Label.SHEET_CONFRONTATION, writers), ctx);
        DemandSheet.Rows demand = DemandSheet.write(sheet(wb, styles, ctx, Label.SHEET_DEMAND, writers), ctx, reserve);
        SupplySheet.write(sheet(wb, styles, ctx, Label.SHEET_SUPPLY, writers), ctx);
        CircularSheet.write(sheet(wb, styles, ctx, Label.SHEET_CIRCULAR, writers), ctx);
        SheetWriter phasing = sheet(wb, styles, ctx, Label.SHEET_PHASING, writers);
        PhasingSheet.Rows rows = PhasingSheet.write(phasing, ctx);
        Charts.line(phasing, new Charts.Place(0, rows.last() + 2, 9, rows.last() + 24), ctx.label(Label.CHART_PHASING),
                rows.first(), rows.last(), PhasingSheet.YEAR,
                List.of(new Charts.Column(PhasingSheet.HEADER, PhasingSheet.DEMAND_CUM),
                        new Charts.Column(PhasingSheet.HEADER, PhasingSheet.SUPPLY)));
        SourcesSheet.write(sheet(wb, styles, ctx, Label.SHEET_SOURCES, writers), ctx);
        ExplanationSheet.write(sheet(wb, styles, ctx, Label.SHEET_EXPLANATION, writers), ctx);
        if (ctx.bands() != null) {
            String name = ctx.label(Label.SHEET_BANDS);
            wb.setSheetOrder(wb.createSheet(name).getSheetName(), wb.getSheetIndex(ctx.label(Label.SHEET_CONFRONTATION)) + 1);
            SheetWriter bands = new SheetWriter(wb.getSheet(name), styles);
            writers.add(bands);
            BandsSheet.write(bands, ctx);
        }
        if (ctx.tornado() != null) {
            String name = ctx.label(Label.SHEET_TORNADO);
            int after = wb.getSheetIndex(ctx.label(ctx.bands() != null ? Label.SHEET_BANDS : Label.SHEET_CONFRONTATION));
            wb.setSheetOrder(wb.createSheet(name).getSheetName(), after + 1);
            SheetWriter tornado = new SheetWriter(wb.getSheet(name), styles);
            writers.add(tornado);
            TornadoSheet.write(tornado, ctx, ctx.tornado());
        }
        if (ctx.explainRegion() != null) {
            String name = WaterfallSheet.name(ctx);
            wb.setSheetOrder(wb.createSheet(name).getSheetName(), wb.getSheetIndex(ctx.label(Label.SHEET_CONFRONTATION)) + 1);
            SheetWriter waterfall = new SheetWriter(wb.getSheet(name), styles);
            writers.add(waterfall);
            WaterfallSheet.write(waterfall, ctx);
        }
        SummarySheet.write(sheet(wb, styles, ctx, Label.SHEET_SUMMARY, writers), ctx, conf, demand,
                ctx.label(Label.SHEET_CONFRONTATION), ctx.label(Label.SHEET_DEMAND), map);
        int first = template ? 0 : wb.getSheetIndex(ctx.label(Label.SHEET_SUMMARY));
        wb.setActiveSheet(first);
        wb.setSelectedTab(first);
        return writers;
    }

    /** The task's result; its failure rethrown as it was thrown. */
    private static byte[] result(FutureTask<byte[]> task) {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while drawing the map", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    static XSSFWorkbook openBuiltInTemplate() throws IOException {
        try (InputStream in = Preload.builtInTemplate()) {
            return new XSSFWorkbook(in);
        }
    }

    private static SheetWriter sheet(XSSFWorkbook wb, Styles styles, ReportContext ctx, Label name,
                                     List<SheetWriter> writers) {
        XSSFSheet sheet = wb.getSheet(ctx.label(name));
        SheetWriter writer = new SheetWriter(sheet, styles);
        writers.add(writer);
        return writer;
    }

    private static void properties(XSSFWorkbook wb, ReportContext ctx) {
        java.time.OffsetDateTime when = ctx.stamp() ? java.time.OffsetDateTime.now(ZoneOffset.UTC).withNano(0)
                : ReproducibleZip.FIXED.atOffset(ZoneOffset.UTC);
        java.util.Map<String, String> custom = new java.util.LinkedHashMap<>();
        custom.put("ruimtevraag.scenario", SheetWriter.safeText(ctx.scenario().name()));
        custom.put("ruimtevraag.scenario.sha256", ctx.scenario().sha256());
        custom.put("ruimtevraag.dataset.version", ctx.data().version());
        DocumentProperties.set(wb, ctx.toolVersion(), when, ctx.label(Label.TITLE_SUMMARY) + ": " + ctx.scenario().name(),
                ctx.scenario().description(), custom);
    }
}
