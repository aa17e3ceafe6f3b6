package nl.ruimtevraag.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the projection as an Excel workbook: one class per sheet, shared {@link Styles}. The
 * same inputs give a byte-identical file unless the context asks for a time stamp.
 */
public final class WorkbookWriter {
    /** Custom document property that marks files this tool wrote. */

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
        XSSFWorkbook base = new XSSFWorkbook();
        Styles styles = new Styles(base, null);
        styles.page = pageText(ctx);
        base.createSheet(ctx.label(Label.SHEET_TORNADO));
        try (StreamingWorkbook wb = new StreamingWorkbook(base, -1, !ctx.stamp())) {
            TornadoSheet.write(new SheetWriter(wb.getSheetAt(0), styles), ctx, ctx.tornado());
            properties(base, ctx);
            return wb.toBytes();
        }
    }

    /** The workbook's bytes. */
    public static byte[] toBytes(ReportContext ctx) throws IOException {
        // the map picture (Java2D) is drawn on another core while the sheets are built
        FutureTask<byte[]> map = new FutureTask<>(() -> SummarySheet.map(ctx));
        Thread mapThread = new Thread(map, "ruimtevraag-map");
        mapThread.setDaemon(true);
        mapThread.start();
        XSSFWorkbook base = open(ctx);
        boolean template = base.getNumberOfSheets() > 0;
        if (template) {
            HouseStyle.fillPlaceholders(base, ctx);
        }
        Styles styles = new Styles(base, template ? HouseStyle.headerColour(base) : null);
        styles.page = pageText(ctx);
        for (int i = 0; i < base.getNumberOfSheets(); i++) {
            // the template's own sheets (the cover) get the same header and footer; their scaling stays theirs
            PrintLayout.headerAndFooter(base.getSheetAt(i), styles.page);
        }
        createSheets(base, ctx);
        try (StreamingWorkbook wb = new StreamingWorkbook(base, -1, !ctx.stamp())) {
            build(wb, styles, ctx, () -> result(map));
            int first = template ? 0 : base.getSheetIndex(ctx.label(Label.SHEET_SUMMARY));
            base.setActiveSheet(first);
            base.setSelectedTab(first);
            properties(base, ctx);
            return wb.toBytes();
        }
    }

    private static XSSFWorkbook open(ReportContext ctx) throws IOException {
        if (ctx.template() == null) {
            return new XSSFWorkbook();
        }
        if (ctx.template().equals(ReportContext.BUILT_IN_TEMPLATE)) {
            XSSFWorkbook preloaded = Preload.takeTemplate();
            return preloaded != null ? preloaded : Preload.openBuiltInTemplate();
        }
        try (InputStream in = Files.newInputStream(ctx.template())) {
            return new XSSFWorkbook(in);
        }
    }

    /** Creates the sheets, in their order; a template's sheet of the same name gives way to the real one. */
    private static void createSheets(XSSFWorkbook wb, ReportContext ctx) {
        List<Label> order = List.of(Label.SHEET_SUMMARY, Label.SHEET_INPUTS, Label.SHEET_DEMAND, Label.SHEET_DEMAND_YEARLY,
                Label.SHEET_SUPPLY,
                Label.SHEET_CONFRONTATION, Label.SHEET_CIRCULAR, Label.SHEET_PHASING, Label.SHEET_TIMELINE,
                Label.SHEET_ASSUMPTIONS,
                Label.SHEET_SOURCES, Label.SHEET_EXPLANATION);
        List<String> names = new ArrayList<>(order.stream().map(ctx::label).toList());
        int after = names.indexOf(ctx.label(Label.SHEET_CONFRONTATION)) + 1;
        // after Confrontatie: Uitleg REGIO, Bandbreedte, Gevoeligheid
        if (ctx.tornado() != null) {
            names.add(after, ctx.label(Label.SHEET_TORNADO));
        }
        if (ctx.yearlyBands() != null) {
            names.add(after, ctx.label(Label.SHEET_BANDS_YEARLY));
        }
        if (ctx.bands() != null) {
            names.add(after, ctx.label(Label.SHEET_BANDS));
        }
        if (ctx.explainRegion() != null) {
            names.add(after, WaterfallSheet.name(ctx));
        }
        for (String name : names) {
            int existing = wb.getSheetIndex(name);
            if (existing >= 0) {
                wb.removeSheetAt(existing);
            }
            wb.createSheet(name);
        }
    }

    /** Writes the sheets. */
    private static void build(StreamingWorkbook wb, Styles styles, ReportContext ctx, Supplier<byte[]> map) {
        List<InputSheet.Event> events = InputSheet.events(ctx);
        InputSheet.write(sheet(wb, styles, ctx.label(Label.SHEET_INPUTS)), ctx, events);
        AssumptionsSheet.write(sheet(wb, styles, ctx.label(Label.SHEET_ASSUMPTIONS)), ctx, events);
        ConfrontationSheet.Rows conf = ConfrontationSheet.write(sheet(wb, styles, ctx.label(Label.SHEET_CONFRONTATION)), ctx);
        DemandSheet.Rows demand = DemandSheet.write(sheet(wb, styles, ctx.label(Label.SHEET_DEMAND)), ctx);
        DemandYearSheet.write(sheet(wb, styles, ctx.label(Label.SHEET_DEMAND_YEARLY)), ctx, events);
        SupplySheet.write(sheet(wb, styles, ctx.label(Label.SHEET_SUPPLY)), ctx);
        CircularSheet.write(sheet(wb, styles, ctx.label(Label.SHEET_CIRCULAR)), ctx);
        SheetWriter phasing = sheet(wb, styles, ctx.label(Label.SHEET_PHASING));
        PhasingSheet.Rows rows = PhasingSheet.write(phasing, ctx);
        int chartTop = rows.last() + 2;
        phasing.pageBreakBefore(chartTop);
        int chartCols = Math.min(10, phasing.plan.firstPageCols());
        var phasingChart = Charts.line(phasing, new Charts.Place(0, chartTop, chartCols, chartTop + 22), ctx.label(Label.CHART_PHASING),
                rows.first(), rows.last(), PhasingSheet.YEAR,
                List.of(new Charts.Column(PhasingSheet.HEADER, PhasingSheet.DEMAND_CUM),
                        new Charts.Column(PhasingSheet.HEADER, PhasingSheet.SUPPLY)));
        Charts.axisTitles(phasingChart, ctx.label(Label.AXIS_YEAR), ctx.label(Label.AXIS_HECTARES));
        phasing.text(chartTop + 22, 0, Label.CHART_SOURCE.format(ctx.language(), ctx.label(Label.SHEET_PHASING)),
                phasing.styles.note);
        TimelineSheet.write(sheet(wb, styles, ctx.label(Label.SHEET_TIMELINE)), ctx);
        SourcesSheet.write(sheet(wb, styles, ctx.label(Label.SHEET_SOURCES)), ctx);
        ExplanationSheet.write(sheet(wb, styles, ctx.label(Label.SHEET_EXPLANATION)), ctx);
        if (ctx.bands() != null) {
            BandsSheet.write(sheet(wb, styles, ctx.label(Label.SHEET_BANDS)), ctx);
        }
        if (ctx.yearlyBands() != null) {
            BandsSheet.writeYearly(sheet(wb, styles, ctx.label(Label.SHEET_BANDS_YEARLY)), ctx);
        }
        if (ctx.tornado() != null) {
            TornadoSheet.write(sheet(wb, styles, ctx.label(Label.SHEET_TORNADO)), ctx, ctx.tornado());
        }
        if (ctx.explainRegion() != null) {
            WaterfallSheet.write(sheet(wb, styles, WaterfallSheet.name(ctx)), ctx);
        }
        SummarySheet.write(sheet(wb, styles, ctx.label(Label.SHEET_SUMMARY)), ctx, conf, demand,
                ctx.label(Label.SHEET_CONFRONTATION), ctx.label(Label.SHEET_DEMAND), map);
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

    private static SheetWriter sheet(StreamingWorkbook wb, Styles styles, String name) {
        return new SheetWriter(wb.getSheet(name), styles);
    }

    /** Every page's header and footer: the cover's title (or the summary's), scenario, run date, version. */
    static PrintLayout.PageText pageText(ReportContext ctx) {
        String title = ctx.cover().title().isEmpty() ? ctx.label(Label.TITLE_SUMMARY) : ctx.cover().title();
        return new PrintLayout.PageText(title, ctx.scenario().name(), RunDate.text(ctx.runDate(), ctx.language()),
                "ruimtevraag " + ctx.toolVersion(), ctx.language());
    }

    /** Document properties; created and modified are the run date (00:00 UTC), or the time now with --stamp. */
    private static void properties(XSSFWorkbook wb, ReportContext ctx) {
        java.time.OffsetDateTime when = ctx.stamp() ? java.time.OffsetDateTime.now(ZoneOffset.UTC).withNano(0)
                : ctx.runDate().atStartOfDay().atOffset(ZoneOffset.UTC);
        java.util.Map<String, String> custom = new java.util.LinkedHashMap<>();
        custom.put("ruimtevraag.scenario", SheetWriter.safeText(ctx.scenario().name()));
        custom.put("ruimtevraag.scenario.sha256", ctx.scenario().sha256());
        custom.put("ruimtevraag.dataset.version", ctx.data().version());
        DocumentProperties.set(wb, ctx.toolVersion(), when, ctx.label(Label.TITLE_SUMMARY) + ": " + ctx.scenario().name(),
                ctx.scenario().description(), custom);
    }
}
