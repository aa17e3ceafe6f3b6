package nl.ruimtevraag.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * UTF-8 bytes written to a character stream: a report that writes bytes goes to the command's
 * standard output ({@code run -o -}), which is a {@link Writer}. A character split over two
 * writes is decoded whole.
 */
final class WriterStream extends OutputStream {
    private final Writer out;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
    private final ByteBuffer bytes = ByteBuffer.allocate(8192);
    private final CharBuffer chars = CharBuffer.allocate(8192);

    WriterStream(Writer out) {
        this.out = out;
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        while (len > 0) {
            int n = Math.min(len, bytes.remaining());
            bytes.put(b, off, n);
            off += n;
            len -= n;
            decode(false);
        }
    }

    private void decode(boolean end) throws IOException {
        bytes.flip();
        CoderResult r;
        do {
            r = decoder.decode(bytes, chars, end);
            drain();
        } while (r.isOverflow());
        bytes.compact();
        if (end) {
            while (decoder.flush(chars).isOverflow()) {
                drain();
            }
            drain();
        }
    }

    private void drain() throws IOException {
        chars.flip();
        out.write(chars.array(), chars.position(), chars.remaining());
        chars.clear();
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    /** Decodes what is left (an incomplete character becomes U+FFFD) and flushes; the writer stays open. */
    @Override
    public void close() throws IOException {
        decode(true);
        out.flush();
    }
}
