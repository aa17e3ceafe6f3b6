package nl.ruimtevraag.report;

import java.util.List;
import nl.ruimtevraag.uncertainty.Tornado;
import nl.ruimtevraag.uncertainty.TornadoBar;

/**
 * Sensitivity ({@code run --tornado}, {@code sensitivity -o FILE.xlsx}): every uncertain parameter
 * swung between its low and high value with the others central, ranked by the swing of the strict
 * extra hectares; the table and a tornado chart of the deviations from the central result.
 */
final class TornadoSheet {
    static final int HEADER = 3;

    private TornadoSheet() {
    }

    static void write(SheetWriter out, ReportContext ctx, Tornado t) {
        String where = t.region().isEmpty() ? ctx.totalName() : t.region();
        out.text(0, 0, Label.TITLE_TORNADO.format(ctx.language(), t.periodEnd(), where), out.styles.title);
        out.text(1, 0, Label.NOTE_TORNADO.format(ctx.language(), MapPicture.hectares(t.base())), out.styles.note);
        out.header(HEADER, List.of(ctx.label(Label.RANK), ctx.label(Label.PARAMETER), ctx.label(Label.PATH), ctx.label(Label.DISTRIBUTION),
                ctx.label(Label.LOW), ctx.label(Label.HIGH), ctx.label(Label.AT_LOW), ctx.label(Label.AT_HIGH),
                ctx.label(Label.SWING), ctx.label(Label.DELTA_LOW), ctx.label(Label.DELTA_HIGH)));
        int row = HEADER + 1;
        int rank = 1;
        for (TornadoBar b : t.bars()) {
            out.number(row, 0, rank++, out.styles.integer);
            out.text(row, 1, ParameterNames.name(b.parameter().path(), ctx.scenario(), ctx.language()), out.styles.text);
            out.text(row, 2, b.parameter().path(), out.styles.text);
            out.text(row, 3, Label.distribution(b.parameter().param(), ctx.language()), out.styles.text);
            out.number(row, 4, b.lowValue(), out.styles.number);
            out.number(row, 5, b.highValue(), out.styles.number);
            out.hectares(row, 6, b.outputAtLow());
            out.hectares(row, 7, b.outputAtHigh());
            out.formula(row, 8, "ABS(" + SheetWriter.ref(row, 7) + "-" + SheetWriter.ref(row, 6) + ")", b.swing(), out.styles.hectares);
            out.formula(row, 9, SheetWriter.ref(row, 6) + "-" + t.base(), b.outputAtLow() - t.base(), out.styles.hectares);
            out.formula(row, 10, SheetWriter.ref(row, 7) + "-" + t.base(), b.outputAtHigh() - t.base(), out.styles.hectares);
            row++;
        }
        out.widths(6, 36, 26, 22, 9, 9, 10, 10, 9, 10, 10);
        out.table(HEADER, 2, row - 1, 10);
        if (!t.bars().isEmpty()) {
            // the chart lists the largest swing on top: categories run bottom-up in a bar chart
            int shown = Math.min(t.bars().size(), 15);
            int top = row + 2;
            out.pageBreakBefore(top);
            int rows = Math.min(6 + shown * 2, (int) (out.plan.pageHeight() / 15) - 5);
            int cols = Math.min(10, out.plan.firstPageCols());
            var chart = Charts.bar(out, new Charts.Place(0, top, cols, top + rows),
                    Label.TITLE_TORNADO_CHART.format(ctx.language(), where), HEADER + 1, HEADER + shown, 1,
                    List.of(new Charts.Column(HEADER, 9), new Charts.Column(HEADER, 10)), true, true);
            Charts.tornado(chart);
            Charts.axisTitles(chart, "", ctx.label(Label.AXIS_DEVIATION));
            out.text(top + rows, 0, Label.CHART_SOURCE.format(ctx.language(), ctx.label(Label.SHEET_TORNADO)), out.styles.note);
        }
    }
}
