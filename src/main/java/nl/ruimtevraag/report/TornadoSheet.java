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
        String where = t.region().isEmpty() ? ctx.label(Label.NATIONAL) : t.region();
        out.text(0, 0, Label.TITLE_TORNADO.format(ctx.language(), t.periodEnd(), where), out.styles.title);
        out.text(1, 0, Label.NOTE_TORNADO.format(ctx.language(), MapPicture.hectares(t.base())), out.styles.note);
        out.header(HEADER, List.of(ctx.label(Label.RANK), ctx.label(Label.PARAMETER), ctx.label(Label.DISTRIBUTION),
                ctx.label(Label.LOW), ctx.label(Label.HIGH), ctx.label(Label.AT_LOW), ctx.label(Label.AT_HIGH),
                ctx.label(Label.SWING), ctx.label(Label.DELTA_LOW), ctx.label(Label.DELTA_HIGH)));
        int row = HEADER + 1;
        int rank = 1;
        for (TornadoBar b : t.bars()) {
            out.number(row, 0, rank++, out.styles.integer);
            out.text(row, 1, b.parameter().path(), out.styles.text);
            out.text(row, 2, Label.distribution(b.parameter().param(), ctx.language()), out.styles.text);
            out.number(row, 3, b.lowValue(), out.styles.number);
            out.number(row, 4, b.highValue(), out.styles.number);
            out.hectares(row, 5, b.outputAtLow());
            out.hectares(row, 6, b.outputAtHigh());
            out.formula(row, 7, "ABS(" + SheetWriter.ref(row, 6) + "-" + SheetWriter.ref(row, 5) + ")", b.swing(), out.styles.hectares);
            out.formula(row, 8, SheetWriter.ref(row, 5) + "-" + t.base(), b.outputAtLow() - t.base(), out.styles.hectares);
            out.formula(row, 9, SheetWriter.ref(row, 6) + "-" + t.base(), b.outputAtHigh() - t.base(), out.styles.hectares);
            row++;
        }
        out.widths(8, 46, 30, 10, 10, 14, 14, 12, 14, 14);
        out.table(HEADER, 2, row - 1, 9);
        if (!t.bars().isEmpty()) {
            // the chart lists the largest swing on top: categories run bottom-up in a bar chart
            int shown = Math.min(t.bars().size(), 15);
            Charts.bar(out, new Charts.Place(0, row + 2, 10, row + 4 + shown * 2), Label.TITLE_TORNADO_CHART.format(ctx.language(), where),
                    HEADER + 1, HEADER + shown, 1,
                    List.of(new Charts.Column(HEADER, 8), new Charts.Column(HEADER, 9)), true, true);
        }
    }
}
