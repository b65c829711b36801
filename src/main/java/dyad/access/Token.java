package dyad.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Tokens and the names of their holders: a token is {@code dyad_} and 32 random bytes (base64url),
 * kept at rest only as its SHA-256, which is enough for a secret of 256 random bits (no salt or slow
 * hash is needed: nothing short of the token itself matches its hash).
 */
public final class Token {

    public static final String PREFIX = "dyad_";
    /** A holder's name becomes the {@code who} of the decisions made with the token, which allows as much. */
    public static final int MAX_NAME = 200;

    private static final SecureRandom RANDOM = new SecureRandom();

    private Token() {
    }

    /** A new token. */
    static String generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The hex SHA-256 of the token's UTF-8 bytes: what the store keeps. */
    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java", e);
        }
    }

    /**
     * A holder's name, trimmed: 1 to {@value #MAX_NAME} characters, no control characters, and no
     * colon (a browser's login form sends the name before one).
     */
    public static String holderName(String name) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty()) {
            throw new IllegalArgumentException("a token's holder needs a name");
        }
        if (n.length() > MAX_NAME) {
            throw new IllegalArgumentException("a holder's name must be at most " + MAX_NAME + " characters, got " + n.length());
        }
        if (n.codePoints().anyMatch(c -> Character.isISOControl(c) || c == ':')) {
            throw new IllegalArgumentException("a holder's name may hold no colon or control character");
        }
        return n;
    }
}
