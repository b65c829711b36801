package dyad.source;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextDecoderTest {

    private final TextDecoder decoder = new TextDecoder();

    @TempDir
    Path dir;

    private static byte[] bytes(Object... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Object part : parts) {
            if (part instanceof String s) {
                out.writeBytes(s.getBytes(UTF_8));
            } else {
                out.write((Integer) part);
            }
        }
        return out.toByteArray();
    }

    private void assertRefused(byte[] input, String reason) {
        assertThatThrownBy(() -> decoder.decode(input)).isInstanceOf(UnreadableException.class).hasMessage(reason);
    }

    @Test
    void decodesUtf8Exactly() throws Exception {
        assertThat(decoder.decode(bytes("Nicolás Maduro — “talks”\n"))).isEqualTo("Nicolás Maduro — “talks”\n");
    }

    @Test
    void keepsAByteOrderMarkSoOffsetsStayOffsetsIntoTheDecodedText() throws Exception {
        assertThat(decoder.decode(bytes(0xEF, 0xBB, 0xBF, "Dear Minister"))).isEqualTo("\uFEFFDear Minister");
    }

    @Test
    void namesTheOffsetOfTheFirstBadByte() {
        assertRefused(bytes("ab", 0xFF, "cd"), "not UTF-8 at byte 2");
        // Latin-1 "é" in the middle of a word: a lead byte without its continuation.
        assertRefused(bytes("Nicol", 0xE9, "s"), "not UTF-8 at byte 5");
        // A sequence cut off by the end of the file.
        assertRefused(bytes("abc", 0xC3), "not UTF-8 at byte 3");
        // Multi-byte characters before the bad byte count as bytes, not characters.
        assertRefused(bytes("é—", 0x80), "not UTF-8 at byte 5");
    }

    @Test
    void refusesBinaryContentByANulByteInTheFirst8Kilobytes() throws Exception {
        assertRefused(bytes("%PDF-1.7", 0, "rest"), "binary file");
        String late = "a".repeat(8192) + "\0";
        assertThat(decoder.decode(late.getBytes(UTF_8))).isEqualTo(late);
    }

    @Test
    void namesUtf16ForWhatWouldOtherwiseLookBinary() {
        assertRefused(bytes(0xFF, 0xFE, "H", 0, "i", 0), "not UTF-8 at byte 0 (UTF-16 byte order mark)");
    }

    @Test
    void refusesEmptyAndBlankFiles() {
        assertRefused(new byte[0], "empty file");
        assertRefused(bytes(" \n\t\r\n"), "empty file");
        assertRefused(bytes(0xEF, 0xBB, 0xBF, "\n"), "empty file");
    }

    @Test
    void refusesAFileOverTheLimitFromItsSize() throws Exception {
        Path file = Files.writeString(dir.resolve("long.txt"), "x".repeat(20));
        assertThatThrownBy(() -> new TextDecoder(10).read(file)).hasMessage("file too large (20 bytes > 10 bytes limit)");
        Path bigger = Files.writeString(dir.resolve("longer.txt"), "x".repeat(3000));
        assertThatThrownBy(() -> new TextDecoder(2048).read(bigger)).hasMessage("file too large (2.9 KB > 2 KB limit)");
        assertThat(new TextDecoder(20).read(file)).hasSize(20);
    }

    @Test
    void neverReadsAFileOverTheDefaultLimit() throws IOException {
        // A sparse 60 MB file: refused from its size alone, before a byte is read.
        Path huge = dir.resolve("dump.txt");
        try (RandomAccessFile raf = new RandomAccessFile(huge.toFile(), "rw")) {
            raf.setLength(60L * 1024 * 1024);
        }
        assertThatThrownBy(() -> decoder.read(huge)).hasMessage("file too large (60 MB > 10 MB limit)");
    }

    @Test
    void showsExactByteCountsWhenRoundingWouldHideTheDifference() {
        assertThatThrownBy(() -> new TextDecoder(1024).decode(new byte[1025]))
                .hasMessage("file too large (1025 bytes > 1024 bytes limit)");
    }

    @Test
    void formatsSizesInBinaryUnitsWithOneDecimal() {
        assertThat(TextDecoder.human(1)).isEqualTo("1 byte");
        assertThat(TextDecoder.human(54_945_383)).isEqualTo("52.4 MB");
        assertThat(TextDecoder.human(TextDecoder.DEFAULT_MAX_BYTES)).isEqualTo("10 MB");
    }

    @Test
    void stopsReadingAStreamOneBytePastTheLimit() {
        var stream = new ByteArrayInputStream("x".repeat(100).getBytes(UTF_8));
        assertThatThrownBy(() -> new TextDecoder(10).read(stream)).hasMessage("file too large (over 10 bytes limit)");
        assertThat(stream.available()).isEqualTo(89);
    }

    @Test
    void reportsAMissingFileWithoutJavaClassNames() {
        assertThatThrownBy(() -> decoder.read(dir.resolve("gone.txt"))).hasMessage("no such file or directory");
    }

    @Test
    void rejectsAnImpossibleLimit() {
        assertThatThrownBy(() -> new TextDecoder(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("max file size must be between 1 and");
    }
}
