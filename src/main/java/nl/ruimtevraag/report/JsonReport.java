package nl.ruimtevraag.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The long table as JSON: an array of objects with the keys scenario, region, werkmilieu, period,
 * measure, value (in that order), UTF-8. See {@link LongTable} for the rows and measures.
 */
public final class JsonReport {
    private JsonReport() {
    }

    /** One row object per line, so the file diffs and greps well. */
    private static final class OneRowPerLine extends MinimalPrettyPrinter {
        private static final long serialVersionUID = 1L;

        @Override
        public void writeStartArray(JsonGenerator g) throws IOException {
            g.writeRaw("[\n");
        }

        @Override
        public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
            g.writeRaw(",\n");
        }

        @Override
        public void writeEndArray(JsonGenerator g, int values) throws IOException {
            g.writeRaw(values == 0 ? "]" : "\n]");
        }
    }

    public static void write(ReportContext ctx, Path target) throws IOException {
        AtomicFiles.write(target, content(ctx));
    }

    /** The whole JSON table, written to a stream (a file, or standard output for {@code run -o -}). */
    public static AtomicFiles.Content content(ReportContext ctx) {
        List<String> bandColumns = LongTable.bandColumns(ctx.bands());
        JsonFactory factory = new JsonFactory();
        return out -> {
            try (JsonGenerator g = factory.createGenerator(out, JsonEncoding.UTF8)) {
                g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
                g.setPrettyPrinter(new OneRowPerLine());
                g.writeStartArray();
                LongTable.forEachRow(ctx.projection(), ctx.bands(), r -> {
                    g.writeStartObject();
                    g.writeStringField("scenario", r.scenario());
                    g.writeStringField("region", r.region());
                    g.writeStringField("werkmilieu", r.werkmilieu());
                    g.writeStringField("period", r.period());
                    g.writeStringField("measure", r.measure());
                    if (Double.isFinite(r.value())) {
                        g.writeNumberField("value", r.value());
                    } else {
                        g.writeNullField("value");
                    }
                    for (int i = 0; i < bandColumns.size(); i++) {
                        if (i < r.bands().length && Double.isFinite(r.bands()[i])) {
                            g.writeNumberField(bandColumns.get(i), r.bands()[i]);
                        } else {
                            g.writeNullField(bandColumns.get(i));
                        }
                    }
                    g.writeEndObject();
                });
                g.writeEndArray();
                g.writeRaw('\n');
            }
        };
    }
}
