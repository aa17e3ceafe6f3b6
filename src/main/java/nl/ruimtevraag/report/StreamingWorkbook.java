package nl.ruimtevraag.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.apache.commons.compress.archivers.zip.Zip64Mode;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * How every workbook of this tool is written: POI's streaming workbook (SXSSF) over an
 * {@link XSSFWorkbook} (a template or a new one). The XSSF workbook holds what is not cells
 * (styles, widths, panes, filters, print setup, names, charts, pictures, properties, a template's
 * sheets); the cells go through SXSSF, which writes them as XML without XML beans, strings
 * inline. For a reproducible file every zip entry carries the fixed time {@link #FIXED}, set as a
 * local time (the zip's DOS field), so the machine's time zone plays no part.
 */
final class StreamingWorkbook extends SXSSFWorkbook {
    /** The fixed moment written into reproducible files (zip entries and core properties). */
    static final LocalDateTime FIXED = LocalDateTime.of(2000, 1, 1, 0, 0);

    private final boolean fixedTime;

    /**
     * @param window rows per sheet kept in memory; -1 keeps them all, so cells can be written in
     *               any order and read back (the charts take their caches from them)
     * @param fixedTime true to set {@link #FIXED} on every zip entry, false to keep POI's times
     */
    StreamingWorkbook(XSSFWorkbook base, int window, boolean fixedTime) {
        super(base, window);
        this.fixedTime = fixedTime;
    }

    /** The workbook's bytes. Closing the workbook deletes SXSSF's temporary files. */
    byte[] toBytes() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 20);
        write(bytes); // through a temporary file, which keeps the entries in the order POI wrote them
        return bytes.toByteArray();
    }

    @Override
    protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream out) {
        long fixed = FIXED.atZone(ZoneId.systemDefault()).toInstant().toEpochMilli();
        ZipArchiveOutputStream zip = new ZipArchiveOutputStream(out) {
            @Override
            public void putArchiveEntry(ZipArchiveEntry entry) throws IOException {
                if (fixedTime) {
                    entry.setTime(fixed);
                }
                super.putArchiveEntry(entry);
            }
        };
        zip.setUseZip64(Zip64Mode.AsNeeded);
        return zip;
    }
}
