package dyad.lexicon;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The lines of a source file, decoded as UTF-8 (PETRARCH's files are ASCII with a few UTF-8
 * names; a byte that is not UTF-8 is read as Latin-1 rather than refused).
 */
final class SourceLines {

    private SourceLines() {
    }

    static List<String> read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new SourceException(file.toString(), 0, "cannot read (" + e.getClass().getSimpleName() + ")");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            text = new String(bytes, StandardCharsets.ISO_8859_1);
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return List.of(text.split("\r?\n", -1));
    }

    /** The text before a '#' comment (or a legacy ';' comment), trimmed at the end. */
    static String uncommented(String line) {
        int cut = line.length();
        int hash = line.indexOf('#');
        if (hash >= 0) {
            cut = hash;
        }
        int semi = line.indexOf(';');
        if (semi >= 0 && semi < cut) {
            cut = semi;
        }
        return line.substring(0, cut).stripTrailing();
    }
}
