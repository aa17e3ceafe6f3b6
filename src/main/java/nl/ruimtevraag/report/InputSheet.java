package nl.ruimtevraag.report;

import java.util.ArrayList;
import java.util.List;
import nl.ruimtevraag.engine.Projection;
import nl.ruimtevraag.model.TransformationEvent;

/**
 * Invoer: the scalars that act after the engine's yearly series, as named, coloured, validated input
 * cells: the planning reserve ({@code planreserve}), the realisation probability of zacht supply
 * ({@code zacht_realisatie}) and each transformation event's compensation ({@code compensatie_N}, N its
 * number in the scenario; an event compensated outside the run is listed without an input, since no figure
 * of the run holds it). Every sheet that shows demand, supply, saldo or extra hectares reads them
 * through formulas, so changing one and recalculating gives the workbook a rerun with that value writes.
 */
final class InputSheet {
    static final String RESERVE = "planreserve";
    static final String ZACHT = "zacht_realisatie";
    static final int HEADER = 3;
    static final int VALUE = 1;

    /**
     * A transformation event whose compensation lands in the projection: its number in the scenario
     * (1-based), its target region index, the workbook name of its compensation cell and its yearly hectares.
     */
    record Event(int number, TransformationEvent event, int region, String name, double[] hectares) {
    }

    private InputSheet() {
    }

    /** The events of the scenario whose compensation lands in a projected region, in scenario order. */
    static List<Event> events(ReportContext ctx) {
        Projection pr = ctx.projection();
        List<Event> events = new ArrayList<>();
        List<TransformationEvent> all = ctx.scenario().transformation();
        for (int i = 0; i < all.size(); i++) {
            TransformationEvent e = all.get(i);
            int r = pr.regionCodes().indexOf(e.compensationRegion());
            if (r >= 0) {
                events.add(new Event(i + 1, e, r, "compensatie_" + (i + 1), pr.transformedHectares(e)));
            }
        }
        return events;
    }

    static void write(SheetWriter out, ReportContext ctx, List<Event> events) {
        Projection pr = ctx.projection();
        out.widths(34, 12, 18, 16, 10, 12, 10, 12, 22);
        out.text(0, 0, ctx.label(Label.TITLE_INPUTS), out.styles.title);
        out.text(1, 0, ctx.label(Label.NOTE_INPUTS), out.styles.note);
        out.header(HEADER, List.of(ctx.label(Label.INPUT_SUBJECT), ctx.label(Label.INPUT_VALUE), ctx.label(Label.INPUT_NAME),
                ctx.label(Label.INPUT_MEANING), "", "", "", "", ""));
        int row = HEADER + 1;
        scalar(out, row++, ctx.label(Label.PLANNING_RESERVE) + " (f_res)", pr.input().planningReserve(), RESERVE,
                ctx.label(Label.INPUT_RESERVE_MEANING));
        scalar(out, row++, ctx.label(Label.INPUT_ZACHT), pr.input().supply().zachtRealisation(), ZACHT,
                ctx.label(Label.INPUT_ZACHT_MEANING));
        out.shareValidation(HEADER + 1, row - 1, VALUE, ctx.label(Label.VALIDATION_TITLE), ctx.label(Label.VALIDATION_SHARE));

        row++;
        out.text(row++, 0, ctx.label(Label.TITLE_INPUT_EVENTS), out.styles.subtitle);
        out.text(row++, 0, ctx.label(Label.NOTE_INPUT_EVENTS), out.styles.note);
        int eventHeader = row++;
        List<String> labels = List.of(ctx.label(Label.EVENT_NUMBER), ctx.label(Label.EVENT_COMPENSATION),
                ctx.label(Label.INPUT_NAME), ctx.label(Label.EVENT_SCENARIO_VALUE), ctx.label(Label.REGION_CODE),
                ctx.label(Label.WERKMILIEU), ctx.label(Label.EVENT_YEARS), ctx.label(Label.EVENT_HECTARES),
                ctx.label(Label.EVENT_COMPENSATED_IN));
        out.header(eventHeader, labels);
        List<TransformationEvent> all = ctx.scenario().transformation();
        if (all.isEmpty()) {
            out.text(row++, 0, ctx.label(Label.NO_INPUT_EVENTS), out.styles.text);
        }
        for (int i = 0; i < all.size(); i++) {
            TransformationEvent t = all.get(i);
            int number = i + 1;
            Event e = events.stream().filter(x -> x.number() == number).findFirst().orElse(null);
            out.number(row, 0, number, out.styles.integer);
            String target = t.compensationRegion() + " " + Label.werkmilieu(t.compensationWerkmilieu(), ctx.language());
            if (e != null) {
                out.number(row, VALUE, t.compensation().central(), out.styles.input);
                out.name(e.name(), row, VALUE, row, VALUE);
                out.shareValidation(row, row, VALUE, ctx.label(Label.VALIDATION_TITLE), ctx.label(Label.VALIDATION_SHARE));
                out.text(row, 2, e.name(), out.styles.text);
                out.text(row, 8, target, out.styles.text);
            } else {
                // compensated in a region outside this run: no input, and no figure of the run holds it
                out.text(row, VALUE, "-", out.styles.text);
                out.text(row, 2, "-", out.styles.text);
                out.text(row, 8, Label.EVENT_OUTSIDE.format(ctx.language(), target), out.styles.textWrap);
            }
            out.text(row, 3, Label.distribution(t.compensation(), ctx.language()), out.styles.text);
            out.text(row, 4, t.region(), out.styles.text);
            out.text(row, 5, Label.werkmilieu(t.werkmilieu(), ctx.language()), out.styles.text);
            out.text(row, 6, t.fromYear() + "-" + t.toYear(), out.styles.text);
            out.hectares(row, 7, t.hectares().central());
            row++;
        }
        out.print(HEADER, 1, 8);
    }

    private static void scalar(SheetWriter out, int row, String label, double value, String name, String meaning) {
        out.text(row, 0, label, out.styles.text);
        out.number(row, VALUE, value, out.styles.input);
        out.name(name, row, VALUE, row, VALUE);
        out.text(row, 2, name, out.styles.text);
        out.wrappedAcross(row, 3, 8, meaning, out.styles.textWrap);
    }

    /**
     * The formula of a transformation demand cell of region r, werkmilieu w in projected year index y: the
     * hectares each event transforms that year times its compensation cell, or null when no event
     * compensates there that year.
     */
    static String transformation(List<Event> events, int r, int w, int y) {
        StringBuilder f = new StringBuilder();
        for (Event e : events) {
            if (e.region() != r || e.event().compensationWerkmilieu().ordinal() != w || e.hectares()[y] == 0) {
                continue;
            }
            if (f.length() > 0) {
                f.append('+');
            }
            f.append(java.math.BigDecimal.valueOf(e.hectares()[y]).toPlainString()).append('*').append(e.name());
        }
        return f.length() == 0 ? null : f.toString();
    }
}
