package dyad.index;

import static dyad.index.IndexFixtures.sanctionsDocument;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dyad.store.Repository;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index kept in step with the store: damage found on opening or on writing ends in a rebuild, never a failed ingest. */
class IndexKeeperTest {

    @TempDir
    Path dir;

    private final List<String> notes = new ArrayList<>();

    private long indexed(Path folder) {
        try (LuceneSearchIndex index = LuceneSearchIndex.openForReading(folder)) {
            return index.search(SearchQuery.text("")).total();
        }
    }

    @Test
    void damageFoundWhileWritingStopsTheChangesAndCatchingUpRebuilds() throws Exception {
        Path folder = dir.resolve("index");
        try (Repository store = IndexRebuildTest.storeWith(dir.resolve("store"), sanctionsDocument());
             IndexKeeper keeper = IndexKeeper.open(store, folder, notes::add)) {
            Files.writeString(folder.resolve("write.lock"), "clobbered"); // Lucene's own lock file, written over

            keeper.put(sanctionsDocument(), List.of());
            keeper.remove(sanctionsDocument().info().hash());
            assertThat(notes).singleElement().asString().startsWith("search index '" + folder + "' is damaged")
                    .endsWith("; it is rebuilt from the store after this ingest");

            keeper.catchUp();
        }
        assertThat(notes).last().isEqualTo("the search index has 0 of 1 stored documents; rebuilding it");
        assertThat(indexed(folder)).isEqualTo(5);
    }

    @Test
    void anIndexAnotherProcessWritesIsAnErrorNotDamage() {
        Path folder = dir.resolve("index");
        try (Repository store = IndexRebuildTest.storeWith(dir.resolve("store"), sanctionsDocument());
             LuceneSearchIndex writer = LuceneSearchIndex.open(folder)) {
            assertThatThrownBy(() -> IndexKeeper.open(store, folder, notes::add)).isInstanceOf(SearchIndexException.class)
                    .hasMessage("search index '" + folder + "' is in use by another process");
            assertThatThrownBy(() -> IndexKeeper.rebuild(store, folder, n -> { }, notes::add))
                    .hasMessage("search index '" + folder + "' is in use by another process");
            assertThat(notes).isEmpty();
        }
    }
}
