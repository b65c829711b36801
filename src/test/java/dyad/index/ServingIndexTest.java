package dyad.index;

import static dyad.index.IndexFixtures.sanctionsDocument;
import static dyad.index.IndexFixtures.sanctionsRecords;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dyad.model.Record;
import dyad.store.StoredDocument;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server's index: searches answered by a stand-in while the folder is missing or damaged, and again once mended. */
class ServingIndexTest {

    @TempDir
    Path dir;

    private final List<String> reasons = new ArrayList<>();

    /** A stand-in that records why it was asked and answers like the server's 503 would (by throwing). */
    private SearchIndex standIn(String reason) {
        reasons.add(reason);
        return new SearchIndex() {
            @Override
            public void put(StoredDocument document, List<? extends Record> records) {
                throw new IllegalStateException(reason);
            }

            @Override
            public void remove(String documentHash) {
                throw new IllegalStateException(reason);
            }

            @Override
            public SearchResult search(SearchQuery query) {
                throw new IllegalStateException("unavailable: " + reason);
            }

            @Override
            public void close() {
            }
        };
    }

    private long untilServed(ServingIndex index) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (System.nanoTime() < deadline) {
            try {
                return index.search(SearchQuery.text("sanctions")).total();
            } catch (IllegalStateException e) {
                Thread.sleep(100);
            }
        }
        return index.search(SearchQuery.text("sanctions")).total();
    }

    @Test
    void aMissingIndexIsSaidAndServedOnceBuiltWithoutARestart() throws Exception {
        Path folder = dir.resolve("index");
        try (ServingIndex index = ServingIndex.open(folder, this::standIn)) {
            assertThat(index.problem()).hasValue("no search index at '" + folder + "'; build it with 'dyad index --rebuild'");
            assertThatThrownBy(() -> index.search(SearchQuery.text("sanctions")))
                    .hasMessage("unavailable: no search index at '" + folder + "'; build it with 'dyad index --rebuild'");
            assertThat(folder).doesNotExist();

            try (LuceneSearchIndex writer = LuceneSearchIndex.open(folder)) {
                writer.put(sanctionsDocument(), sanctionsRecords(sanctionsDocument()));
            }

            assertThat(untilServed(index)).isEqualTo(2);
            assertThat(index.problem()).isEmpty();
        }
    }

    @Test
    void anIndexDamagedWhileServedFallsBackAndIsServedAgainOnceRebuilt() throws Exception {
        Path folder = dir.resolve("index");
        try (LuceneSearchIndex writer = LuceneSearchIndex.open(folder)) {
            writer.put(sanctionsDocument(), sanctionsRecords(sanctionsDocument()));
        }
        try (ServingIndex index = ServingIndex.open(folder, this::standIn)) {
            assertThat(index.search(SearchQuery.text("sanctions")).total()).isEqualTo(2);

            // A later commit that cannot be read: the reader cannot follow it.
            try (Stream<Path> files = Files.list(folder)) {
                for (Path f : files.toList()) {
                    if (!f.getFileName().toString().equals("write.lock")) {
                        Files.delete(f);
                    }
                }
            }
            Files.writeString(folder.resolve("segments_9"), "garbage");
            Thread.sleep(1100); // readers look for new commits once a second

            assertThatThrownBy(() -> index.search(SearchQuery.text("sanctions")))
                    .hasMessageStartingWith("unavailable: search index '" + folder + "' is damaged")
                    .hasMessageEndingWith("rebuild it with 'dyad index --rebuild'");
            assertThat(index.problem()).isPresent();

            List<String> notes = new ArrayList<>();
            try (var store = IndexRebuildTest.storeWith(dir.resolve("store"), sanctionsDocument())) {
                assertThat(IndexKeeper.rebuild(store, folder, n -> { }, notes::add)).isEqualTo(1);
            }
            assertThat(notes).singleElement().asString().startsWith("search index '" + folder + "' is damaged")
                    .endsWith("; removed its 1 file");

            assertThat(untilServed(index)).isEqualTo(2);
        }
    }

    @Test
    void writesAreRefused() throws IOException {
        try (ServingIndex index = ServingIndex.open(dir.resolve("index"), this::standIn)) {
            assertThatThrownBy(() -> index.remove("x")).isInstanceOf(IllegalStateException.class)
                    .hasMessageEndingWith("is open for reading only");
        }
    }
}
