package dyad.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Bytes to text, strictly UTF-8. Nothing is guessed or repaired, because every record
 * offset must point into exactly the text a reader of the file would see: a file that is
 * not valid UTF-8 is refused with the offset of its first bad byte (0-based, as shown by
 * {@code xxd} or {@code cmp}).
 *
 * <p>A leading byte order mark is kept as U+FEFF at offset 0 rather than stripped, so
 * offsets stay offsets into the decoded text; downstream stages treat it as nothing.
 */
public final class TextDecoder {

    /**
     * 10 MB: room for an HTML page heavy with markup around an article, far above any text
     * Dyad could analyse (see {@link SourceReader#DEFAULT_MAX_CHARS}), and a stray dump or
     * archive is refused from its size before a byte of it is read.
     */
    public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;

    /** Largest limit a Java String (and byte array) can honour. */
    public static final long MAX_MAX_BYTES = Integer.MAX_VALUE - 8;

    /** Like git and grep: a NUL byte near the start means binary, not text. */
    private static final int BINARY_SNIFF_BYTES = 8192;

    private final long maxBytes;

    public TextDecoder() {
        this(DEFAULT_MAX_BYTES);
    }

    public TextDecoder(long maxBytes) {
        if (maxBytes < 1 || maxBytes > MAX_MAX_BYTES) {
            throw new IllegalArgumentException(
                    "max file size must be between 1 and " + MAX_MAX_BYTES + " bytes: " + maxBytes);
        }
        this.maxBytes = maxBytes;
    }

    public long maxBytes() {
        return maxBytes;
    }

    /** Reads a file, refusing one over the limit from its size alone, before reading it. */
    public String read(Path file) throws UnreadableException {
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw UnreadableException.of(e);
        }
        if (size > maxBytes) {
            throw tooLarge(size);
        }
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        } catch (IOException e) {
            throw UnreadableException.of(e);
        }
    }

    /**
     * Reads a stream whose size is not known up front (stdin, a pipe), stopping one byte past
     * the limit. The caller owns and closes the stream.
     */
    public String read(InputStream in) throws UnreadableException {
        byte[] bytes;
        try {
            bytes = in.readNBytes((int) maxBytes + 1);
        } catch (IOException e) {
            throw UnreadableException.of(e);
        }
        if (bytes.length > maxBytes) {
            throw new UnreadableException("file too large (over " + human(maxBytes) + " limit)");
        }
        return decode(bytes);
    }

    public String decode(byte[] bytes) throws UnreadableException {
        if (bytes.length > maxBytes) {
            throw tooLarge(bytes.length);
        }
        if (bytes.length == 0) {
            throw new UnreadableException("empty file");
        }
        if (bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE
                || (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF)) {
            // Tell the user what it is, rather than "binary file" from its NUL bytes.
            throw new UnreadableException("not UTF-8 at byte 0 (UTF-16 byte order mark)");
        }
        for (int i = 0, n = Math.min(bytes.length, BINARY_SNIFF_BYTES); i < n; i++) {
            if (bytes[i] == 0) {
                throw new UnreadableException("binary file");
            }
        }
        String text = strictUtf8(bytes);
        // A BOM alone is not text.
        if (text.replace("\uFEFF", "").isBlank()) {
            throw new UnreadableException("empty file");
        }
        return text;
    }

    private static String strictUtf8(byte[] bytes) throws UnreadableException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        // UTF-8 never yields more UTF-16 units than it has bytes.
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            // On an error the input position is left at the first byte of the bad sequence.
            throw new UnreadableException("not UTF-8 at byte " + in.position());
        }
        result = decoder.flush(out);
        if (result.isError()) {
            throw new UnreadableException("not UTF-8 at byte " + in.position());
        }
        return out.flip().toString();
    }

    private UnreadableException tooLarge(long size) {
        String actual = human(size);
        String limit = human(maxBytes);
        if (actual.equals(limit)) {
            // Rounding hid the difference (e.g. one byte over): show exact counts.
            actual = size + " bytes";
            limit = maxBytes + " bytes";
        }
        return new UnreadableException("file too large (" + actual + " > " + limit + " limit)");
    }

    /** 512 bytes, 12.5 KB, 52.4 MB (binary units, one decimal, no trailing ".0"). */
    public static String human(long bytes) {
        if (bytes < 1024) {
            return bytes + (bytes == 1 ? " byte" : " bytes");
        }
        if (bytes < 1024L * 1024) {
            return oneDecimal(bytes / 1024.0) + " KB";
        }
        return oneDecimal(bytes / (1024.0 * 1024)) + " MB";
    }

    private static String oneDecimal(double value) {
        String s = String.format(Locale.ROOT, "%.1f", value);
        return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    }
}
