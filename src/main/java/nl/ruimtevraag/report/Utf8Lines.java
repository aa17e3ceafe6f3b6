package nl.ruimtevraag.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Lines of text for a file, appended to one StringBuilder and written to the stream as UTF-8 in
 * chunks of about 64 KiB (always ending at a line end). For files of many short lines this costs
 * much less than a Writer, whose char buffer and encoder handle every character again. The bytes
 * are the same: UTF-8 of the text, LF line ends.
 */
final class Utf8Lines {
    private static final int CHUNK = 1 << 16;

    private final OutputStream out;
    private final StringBuilder text = new StringBuilder(CHUNK + 4096);

    Utf8Lines(OutputStream out) {
        this.out = out;
    }

    /** The text after the last line end: append the current line to it. */
    StringBuilder line() {
        return text;
    }

    /** Ends the current line (LF); writes the text when a chunk is full. */
    void endLine() throws IOException {
        text.append('\n');
        if (text.length() >= CHUNK) {
            flush();
        }
    }

    /** Writes what is left (call once at the end). */
    void flush() throws IOException {
        out.write(text.toString().getBytes(StandardCharsets.UTF_8));
        text.setLength(0);
    }
}
