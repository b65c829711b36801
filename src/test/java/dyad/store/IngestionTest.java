package dyad.store;

import static org.assertj.core.api.Assertions.assertThat;

import dyad.model.Document;
import dyad.model.Extraction;
import dyad.model.Record;
import dyad.model.Relation;
import dyad.model.Span;
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

/** Ingestion's listeners: told of each committed change, once, and of nothing else. */
class IngestionTest {

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

    private Ingestion.Summary ingest(Path... paths) {
        Function<Document, Extraction> extractor = doc -> Extraction.of(echo(doc));
        return new Ingestion(repo, () -> extractor, 2, new ByteArrayInputStream(new byte[0]))
                .onStored((doc, records) -> heard.add("stored " + doc.info().name() + " " + doc.info().hash().substring(0, 8)
                        + " " + records.size() + " record(s), text " + doc.text().length() + " chars"))
                .onRemoved(hash -> heard.add("removed " + hash.substring(0, 8)))
                .run(List.of(paths).stream().map(Path::toString).toList(), null, outcome -> { }, heard::add);
    }

    @Test
    void listenersHearOfNewReplacedAndRemovedDocumentsOnly() throws IOException {
        Path a = Files.writeString(dir.resolve("a.txt"), "Ottawa recalled its ambassador.");
        Path b = Files.writeString(dir.resolve("b.txt"), "Caracas protested.");
        String oldA = ContentHash.of("Ottawa recalled its ambassador.").substring(0, 8);
        String newA = ContentHash.of("Ottawa sent its ambassador back.").substring(0, 8);
        String hashB = ContentHash.of("Caracas protested.").substring(0, 8);

        assertThat(ingest(a, b)).isEqualTo(new Ingestion.Summary(2, 0, 0, 0));
        assertThat(heard).containsExactly("stored a.txt " + oldA + " 1 record(s), text 31 chars",
                "stored b.txt " + hashB + " 1 record(s), text 18 chars");

        heard.clear();
        assertThat(ingest(a, b)).isEqualTo(new Ingestion.Summary(0, 0, 2, 0));
        assertThat(heard).isEmpty();

        Files.writeString(a, "Ottawa sent its ambassador back.");
        assertThat(ingest(a, b)).isEqualTo(new Ingestion.Summary(0, 1, 1, 0));
        assertThat(heard).containsExactly("stored a.txt " + newA + " 1 record(s), text 32 chars", "removed " + oldA);
    }

    @Test
    void aPathThatNowHoldsAnAlreadyStoredTextReleasesItsOldDocument() throws IOException {
        Path a = Files.writeString(dir.resolve("a.txt"), "First text.");
        Path b = Files.writeString(dir.resolve("b.txt"), "Second text.");
        ingest(a, b);
        heard.clear();

        Files.writeString(a, "Second text.");

        assertThat(ingest(a)).isEqualTo(new Ingestion.Summary(0, 0, 1, 0));
        assertThat(heard).containsExactly("removed " + ContentHash.of("First text.").substring(0, 8));
        assertThat(repo.contains(ContentHash.of("First text."))).isFalse();
    }

    @Test
    void aFailingListenerIsReportedAndTheDocumentStaysStored() throws IOException {
        Path a = Files.writeString(dir.resolve("a.txt"), "Ottawa recalled its ambassador.");
        Function<Document, Extraction> extractor = doc -> Extraction.of(echo(doc));

        Ingestion.Summary summary = new Ingestion(repo, () -> extractor, 1, new ByteArrayInputStream(new byte[0]))
                .onStored((doc, records) -> {
                    throw new IllegalStateException("index is read-only");
                })
                .run(List.of(a.toString()), null, outcome -> { }, heard::add);

        assertThat(summary).isEqualTo(new Ingestion.Summary(1, 0, 0, 1));
        assertThat(heard).containsExactly("stored '" + a + "' but a listener failed: IllegalStateException: index is read-only");
        assertThat(repo.contains(ContentHash.of("Ottawa recalled its ambassador."))).isTrue();
    }
}
