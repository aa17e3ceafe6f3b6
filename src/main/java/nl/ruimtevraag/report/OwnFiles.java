package nl.ruimtevraag.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;

/**
 * Recognises files that ruimtevraag wrote itself, so that a run overwrites its own output but
 * never someone else's file (docs/reliability.md):
 * <ul>
 * <li>a workbook carries the custom document property {@value DocumentProperties#GENERATOR_PROPERTY} =
 * {@value DocumentProperties#GENERATOR} (Excel keeps it when the workbook is edited and saved);</li>
 * <li>a CSV file starts with exactly the long table's header line
 * ({@code scenario,region,werkmilieu,period,measure,value}), the bands CSV's header, or a sweep CSV's
 * header (first column {@code sweep_variant});</li>
 * <li>a JSON file starts with the long table's opening: {@code [} and a first object whose first
 * key is {@code "scenario"}, or is the empty table {@code []}.</li>
 * </ul>
 * Anything that cannot be read, or reads otherwise, is not ours.
 */
public final class OwnFiles {
    private static final int PEEK = 256;

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
        String header = String.join(",", LongTable.COLUMNS);
        return start.startsWith(header + "\n") || start.startsWith(header + "\r\n") || start.startsWith(header + ",p")
                || start.startsWith(BandsCsv.HEADER_START + ",p")
                || start.startsWith(SENSITIVITY_HEADER + "\n") || SweepTable.isSweepCsv(start);
    }

    static boolean json(String start) {
        String s = start.stripLeading();
        if (!s.startsWith("[")) {
            return false;
        }
        s = s.substring(1).stripLeading();
        return s.startsWith("]") || s.replace(" ", "").startsWith("{\"scenario\":");
    }
}
