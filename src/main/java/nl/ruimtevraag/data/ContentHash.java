package nl.ruimtevraag.data;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * The version of a data set: the first 12 hex digits of a SHA-256 over its files (name, then bytes) in
 * a fixed order. It is computed on a thread of its own, started as soon as the files are read, so that
 * the digest (and the start-up of the security provider behind it) runs beside the parsing.
 */
final class ContentHash implements Runnable {
    private final List<String> names;
    private final Map<String, byte[]> files;
    private final Thread thread;
    private String version;
    private RuntimeException failure;

    private ContentHash(List<String> names, Map<String, byte[]> files) {
        this.names = names;
        this.files = files;
        thread = new Thread(this, "data-set-hash");
        thread.setDaemon(true);
    }

    @Override
    public void run() {
        try {
            version = digest(names, files);
        } catch (RuntimeException e) {
            failure = e;
        }
    }

    /** Starts hashing {@code files} in the order of {@code names}. */
    static ContentHash start(List<String> names, Map<String, byte[]> files) {
        ContentHash hash = new ContentHash(names, files);
        hash.thread.start();
        return hash;
    }

    /** Waits for the digest (an interrupt is kept for the caller, not lost). */
    String version() {
        boolean interrupted = false;
        while (true) {
            try {
                thread.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        if (failure != null) {
            throw failure;
        }
        return version;
    }

    private static String digest(List<String> names, Map<String, byte[]> files) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (String name : names) {
                md.update(name.getBytes(StandardCharsets.UTF_8));
                md.update(files.get(name));
            }
            return HexFormat.of().formatHex(md.digest()).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
