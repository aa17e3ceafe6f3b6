package nl.ruimtevraag.report;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites the OOXML zip POI wrote, keeping the entries and their order: fills the worksheets'
 * {@code sheetData} from the {@link SheetWriter}s, adds their texts to the shared strings part
 * ({@link SharedStrings}) and, for reproducible files, sets a fixed time on
 * every entry. POI stamps entries with the current time; the fixed time makes reruns
 * byte-identical. The time is set as a local date-time (the zip's DOS field), so the machine's time
 * zone plays no part.
 */
final class ReproducibleZip {
    /** The fixed moment written into reproducible files (entries and core properties). */
    static final LocalDateTime FIXED = LocalDateTime.of(2000, 1, 1, 0, 0);
    private static final String EMPTY_SHEET_DATA = "<sheetData/>";

    private ReproducibleZip() {
    }

    static byte[] normalise(byte[] zip) {
        return rewrite(zip, Map.of(), null, null, true);
    }

    /**
     * @param sheets the writers whose rows go into the worksheet part of that name
     *               ("xl/worksheets/sheet2.xml"), in place of its empty {@code sheetData}
     * @param stringsPart name of the shared strings part, which gets the entries {@code strings} added
     * @param fixedTime true to set {@link #FIXED} on every entry, false to keep POI's times
     */
    static byte[] rewrite(byte[] zip, Map<String, SheetWriter> sheets, String stringsPart, SharedStrings strings,
                          boolean fixedTime) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(zip.length + (zip.length >> 1));
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
             ZipOutputStream out = new ZipOutputStream(bytes)) {
            out.setLevel(6);
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                ZipEntry copy = new ZipEntry(entry.getName());
                if (fixedTime) {
                    copy.setTimeLocal(FIXED);
                } else {
                    copy.setTime(entry.getTime());
                }
                copy.setMethod(ZipEntry.DEFLATED);
                out.putNextEntry(copy);
                SheetWriter sheet = sheets.get(entry.getName());
                if (entry.getName().equals(stringsPart)) {
                    String xml = strings.complete(new String(in.readAllBytes(), StandardCharsets.UTF_8), entry.getName());
                    out.write(xml.getBytes(StandardCharsets.UTF_8));
                } else if (sheet == null) {
                    in.transferTo(out);
                } else {
                    inject(new String(in.readAllBytes(), StandardCharsets.UTF_8), sheet, out, entry.getName());
                }
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The worksheet XML with the writer's rows in its (empty) sheetData element. */
    private static void inject(String xml, SheetWriter sheet, ZipOutputStream out, String name) throws IOException {
        int at = xml.indexOf(EMPTY_SHEET_DATA);
        if (at < 0 || xml.indexOf(EMPTY_SHEET_DATA, at + 1) >= 0) {
            throw new IllegalStateException(name + ": expected one empty sheetData element");
        }
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write(xml, 0, at);
        w.write("<sheetData>");
        sheet.writeRows(w);
        w.write("</sheetData>");
        w.write(xml, at + EMPTY_SHEET_DATA.length(), xml.length() - at - EMPTY_SHEET_DATA.length());
        w.flush();
    }
}
