package nl.ruimtevraag.report;

import java.util.ArrayList;
import java.util.List;
import nl.ruimtevraag.engine.Explainer;
import nl.ruimtevraag.engine.Explanation;
import nl.ruimtevraag.model.Period;
import nl.ruimtevraag.model.Werkmilieu;

/**
 * The waterfall of one region ({@code run --explain REGION}): per werkmilieu the steps of
 * {@link Explainer} from uitbreidingsvraag to saldo, one column per period end, then the inputs
 * with their sources. The same decomposition as the {@code explain} command.
 */
final class WaterfallSheet {
    private WaterfallSheet() {
    }

    static String name(ReportContext ctx) {
        return ctx.label(Label.SHEET_WATERFALL) + " " + ctx.explainRegion();
    }

    static void write(SheetWriter out, ReportContext ctx) {
        var p = ctx.projection();
        String region = ctx.explainRegion();
        List<Period> periods = p.periods();
        out.text(0, 0, ctx.label(Label.TITLE_WATERFALL) + ": " + p.regionNames().get(p.regionIndex(region)) + " (" + region + ")",
                out.styles.title);
        out.text(1, 0, Label.NOTE_WATERFALL.format(ctx.language(), p.horizon().baseYear() + 1), out.styles.note);
        int row = 3;
        List<Object[]> sources = new ArrayList<>();
        for (Werkmilieu w : Werkmilieu.values()) {
            List<Explanation> byPeriod = new ArrayList<>();
            for (Period period : periods) {
                byPeriod.add(Explainer.explain(ctx.scenario(), ctx.data(), p, region, w, period));
            }
            List<String> header = new ArrayList<>(List.of(ctx.label(Label.WERKMILIEU) + ": " + Label.werkmilieu(w, ctx.language()),
                    ctx.label(Label.FORMULA)));
            for (Period period : periods) {
                header.add(ctx.label(Label.UP_TO) + " " + period.end());
            }
            out.header(row++, header);
            List<Explanation.Step> steps = byPeriod.get(0).steps();
            for (int s = 0; s < steps.size(); s++) {
                Explanation.Step step = steps.get(s);
                boolean total = step.kind() == Explanation.Kind.TOTAL;
                boolean info = step.kind() == Explanation.Kind.INFO;
                out.text(row, 0, WaterfallText.step(step, ctx.language()), total ? out.styles.textBold : info ? out.styles.note : out.styles.text);
                out.text(row, 1, WaterfallText.formula(step, ctx.language()), out.styles.textWrap);
                for (int i = 0; i < periods.size(); i++) {
                    out.number(row, 2 + i, byPeriod.get(i).steps().get(s).result(),
                            total ? out.styles.hectaresTotal : out.styles.hectares);
                }
                row++;
            }
            row++;
            out.header(row++, List.of(ctx.label(Label.INPUT), ctx.label(Label.VALUE), ctx.label(Label.SOURCE_LOCATION)));
            for (Explanation.Step step : byPeriod.get(periods.size() - 1).steps()) {
                for (Explanation.Input in : step.inputs()) {
                    out.text(row, 0, WaterfallText.input(in, ctx.language()), out.styles.text);
                    if (in.value() instanceof Double d) {
                        out.number(row, 1, d, out.styles.number); // the exact number, in the workbook's format
                    } else if (in.value() instanceof nl.ruimtevraag.engine.Explanation.Share share) {
                        out.number(row, 1, share.value(), out.styles.percent);
                    } else {
                        value(out, row, 1, WaterfallText.value(in, ctx.language()));
                    }
                    sources.add(new Object[] {row, WaterfallText.source(in, ctx.language())});
                    row++;
                }
            }
            row += 2;
        }
        out.widths(48, 52, 14, 14, 14, 14, 14);
        out.wrapColumns(3, row, 0, 1);
        // a source spans the period columns, wrapped: text running past the last column would widen the print
        for (Object[] src : sources) {
            out.wrappedAcross((Integer) src[0], 2, 1 + periods.size(), (String) src[1], out.styles.textWrap);
        }
        out.print(-1, 0, 1 + periods.size());
    }

    /** A value that is a plain number becomes a number cell (no "1.607e+05" stored as text); a distribution stays text. */
    static void value(SheetWriter out, int row, int col, String text) {
        double v;
        try {
            v = Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            out.text(row, col, text, out.styles.textWrap);
            return;
        }
        if (!Double.isFinite(v) || text.trim().startsWith("+")) {
            out.text(row, col, text, out.styles.textWrap);
            return;
        }
        out.number(row, col, v, out.styles.number);
    }
}
