package nl.ruimtevraag.data;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * The version of a data set: the first 12 hex digits of a SHA-256 over its files (name, then bytes) in
 * a fixed order.
 */
final class ContentHash {
    private ContentHash() {
    }

    /** The version of {@code files}, hashed in the order of {@code names}. */
    static String of(List<String> names, Map<String, byte[]> files) {
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
