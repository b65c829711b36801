package dyad.source.feed;

import java.net.URI;

/**
 * A successful answer: the body from the address reached (after redirects), its content type and
 * validators (each null when the server sent none); or, to a conditional request, "not modified".
 */
public record Fetched(URI uri, boolean notModified, byte[] body, String contentType, String etag, String lastModified) {

    static Fetched notModified(URI uri) {
        return new Fetched(uri, true, new byte[0], null, null, null);
    }
}
