package nl.ruimtevraag.report;

import java.time.OffsetDateTime;
import java.util.Date;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The document properties every workbook of the tool carries: created and modified at a given time
 * (the fixed time of reproducible files, or the run time with --stamp), the generator as creator
 * and application, a title, and custom properties: the generator (by which {@link OwnFiles}
 * recognises the tool's own files), the tool version, then the workbook's own in order.
 */
final class DocumentProperties {
    /** The custom property that marks a workbook as written by ruimtevraag ({@link OwnFiles}). */
    static final String GENERATOR_PROPERTY = "ruimtevraag.generator";
    static final String GENERATOR = "ruimtevraag";

    private DocumentProperties() {
    }

    /** @param subject the subject, or null for none */
    static void set(XSSFWorkbook wb, String toolVersion, OffsetDateTime when, String title, String subject,
                    Map<String, String> custom) {
        POIXMLProperties props = wb.getProperties();
        POIXMLProperties.CoreProperties core = props.getCoreProperties();
        Date date = Date.from(when.toInstant());
        core.setCreated(Optional.of(date));
        core.setModified(Optional.of(date));
        core.setCreator(GENERATOR + " " + toolVersion);
        core.setLastModifiedByUser(GENERATOR);
        core.setTitle(SheetWriter.safeText(title));
        if (subject != null) {
            core.setSubjectProperty(SheetWriter.safeText(subject));
        }
        props.getExtendedProperties().getUnderlyingProperties().setApplication(GENERATOR);
        POIXMLProperties.CustomProperties properties = props.getCustomProperties();
        put(properties, GENERATOR_PROPERTY, GENERATOR);
        put(properties, "ruimtevraag.version", toolVersion);
        for (Map.Entry<String, String> e : custom.entrySet()) {
            put(properties, e.getKey(), e.getValue());
        }
    }

    /** A custom property set, replacing one of the same name (a template may carry it already). */
    private static void put(POIXMLProperties.CustomProperties custom, String name, String value) {
        if (custom.contains(name)) {
            custom.getProperty(name).setLpwstr(value);
        } else {
            custom.addProperty(name, value);
        }
    }
}
