package dyad.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dyad.model.Document;
import dyad.model.Extraction;
import dyad.model.Record;
import dyad.model.Relation;
import dyad.model.Span;
import dyad.store.ContentHash;
import dyad.store.Repository;
import dyad.store.StoreLocation;
import dyad.store.Stores;
import dyad.store.WriteOutcome;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store sink's followers: told of each committed change, once, and of nothing else. */
class StoreSinkTest {

    @TempDir
    Path dir;

    private Repository repo;
    private final List<String> heard = new ArrayList<>();

    /** One relation per document, its evidence the first characters of the text. */
    static List<Record> echo(Document doc) {
        Span evidence = Span.of(doc.text(), 0, Math.min(12, doc.text().length()));
        return List.of(new Relation(doc.id(), List.of("CAN", "VEN"), Relation.DIPLOMATIC_LEVEL, "none", doc.date(), evidence));
    }

    @BeforeEach
    void open() {
        repo = Stores.open(StoreLocation.parse("jdbc:duckdb:"));
    }

    @AfterEach
    void close() {
        repo.close();
    }

    private List<Integer> ingest(Path... paths) {
        StoreSink sink = new StoreSink(repo, (doc, records) -> heard.add("stored " + doc.info().name() + " "
                + doc.info().hash().substring(0, 8) + " " + records.size() + " record(s), text " + doc.text().length() + " chars"),
                hash -> heard.add("removed " + hash.substring(0, 8)));
        return run(sink, 2, paths);
    }

    /** Added, replaced, unchanged and failed documents. */
    private List<Integer> run(StoreSink sink, int threads, Path... paths) {
        Function<Document, Extraction> extractor = doc -> Extraction.of(echo(doc));
        Pipeline.Summary summary = new Pipeline(() -> extractor, threads, new ByteArrayInputStream(new byte[0]))
                .run(List.of(paths).stream().map(Path::toString).toList(), null, sink, new RunReport(heard::add));
        return List.of(sink.count(WriteOutcome.ADDED), sink.count(WriteOutcome.REPLACED), sink.count(WriteOutcome.UNCHANGED),
                summary.failures());
    }

    @Test
    void listenersHearOfNewReplacedAndRemovedDocumentsOnly() throws IOException {
        Path a = Files.writeString(dir.resolve("a.txt"), "Ottawa recalled its ambassador.");
        Path b = Files.writeString(dir.resolve("b.txt"), "Caracas protested.");
        String oldA = ContentHash.of("Ottawa recalled its ambassador.").substring(0, 8);
        String newA = ContentHash.of("Ottawa sent its ambassador back.").substring(0, 8);
        String hashB = ContentHash.of("Caracas protested.").substring(0, 8);

        assertThat(ingest(a, b)).isEqualTo(List.of(2, 0, 0, 0));
        assertThat(heard).containsExactly("stored a.txt " + oldA + " 1 record(s), text 31 chars",
                "stored b.txt " + hashB + " 1 record(s), text 18 chars");

        heard.clear();
        assertThat(ingest(a, b)).isEqualTo(List.of(0, 0, 2, 0));
        assertThat(heard).isEmpty();

        Files.writeString(a, "Ottawa sent its ambassador back.");
        assertThat(ingest(a, b)).isEqualTo(List.of(0, 1, 1, 0));
        assertThat(heard).containsExactly("stored a.txt " + newA + " 1 record(s), text 32 chars", "removed " + oldA);
    }

    @Test
    void aPathThatNowHoldsAnAlreadyStoredTextReleasesItsOldDocument() throws IOException {
        Path a = Files.writeString(dir.resolve("a.txt"), "First text.");
        Path b = Files.writeString(dir.resolve("b.txt"), "Second text.");
        ingest(a, b);
        heard.clear();

        Files.writeString(a, "Second text.");

        assertThat(ingest(a)).isEqualTo(List.of(0, 0, 1, 0));
        assertThat(heard).containsExactly("removed " + ContentHash.of("First text.").substring(0, 8));
        assertThat(repo.contains(ContentHash.of("First text."))).isFalse();
    }

    @Test
    void aFailingListenerIsReportedAndTheDocumentStaysStored() throws IOException {
        Path a = Files.writeString(dir.resolve("a.txt"), "Ottawa recalled its ambassador.");
        StoreSink sink = new StoreSink(repo, (doc, records) -> {
            throw new IllegalStateException("index is read-only");
        }, hash -> { });

        assertThat(run(sink, 1, a)).isEqualTo(List.of(1, 0, 0, 1));
        assertThat(heard).containsExactly("stored '" + a + "' but a listener failed: IllegalStateException: index is read-only");
        assertThat(repo.contains(ContentHash.of("Ottawa recalled its ambassador."))).isTrue();
    }
}
