package dyad.index;

import static dyad.index.IndexFixtures.sanctionsDocument;
import static dyad.index.IndexFixtures.sanctionsRecords;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dyad.model.Document;
import dyad.store.Ingested;
import dyad.store.Repository;
import dyad.store.StoreException;
import dyad.store.StoreLocation;
import dyad.store.StoredDocument;
import dyad.store.Stores;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexRebuildTest {

    @TempDir
    Path folder;

    @Test
    void aRebuildReplacesTheIndexByTheStoresDocumentsWithTheStoresRecordKeys() {
        try (Repository store = filledStore(); LuceneSearchIndex index = LuceneSearchIndex.inMemory()) {
            StoredDocument stale = IndexFixtures.stored(99, "stale", "Gone from the store.", "2020");
            index.put(stale, List.of());
            List<Long> progress = new ArrayList<>();

            assertThat(IndexRebuild.run(store, index, progress::add)).isEqualTo(3);

            assertThat(progress).containsExactly(1L, 2L, 3L);
            assertThat(index.search(SearchQuery.text("gone")).total()).isZero();
            SearchResult events = index.search(new SearchQuery("sanctions", java.util.Set.of(SearchQuery.Kind.EVENT), null,
                    null, null, null, null, null, 0, 10));
            long id = store.document(events.hits().get(0).documentHash()).orElseThrow().info().id();
            assertThat(events.hits()).extracting(SearchHit::recordKey).containsExactly(id + "-0");
            assertThat(store.records(events.hits().get(0).documentHash()).get(0).kind()).isEqualTo("event");
        }
    }

    @Test
    void oneStoredDocumentIsCopiedIntoAnIndexOrABatch() {
        try (Repository store = filledStore(); LuceneSearchIndex index = LuceneSearchIndex.inMemory()) {
            String hash = sanctionsDocument().info().hash();
            assertThat(IndexRebuild.copy(store, hash, index::put)).isTrue();
            assertThat(IndexRebuild.copy(store, "0".repeat(64), index::put)).isFalse();
            assertThat(index.search(SearchQuery.text("")).total()).isEqualTo(5);
            try (LuceneSearchIndex.Batch batch = index.batch()) {
                for (String name : List.of("second", "third")) {
                    String h = store.documents(dyad.store.PageRequest.first(10)).items().stream()
                            .filter(i -> i.name().equals(name)).findFirst().orElseThrow().hash();
                    IndexRebuild.copy(store, h, batch::put);
                }
            }
            assertThat(index.search(SearchQuery.text("")).total()).isEqualTo(7);
        }
    }

    @Test
    void aFailedRebuildLeavesTheOldIndex() {
        try (Repository store = filledStore(); LuceneSearchIndex index = LuceneSearchIndex.open(folder.resolve("index"))) {
            IndexRebuild.run(store, index, n -> { });
            long before = index.search(SearchQuery.text("")).total();

            Repository failing = failingOnRecordsCall(store, 2);
            assertThatThrownBy(() -> IndexRebuild.run(failing, index, n -> { })).isInstanceOf(StoreException.class);

            assertThat(index.search(SearchQuery.text("")).total()).isEqualTo(before).isPositive();
            assertThatThrownBy(() -> index.put(sanctionsDocument(), List.of()))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("search index '" + folder.resolve("index") + "' takes no more changes: "
                            + "a rebuild failed (store went away); open it again");
        }
        try (LuceneSearchIndex again = LuceneSearchIndex.open(folder.resolve("index"))) {
            assertThat(again.search(SearchQuery.text("")).total()).isPositive();
        }
    }

    private Repository filledStore() {
        Repository store = Stores.open(StoreLocation.folder(folder.resolve("store")));
        StoredDocument d = sanctionsDocument();
        store.write(new Ingested(new Document(d.info().name(), d.text(), d.info().date()), d.info().hash(), "s.txt",
                new ArrayList<>(sanctionsRecords(d))));
        store.write(Ingested.of(new Document("second", "Norway thanked Chile.", IndexFixtures.date("2021")), "b.txt", List.of()));
        store.write(Ingested.of(new Document("third", "Chile thanked Norway.", IndexFixtures.date("2022")), "c.txt", List.of()));
        return store;
    }

    /** A store in {@code folder} holding this document with its records. */
    static Repository storeWith(Path folder, StoredDocument d) {
        Repository store = Stores.open(StoreLocation.folder(folder));
        store.write(new Ingested(new Document(d.info().name(), d.text(), d.info().date()), d.info().hash(), "s.txt",
                new ArrayList<>(sanctionsRecords(d))));
        return store;
    }

    /** The store, except that its {@code n}th call of records(hash) fails. */
    private static Repository failingOnRecordsCall(Repository store, int n) {
        AtomicInteger calls = new AtomicInteger();
        return (Repository) Proxy.newProxyInstance(Repository.class.getClassLoader(), new Class<?>[] {Repository.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("records") && calls.incrementAndGet() == n) {
                        throw new StoreException("store went away", null);
                    }
                    try {
                        return method.invoke(store, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
