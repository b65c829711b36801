package dyad.source.feed;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dyad.store.StoreException;
import dyad.store.StoreLocation;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The feed state in the embedded store (DuckDB). */
class EmbeddedFeedStateTest extends FeedStateContract {

    @TempDir
    Path dir;

    @Override
    StoreLocation location() {
        return StoreLocation.folder(dir.resolve("dyad-data"));
    }

    @Test
    void anInMemoryStoreIsRefused() {
        assertThatThrownBy(() -> JdbcFeedState.open(StoreLocation.parse("jdbc:duckdb:")))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("watching feeds needs a store on disk or a server");
    }
}
