package dyad.source;

import dyad.model.Document;
import dyad.model.EventDate;
import dyad.model.Metadata;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A page fetched from the web becomes a document as a file does (an HTML page reduced to its text,
 * its meta tags read, the same size limits), dated and described by the page first and by what
 * links to it (a feed item) second: see {@link DocumentMaker#fetched}.
 */
public final class WebPages {

    private static final Pattern CHARSET = Pattern.compile("(?i);\\s*charset\\s*=\\s*\"?([^\";\\s]+)");

    private final TextDecoder decoder;
    private final DocumentMaker maker;

    /** The limits of files: {@link TextDecoder#DEFAULT_MAX_BYTES}, {@link SourceReader#DEFAULT_MAX_CHARS}. */
    public WebPages() {
        this.decoder = new TextDecoder();
        this.maker = new DocumentMaker(new DocumentDater(), DocumentDates.NONE, SourceReader.DEFAULT_MAX_CHARS);
    }

    /**
     * @param id          the document's name (its link)
     * @param contentType the response's {@code Content-Type}, or null: HTML when it says so or the body starts as a page;
     *                    its {@code charset} decodes the body (UTF-8, strictly, when it names none)
     * @param given       what the item linking to the page says of it
     * @param givenDate   the item's date, or {@link EventDate#UNKNOWN}
     */
    public Document page(String id, byte[] body, String contentType, Metadata given, EventDate givenDate)
            throws UnreadableException {
        String text = decode(body, contentType);
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        boolean html = type.contains("html") || SourceReader.looksLikeHtml(text);
        return maker.fetched(id, text, html, given, givenDate);
    }

    private String decode(byte[] body, String contentType) throws UnreadableException {
        Matcher m = CHARSET.matcher(contentType == null ? "" : contentType);
        if (!m.find()) {
            return decoder.decode(body);
        }
        Charset charset;
        try {
            charset = Charset.forName(m.group(1));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new UnreadableException("unknown charset '" + m.group(1) + "'");
        }
        if (charset.equals(StandardCharsets.UTF_8)) {
            return decoder.decode(body);
        }
        if (body.length > decoder.maxBytes()) {
            throw new UnreadableException("file too large (over " + TextDecoder.human(decoder.maxBytes()) + " limit)");
        }
        String text = new String(body, charset);
        if (text.isBlank()) {
            throw new UnreadableException("empty file");
        }
        return text;
    }
}
