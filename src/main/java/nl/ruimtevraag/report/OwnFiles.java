package nl.ruimtevraag.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;

/**
 * Recognises files that ruimtevraag wrote itself, so that a run overwrites its own output but
 * never someone else's file (docs/reliability.md):
 * <ul>
 * <li>a workbook carries the custom document property {@value DocumentProperties#GENERATOR_PROPERTY} =
 * {@value DocumentProperties#GENERATOR} (Excel keeps it when the workbook is edited and saved);</li>
 * <li>a CSV file's whole first line is the header of one of the CSV files ruimtevraag writes: the
 * long table ({@code scenario,region,werkmilieu,period,measure,value}, with its percentile columns
 * {@code p10,p50,...} under Monte Carlo), the bands CSV, the sensitivity CSV, or a sweep CSV
 * ({@code sweep_variant}, the varied keys, then the five outputs of each period end);</li>
 * <li>a JSON file is an array whose first object has exactly the long table's keys, in its order
 * ({@code scenario, region, werkmilieu, period, measure, value}, then only percentile keys). An
 * empty array, or an object with other keys, is not ours.</li>
 * </ul>
 * Anything that cannot be read, or reads otherwise, is not ours.
 */
public final class OwnFiles {
    /** How much of a CSV or JSON file is read: a sweep CSV's header line may be long. */
    private static final int PEEK = 64 * 1024;
    /** Percentile columns as {@link LongTable#bandColumns} and BandsCsv name them: p10, p2.5. */
    private static final String PERCENTILE = "p[0-9][0-9.E-]*";

    private OwnFiles() {
    }

    /** True when the existing regular file was written by ruimtevraag, judged by its extension's format. */
    public static boolean writtenByUs(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        try {
            if (name.endsWith(".csv")) {
                return csv(peek(file));
            }
            if (name.endsWith(".json")) {
                return json(peek(file));
            }
            return workbook(file);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static boolean workbook(Path file) throws IOException {
        OPCPackage pkg;
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            return false;
        }
        try {
            POIXMLProperties props = new POIXMLProperties(pkg);
            var p = props.getCustomProperties().getProperty(DocumentProperties.GENERATOR_PROPERTY);
            return p != null && DocumentProperties.GENERATOR.equals(p.getLpwstr());
        } catch (org.apache.poi.openxml4j.exceptions.OpenXML4JException | org.apache.xmlbeans.XmlException e) {
            return false;
        } finally {
            pkg.revert(); // read only: close() would try to save
        }
    }

    private static String peek(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new String(in.readNBytes(PEEK), StandardCharsets.UTF_8);
        }
    }

    /** Header of the sensitivity command's CSV. */
    public static final String SENSITIVITY_HEADER =
            "rank,parameter,distribution,low,high,extra_ha_at_low,extra_ha_at_high,swing,region,period_end";

    static boolean csv(String start) {
        int end = start.indexOf('\n');
        if (end < 0) {
            return false;
        }
        String header = start.substring(0, end > 0 && start.charAt(end - 1) == '\r' ? end - 1 : end);
        return header.matches(java.util.regex.Pattern.quote(String.join(",", LongTable.COLUMNS)) + "(," + PERCENTILE + ")*")
                || header.matches(java.util.regex.Pattern.quote(BandsCsv.HEADER_START) + "(," + PERCENTILE + ")+")
                || header.equals(SENSITIVITY_HEADER) || SweepTable.isSweepHeader(header);
    }

    static boolean json(String start) {
        try (JsonParser p = new JsonFactory().createParser(start)) {
            if (p.nextToken() != JsonToken.START_ARRAY || p.nextToken() != JsonToken.START_OBJECT) {
                return false;
            }
            List<String> keys = new ArrayList<>();
            JsonToken t;
            while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
                keys.add(p.getCurrentName());
                if (p.nextToken().isStructStart()) {
                    return false;
                }
            }
            int fixed = LongTable.COLUMNS.size();
            return t == JsonToken.END_OBJECT && keys.size() >= fixed && keys.subList(0, fixed).equals(LongTable.COLUMNS)
                    && keys.subList(fixed, keys.size()).stream().allMatch(k -> k.matches(PERCENTILE));
        } catch (IOException e) {
            return false; // not JSON, or the first object is cut off
        }
    }
}
