package nl.ruimtevraag.report;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites an OOXML zip with a fixed time on every entry, keeping the entries and their order.
 * POI stamps entries with the current time; this makes reruns byte-identical. The time is set as
 * a local date-time (the zip's DOS field), so the machine's time zone plays no part.
 */
final class ReproducibleZip {
    /** The fixed moment written into reproducible files (entries and core properties). */
    static final LocalDateTime FIXED = LocalDateTime.of(2000, 1, 1, 0, 0);

    private ReproducibleZip() {
    }

    static byte[] normalise(byte[] zip) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(zip.length + 1024);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
             ZipOutputStream out = new ZipOutputStream(bytes)) {
            out.setLevel(6);
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTimeLocal(FIXED);
                copy.setMethod(ZipEntry.DEFLATED);
                out.putNextEntry(copy);
                in.transferTo(out);
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
