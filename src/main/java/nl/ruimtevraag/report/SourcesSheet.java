package nl.ruimtevraag.report;

import java.util.List;
import java.util.TreeMap;
import nl.ruimtevraag.model.Source;

/** The data set's sources by ID, so every source ID on the assumptions sheet can be looked up. */
final class SourcesSheet {
    static final int HEADER = 3;

    private SourcesSheet() {
    }

    static void write(SheetWriter out, ReportContext ctx) {
        out.text(0, 0, ctx.label(Label.TITLE_SOURCES), out.styles.title);
        out.text(1, 0, ctx.data().name() + " (" + ctx.data().version() + ")", out.styles.note);
        out.header(HEADER, List.of(ctx.label(Label.SOURCE_ID), ctx.label(Label.SOURCE_TITLE), ctx.label(Label.PUBLISHER),
                ctx.label(Label.SOURCE_YEAR), ctx.label(Label.URL), ctx.label(Label.NOTE)));
        int row = HEADER + 1;
        for (Source s : new TreeMap<>(ctx.data().sources()).values()) {
            out.text(row, 0, s.id());
            out.text(row, 1, s.title());
            out.text(row, 2, s.publisher());
            out.text(row, 3, s.year());
            out.link(row, 4, s.url());
            out.text(row, 5, s.note());
            row++;
        }
        out.widths(10, 40, 22, 6, 36, 44);
        out.wrapColumns(HEADER + 1, row - 1, 1, 2, 5);
        out.table(HEADER, 1, row - 1, 5);
        out.name("bronnen", HEADER, 0, Math.max(HEADER, row - 1), 5);
    }
}
