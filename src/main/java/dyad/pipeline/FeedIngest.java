package dyad.pipeline;

import dyad.model.Document;
import dyad.model.Extraction;
import dyad.source.WebPages;
import dyad.source.feed.FeedRound;
import dyad.source.feed.HttpFetcher;
import dyad.source.feed.JdbcFeedState;
import dyad.store.StoreLocation;
import java.util.List;

/**
 * {@code dyad watch}, one round: the feeds' new items' pages go through the one pipeline into the
 * store, as {@code ingest}'s files do ({@link StoreIngest}: content hash, one transaction per document,
 * the search index kept in step); the feed state, kept in the same store, learns of each page the
 * store took, and of each feed read in full.
 */
public final class FeedIngest {

    /** What a round did: the feeds' and items' counts, and the store's. */
    public record Summary(FeedRound.Summary feeds, StoreIngest.Summary store) {
        public boolean failed() {
            return store.failed() > 0;
        }
    }

    private FeedIngest() {
    }

    /**
     * Reads {@code feeds} once and stores their new pages; reports each failure, the round's feed line and
     * the store's summary line.
     *
     * @throws dyad.store.StoreException if the store cannot be opened or written
     * @throws dyad.index.SearchIndexException if the search index is in use or refused by the file system
     */
    public static Summary round(StoreLocation location, List<String> feeds, HttpFetcher fetcher, WebPages pages,
                                long maxBytes, Pipeline pipeline, RunReport report) {
        FeedRound.Summary[] done = new FeedRound.Summary[1];
        StoreIngest.Summary stored = StoreIngest.into(location, report, sink -> {
            try (JdbcFeedState state = JdbcFeedState.open(location)) {
                FeedRound round = new FeedRound(feeds, fetcher, pages, state, maxBytes);
                Pipeline.Summary run = pipeline.run(round::read, new Sink() {
                    @Override
                    public boolean holds(Document document) {
                        return sink.holds(document);
                    }

                    @Override
                    public void accept(Document document, String path, Extraction extraction) {
                        sink.accept(document, path, extraction);
                        round.taken(path, document);
                    }
                }, report);
                done[0] = round.finish();
                report.line(done[0].line());
                return run;
            }
        });
        return new Summary(done[0], stored);
    }
}
