package dyad.source.feed;

import dyad.store.StoreLocation;
import dyad.store.TestPostgres;

/**
 * The feed state on PostgreSQL, at {@code DYAD_TEST_PG} (or {@code -Ddyad.test.pg}); skipped without one,
 * a failure under CI, as the repository tests.
 */
class PostgresFeedStateTest extends FeedStateContract {

    @Override
    StoreLocation location() throws Exception {
        return StoreLocation.parse(TestPostgres.emptied());
    }
}
