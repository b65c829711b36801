package dyad.model;

/**
 * What a document's publisher says of it, beside its text: from a catalog.csv row, an HTML page's
 * meta tags and JSON-LD, a feed item or a table. Every field may be null (not known); the
 * publication date is the document's {@link Document#date()}. A link is kept only when it is an
 * http(s) address: pages show it as a link, and a {@code javascript:} one must never get there.
 */
public record Metadata(String title, String publisher, String author, String url, String language, String genre) {

    public static final Metadata NONE = new Metadata(null, null, null, null, null, null);

    public Metadata {
        title = blankToNull(title);
        publisher = blankToNull(publisher);
        author = blankToNull(author);
        url = blankToNull(url);
        if (url != null && !url.toLowerCase(java.util.Locale.ROOT).matches("https?://\\S+")) {
            url = null;
        }
        language = blankToNull(language);
        genre = blankToNull(genre);
    }

    /** Each field from this metadata where it has one, else from {@code fallback}. */
    public Metadata over(Metadata fallback) {
        return new Metadata(or(title, fallback.title), or(publisher, fallback.publisher), or(author, fallback.author),
                or(url, fallback.url), or(language, fallback.language), or(genre, fallback.genre));
    }

    private static String or(String a, String b) {
        return a != null ? a : b;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip().replaceAll("\\s+", " ");
    }
}
