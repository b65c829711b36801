package dyad.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The key of a stored document: SHA-256 of its text as UTF-8, in lowercase hex (64 chars). */
public final class ContentHash {

    private ContentHash() {
    }

    public static String of(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** Whether {@code s} looks like a hash this class makes. */
    public static boolean valid(String s) {
        return s != null && s.matches("[0-9a-f]{64}");
    }
}
