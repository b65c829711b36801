package dyad.source.feed;

import dyad.model.Document;
import dyad.source.IngestError;
import dyad.source.TextDecoder;
import dyad.source.UnreadableException;
import dyad.source.WebPages;
import dyad.store.ContentHash;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * One round of {@code dyad watch}: reads each feed (conditionally; a body unchanged since the last
 * round is not parsed), fetches the page of each item not taken before, and hands each page, as a
 * document named and linked by the item's link, to the pipeline. The pipeline's sink says which it
 * took ({@link #taken}); once every new item of a feed is taken, {@link #finish} remembers the feed's
 * version, so a feed with a failed item is read in full again next round and the item retried.
 *
 * <p>Each feed or item that fails is one error naming its address and why; the rest go on.
 */
public final class FeedRound {

    /** What a round did. */
    public record Summary(int feeds, int read, int notModified, int unchanged, int feedsFailed,
                          int newItems, int seenBefore, int itemsFailed) {
        public int failed() {
            return feedsFailed + itemsFailed;
        }

        public String line() {
            return String.format(Locale.ROOT, "watched %d feed%s: %d read, %d not modified, %d unchanged, %d failed;"
                            + " %d new item%s, %d seen before, %d failed",
                    feeds, feeds == 1 ? "" : "s", read, notModified, unchanged, feedsFailed,
                    newItems, newItems == 1 ? "" : "s", seenBefore, itemsFailed);
        }
    }

    /** A feed read this round whose version is remembered once none of its new items is outstanding. */
    private static final class Reading {
        final String feed;
        final FeedVersion version;
        int outstanding;

        Reading(String feed, FeedVersion version) {
            this.feed = feed;
            this.version = version;
        }
    }

    private record Waiting(Reading reading, FeedItem item) {
    }

    private final List<String> feeds;
    private final HttpFetcher fetcher;
    private final WebPages pages;
    private final FeedState state;
    private final long maxBytes;
    private final List<Reading> readings = new ArrayList<>();
    private final Map<String, List<Waiting>> waiting = new HashMap<>();
    private final Set<String> linksThisRound = new HashSet<>();
    private int read;
    private int notModified;
    private int unchanged;
    private int feedsFailed;
    private int newItems;
    private int seenBefore;
    private int itemsFailed;

    public FeedRound(List<String> feeds, HttpFetcher fetcher, WebPages pages, FeedState state, long maxBytes) {
        this.feeds = feeds.stream().distinct().toList();
        this.fetcher = fetcher;
        this.pages = pages;
        this.state = state;
        this.maxBytes = maxBytes;
    }

    /**
     * Reads the feeds and their new items' pages, in order, handing each page to {@code onDocument} with
     * its link as path. Stops early, with the thread's interrupt flag set, when interrupted.
     */
    public void read(BiConsumer<String, Document> onDocument, Consumer<IngestError> onError) {
        try {
            for (String feed : feeds) {
                readFeed(feed, onDocument, onError);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void readFeed(String feed, BiConsumer<String, Document> onDocument, Consumer<IngestError> onError)
            throws InterruptedException {
        String key = key(feed);
        FeedVersion before = state.version(key);
        ParsedFeed parsed;
        FeedVersion now;
        try {
            Fetched fetched = HttpFetcher.isWeb(feed) ? fetcher.get(address(feed), before) : local(feed);
            if (fetched.notModified()) {
                notModified++;
                return;
            }
            now = new FeedVersion(fetched.etag(), fetched.lastModified(), sha256(fetched.body()));
            if (now.sha256().equals(before.sha256())) {
                unchanged++;
                return;
            }
            parsed = FeedParser.parse(fetched.body(), HttpFetcher.isWeb(feed) ? fetched.uri() : null);
        } catch (FetchFailed e) {
            feedsFailed++;
            onError.accept(new IngestError(feed, e.getMessage()));
            return;
        }
        read++;
        Reading reading = new Reading(key, now);
        readings.add(reading);
        for (FeedItem item : parsed.items()) {
            readItem(reading, parsed, item, onDocument, onError);
        }
    }

    private void readItem(Reading reading, ParsedFeed parsed, FeedItem item, BiConsumer<String, Document> onDocument,
                          Consumer<IngestError> onError) throws InterruptedException {
        if (item.link() == null || !HttpFetcher.isWeb(item.link())) {
            itemsFailed++;
            String named = item.link() != null ? item.link() : item.key() != null ? item.key()
                    : item.title() != null ? item.title() : "an item";
            onError.accept(new IngestError(named, "an item of " + reading.feed + " with "
                    + (item.link() == null ? "no link" : "no http(s) link") + " to fetch"));
            return;
        }
        if (state.seen(reading.feed, item) || !linksThisRound.add(item.link())) {
            seenBefore++;
            return;
        }
        newItems++;
        reading.outstanding++;
        Document document;
        try {
            Fetched page = fetcher.get(address(item.link()), FeedVersion.NONE);
            document = pages.page(item.link(), page.body(), page.contentType(), item.meta(parsed), item.published());
        } catch (FetchFailed | UnreadableException e) {
            itemsFailed++;
            onError.accept(new IngestError(item.link(), e.getMessage()));
            return;
        }
        waiting.computeIfAbsent(item.link(), l -> new ArrayList<>()).add(new Waiting(reading, item));
        onDocument.accept(item.link(), document);
    }

    /** The sink took the document read from {@code path} (stored it, or held its text already). */
    public void taken(String path, Document document) {
        List<Waiting> items = waiting.remove(path);
        if (items == null) {
            return;
        }
        String hash = ContentHash.of(document.text());
        for (Waiting w : items) {
            state.taken(w.reading().feed, w.item(), hash);
            w.reading().outstanding--;
        }
    }

    /** Remembers the version of each feed whose new items were all taken; says what the round did. */
    public Summary finish() {
        for (Reading r : readings) {
            if (r.outstanding == 0) {
                state.saveVersion(r.feed, r.version);
            }
        }
        return new Summary(feeds.size(), read, notModified, unchanged, feedsFailed, newItems, seenBefore, itemsFailed);
    }

    private static URI address(String link) throws FetchFailed {
        try {
            URI uri = new URI(link);
            if (uri.getHost() == null) {
                throw new FetchFailed("not an address with a host");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new FetchFailed("not a valid address (" + e.getReason() + ")");
        }
    }

    /** A feed in a file: read whole, refused from its size first if over the limit. */
    private Fetched local(String feed) throws FetchFailed {
        try {
            Path file = Path.of(feed);
            long size = Files.size(file);
            if (size > maxBytes) {
                throw new FetchFailed("too large (" + TextDecoder.human(size) + " > " + TextDecoder.human(maxBytes) + " limit)");
            }
            return new Fetched(file.toUri(), false, Files.readAllBytes(file), null, null, null);
        } catch (NoSuchFileException e) {
            throw new FetchFailed("no such file or directory");
        } catch (IOException | InvalidPathException e) {
            throw new FetchFailed(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
    }

    /** How the store knows a feed: a URL as given, a file by its absolute path. */
    private static String key(String feed) {
        if (HttpFetcher.isWeb(feed)) {
            return feed;
        }
        try {
            return Path.of(feed).toAbsolutePath().normalize().toString();
        } catch (InvalidPathException e) {
            return feed;
        }
    }

    private static String sha256(byte[] body) {
        try {
            return java.util.HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
