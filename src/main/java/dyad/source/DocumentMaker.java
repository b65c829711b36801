package dyad.source;

import dyad.model.Document;
import dyad.model.EventDate;
import dyad.model.Metadata;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.jsoup.Jsoup;

/**
 * What a source's decoded text becomes: a document with its text (an HTML page reduced to it), its
 * date and what its publisher says of it, from the user's dates, the folder's catalog, the page's
 * own tags and, last, the text. {@link SourceReader} finds and decodes the sources; this says what
 * each one is.
 */
final class DocumentMaker {

    private final DocumentDater dater;
    private final DocumentDates dates;
    private final int maxChars;
    private final Map<Path, Catalog> catalogs = new ConcurrentHashMap<>();

    DocumentMaker(DocumentDater dater, DocumentDates dates, int maxChars) {
        this.dater = dater;
        this.dates = dates;
        this.maxChars = maxChars;
    }

    /** @param raw the file's text, or its markup when {@code html} (whose meta tags then say what the page is) */
    Document document(String id, String raw, boolean html, Path file, Path root, Consumer<IngestError> onError)
            throws UnreadableException {
        HtmlMeta.Page page = new HtmlMeta.Page(Metadata.NONE, EventDate.UNKNOWN);
        String text = raw;
        if (html) {
            org.jsoup.nodes.Document parsed = Jsoup.parse(raw);
            page = HtmlMeta.of(parsed);
            text = HtmlText.extract(parsed);
        }
        checkLength(text);
        Optional<Catalog.Entry> entry = file == null ? Optional.empty() : catalogEntry(file, root, onError);
        Metadata meta = entry.map(Catalog.Entry::meta).orElse(Metadata.NONE).over(page.meta());
        return new Document(id, text, dateOf(file, entry, page.published(), text), meta);
    }

    /**
     * A page fetched from the web (a feed item's link): its text (an HTML page reduced to it), dated
     * by the page's own publication date, else {@code givenDate} (the feed item's), else its text;
     * described by the page's JSON-LD and meta tags, else by {@code given} (the item's title, link,
     * author), else by the page's {@code <title>}.
     */
    Document fetched(String id, String raw, boolean html, Metadata given, EventDate givenDate) throws UnreadableException {
        HtmlMeta.Page page = new HtmlMeta.Page(given, EventDate.UNKNOWN);
        String text = raw;
        if (html) {
            org.jsoup.nodes.Document parsed = Jsoup.parse(raw, given.url() == null ? "" : given.url());
            page = HtmlMeta.of(parsed, given);
            text = HtmlText.extract(parsed);
        }
        checkLength(text);
        EventDate date = page.published().known() ? page.published()
                : givenDate != null && givenDate.known() ? givenDate : dater.dateOf(text);
        return new Document(id, text, date, page.meta());
    }

    private void checkLength(String text) throws UnreadableException {
        if (text.length() > maxChars) {
            throw new UnreadableException(String.format(Locale.ROOT, "text too long (%,d characters > %,d limit)",
                    text.length(), maxChars));
        }
    }

    /**
     * The file's own line in --doc-dates, else its catalog row, else its page's publication date,
     * else --doc-date, else what its text says: what the user names for this one file beats what
     * the folder's or the page's metadata says, which beats a date given to every document, which
     * beats a guess from the text.
     */
    private EventDate dateOf(Path file, Optional<Catalog.Entry> entry, EventDate pagePublished, String text) {
        EventDate listed = file == null ? null : dates.listedDate(file);
        if (listed != null) {
            return listed;
        }
        EventDate published = entry.map(Catalog.Entry::published).filter(EventDate::known).orElse(pagePublished);
        if (published.known()) {
            return published;
        }
        EventDate every = dates.everyDocument();
        return every != null ? every : dater.dateOf(text);
    }

    /**
     * The row about a file in the nearest catalog that names it, from the file's folder up to the
     * folder the user gave; each catalog is read once (its bad rows reported then).
     */
    private Optional<Catalog.Entry> catalogEntry(Path file, Path root, Consumer<IngestError> onError) {
        if (file == null || root == null) {
            return Optional.empty();
        }
        Path absolute = file.toAbsolutePath().normalize();
        for (Path folder = absolute.getParent(); folder != null && folder.startsWith(root); folder = folder.getParent()) {
            Optional<Catalog.Entry> entry = catalogs.computeIfAbsent(folder, f -> Catalog.in(f, onError)).entry(absolute);
            if (entry.isPresent()) {
                return entry;
            }
        }
        return Optional.empty();
    }
}
