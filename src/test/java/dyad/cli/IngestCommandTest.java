package dyad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dyad.model.Extraction;
import dyad.model.Modality;
import dyad.model.PloverType;
import dyad.model.Record;
import dyad.store.ContentHash;
import dyad.store.DocumentInfo;
import dyad.store.Fixtures;
import dyad.store.PageRequest;
import dyad.store.Repository;
import dyad.store.StoreLocation;
import dyad.store.Stores;
import java.io.IOException;
import dyad.index.LuceneSearchIndex;
import dyad.index.SearchHit;
import dyad.index.SearchQuery;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `dyad ingest` with a stub extractor: what is stored, what is printed, the exit code. */
class IngestCommandTest {

    @TempDir
    Path dir;

    private final Cli cli = new Cli();

    private Path store() {
        return dir.resolve("dyad-data");
    }

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }

    private Cli.Run ingest(Path... paths) {
        String[] args = new String[paths.length + 3];
        args[0] = "ingest";
        args[1] = "--db";
        args[2] = store().toString();
        for (int i = 0; i < paths.length; i++) {
            args[i + 3] = paths[i].toString();
        }
        return cli.run(args);
    }

    private String summary(int added, int replaced, int unchanged, int failed) {
        return "dyad: ingested into jdbc:duckdb:" + store().resolve(StoreLocation.EMBEDDED_FILE) + ": " + added + " added, "
                + replaced + " replaced, " + unchanged + " unchanged, " + failed + " failed";
    }

    /** Everything the store holds: each document's info, and its records. */
    private Map<DocumentInfo, List<Record>> contents() {
        try (Repository repo = Stores.open(StoreLocation.folder(store()))) {
            Map<DocumentInfo, List<Record>> out = new LinkedHashMap<>();
            for (DocumentInfo d : repo.documents(PageRequest.first(1000)).items()) {
                out.put(d, repo.records(d.hash()));
            }
            return out;
        }
    }

    private static List<String> names(Map<DocumentInfo, List<Record>> contents) {
        return contents.keySet().stream().map(DocumentInfo::name).sorted().toList();
    }

    @Test
    void storesEachDocumentWithItsRecordsAndSaysWhatItDid() throws IOException {
        write("letters/a.txt", "Ottawa recalled its ambassador.");
        write("letters/b.md", "Caracas protested.");

        Cli.Run run = ingest(dir.resolve("letters"));

        assertThat(run.exit()).isZero();
        assertThat(run.errLines()).containsExactly(summary(2, 0, 0, 0));
        Map<DocumentInfo, List<Record>> stored = contents();
        assertThat(names(stored)).containsExactly("a.txt", "b.md");
        stored.forEach((doc, records) -> assertThat(records).hasSize(1).allMatch(r -> r.doc().equals(doc.name())));
        assertThat(stored.keySet()).extracting(DocumentInfo::path)
                .containsExactlyInAnyOrder(dir.resolve("letters/a.txt").toString(), dir.resolve("letters/b.md").toString());
    }

    @Test
    void aDatesListDatesTheStoredDocumentsItNames() throws IOException {
        Path a = write("wire/a.txt", "Dec. 1 (Bloomberg) -- Canada met Venezuela.");
        Path b = write("wire/b.txt", "Canada met Peru.");
        Path list = write("dates.tsv", "wire/a.txt\t2025-12-01\n");
        Cli.Run run = cli.run("ingest", "--db", store().toString(), "--doc-dates", list.toString(), a.toString(), b.toString());
        assertThat(run.exit()).isZero();
        assertThat(contents().keySet()).extracting(d -> d.name() + " " + d.date().value())
                .containsExactlyInAnyOrder("a.txt 2025-12-01", "b.txt null");
    }

    @Test
    void ingestingTheSameFilesAgainChangesNothingAndLoadsNoExtractor() throws IOException {
        write("letters/a.txt", "Ottawa recalled its ambassador.");
        write("letters/b.md", "Caracas protested.");
        ingest(dir.resolve("letters"));
        Map<DocumentInfo, List<Record>> before = contents();

        Cli.Run again = ingest(dir.resolve("letters"));

        assertThat(again.exit()).isZero();
        assertThat(again.errLines()).containsExactly(summary(0, 0, 2, 0));
        // Same ids, same time of ingest, same records: nothing was rewritten.
        assertThat(contents()).isEqualTo(before);
        assertThat(cli.loads).hasValue(1);
    }

    @Test
    void aChangedFileReplacesItsOldDocumentAndRecords() throws IOException {
        Path a = write("a.txt", "Ottawa recalled its ambassador.");
        Path b = write("b.txt", "Caracas protested.");
        ingest(a, b);
        Files.writeString(a, "Ottawa sent its ambassador back.");

        Cli.Run run = ingest(a, b);

        assertThat(run.exit()).isZero();
        assertThat(run.errLines()).containsExactly(summary(0, 1, 1, 0));
        Map<DocumentInfo, List<Record>> stored = contents();
        assertThat(stored.keySet()).extracting(DocumentInfo::hash).containsExactlyInAnyOrder(
                ContentHash.of("Ottawa sent its ambassador back."), ContentHash.of("Caracas protested."));
        assertThat(stored.values()).flatExtracting(records -> records).hasSize(2);
    }

    @Test
    void twoPathsWithTheSameTextShareOneDocument() throws IOException {
        Path a = write("a.txt", "Ottawa recalled its ambassador.");
        Path copy = write("copy/a.txt", "Ottawa recalled its ambassador.");

        Cli.Run run = ingest(a, copy);

        assertThat(run.errLines()).containsExactly(summary(1, 0, 1, 0));
        assertThat(contents()).hasSize(1);
        try (Repository repo = Stores.open(StoreLocation.folder(store()))) {
            String hash = ContentHash.of("Ottawa recalled its ambassador.");
            assertThat(repo.documentAt(a.toString())).contains(hash);
            assertThat(repo.documentAt(copy.toString())).contains(hash);
        }

        // One copy changes: the other still holds the old text, so it stays.
        Files.writeString(a, "Ottawa sent its ambassador back.");
        assertThat(ingest(a).errLines()).containsExactly(summary(0, 1, 0, 0));
        assertThat(contents().keySet()).extracting(DocumentInfo::hash).containsExactlyInAnyOrder(
                ContentHash.of("Ottawa recalled its ambassador."), ContentHash.of("Ottawa sent its ambassador back."));
    }

    @Test
    void badFilesAreReportedOneLineEachAndTheOthersStoredWithoutLosingAnything() throws IOException {
        Path kept = write("kept.txt", "Stored before the bad run.");
        ingest(kept);
        Map<DocumentInfo, List<Record>> before = contents();
        Path missing = dir.resolve("nowhere.txt");
        Path empty = write("empty.txt", "");
        Path binary = Files.write(dir.resolve("scan.txt"), new byte[] {'%', 'P', 'D', 'F', 0, 1, 2, 3});
        Path good = write("good.txt", "Caracas protested.");

        Cli.Run run = ingest(missing, empty, binary, good);

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.errLines()).containsExactly(
                "dyad: cannot read '" + missing + "': no such file or directory",
                "dyad: cannot read '" + empty + "': empty file",
                "dyad: cannot read '" + binary + "': binary file",
                summary(1, 0, 0, 3));
        Map<DocumentInfo, List<Record>> after = contents();
        assertThat(after).containsAllEntriesOf(before);
        assertThat(names(after)).containsExactly("good.txt", "kept.txt");
    }

    @Test
    void aDocumentTheExtractorFailsOnIsReportedAndTheOthersStored() throws IOException {
        Cli failing = new Cli(doc -> {
            if (doc.text().contains("poison")) {
                throw new IllegalStateException("parser gave up");
            }
            return Cli.echo(doc);
        });
        Path bad = write("bad.txt", "A poison text.");
        Path good = write("good.txt", "Caracas protested.");

        Cli.Run run = failing.run("ingest", "--db", store().toString(), bad.toString(), good.toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.errLines()).containsExactly(
                "dyad: cannot extract 'bad.txt': IllegalStateException: parser gave up",
                summary(1, 0, 0, 1));
        assertThat(names(contents())).containsExactly("good.txt");
    }

    @Test
    void anUnsupportedStoreIsAUsageErrorNamingTheSetting() throws IOException {
        Path good = write("good.txt", "Caracas protested.");

        Cli.Run run = cli.run("ingest", "--db", "mysql://db.example/dyad?password=secret", good.toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.errLines()).containsExactly("dyad: --db: unsupported store 'mysql://db.example/dyad?password=***';"
                + " use a folder, jdbc:duckdb:FILE or jdbc:postgresql://HOST:PORT/DB");
        assertThat(cli.loads).hasValue(0);
    }

    @Test
    void aStoreFolderThatIsAFileIsRefusedAndTheFileLeftAlone() throws IOException {
        Path notAFolder = write("notes.txt", "my notes");
        Path good = write("good.txt", "Caracas protested.");

        Cli.Run run = cli.run("ingest", "--db", notAFolder.toString(), good.toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.errLines()).singleElement().asString()
                .startsWith("dyad: --db: cannot create the folder for '" + notAFolder.resolve(StoreLocation.EMBEDDED_FILE) + "'");
        assertThat(Files.readString(notAFolder)).isEqualTo("my notes");
    }

    @Test
    void aFileThatIsNotADatabaseIsRefusedAndLeftAlone() throws IOException {
        Path notADatabase = write("data/dyad.duckdb", "not a database");
        Path good = write("good.txt", "Caracas protested.");

        Cli.Run run = cli.run("ingest", "--db", "jdbc:duckdb:" + notADatabase, good.toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.errLines()).singleElement().asString().startsWith("dyad: --db: cannot open '" + notADatabase + "'");
        assertThat(Files.readString(notADatabase)).isEqualTo("not a database");
    }

    @Test
    void documentsABulkLoadLeftUnclusteredAreCountedAndTheRebuildNamed() throws IOException {
        try (Repository bulk = Stores.openForBulkLoad(StoreLocation.folder(store()))) {
            bulk.write(List.of(
                    Fixtures.events("bulk-a", "bulk/a.txt", 2, "CAN", "VEN", PloverType.SANCTION, "2024-03", Modality.ASSERTED),
                    Fixtures.events("bulk-b", "bulk/b.txt", 1, "VEN", "CAN", PloverType.ACCUSE, "2024-04", Modality.ASSERTED)));
        }
        Path good = write("good.txt", "Caracas protested.");

        Cli.Run run = ingest(good);

        assertThat(run.exit()).isZero();
        // (the index, which a bulk load does not keep, is rebuilt first and says so)
        assertThat(run.errLines()).endsWith(summary(1, 0, 0, 0), "dyad: 2 documents of the store are not clustered"
                + " (each of their events counts as an act of its own, told by no copy or other source):"
                + " 'dyad cluster --rebuild' clusters them");

        assertThat(cli.run("cluster", "--rebuild", "--db", store().toString()).exit()).isZero();
        Path more = write("more.txt", "Ottawa recalled its ambassador.");
        assertThat(ingest(more).errLines()).endsWith(summary(1, 0, 0, 0)).noneMatch(l -> l.contains("not clustered"));
    }

    @Test
    void aPostgresServerThatIsNotThereIsAUsageErrorNamingTheStore() throws IOException {
        Path good = write("good.txt", "Caracas protested.");

        Cli.Run run = cli.run("ingest", "--db", "jdbc:postgresql://127.0.0.1:1/dyad?user=dyad&password=secret", good.toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.errLines()).singleElement().asString()
                .startsWith("dyad: --db: cannot connect to jdbc:postgresql://127.0.0.1:1/dyad?user=dyad&password=***: ")
                .doesNotContain("secret");
        assertThat(cli.loads).hasValue(0);
    }

    @Test
    void recordsThatNameAnotherDocumentAreAnExtractionErrorForThatFileOnly() throws IOException {
        Cli confused = new Cli(doc -> doc.text().contains("confused")
                ? Cli.echo(new dyad.model.Document("other.txt", doc.text(), doc.date())) : Cli.echo(doc));
        Path bad = write("bad.txt", "A confused extractor.");
        Path good = write("good.txt", "Caracas protested.");

        Cli.Run run = confused.run("ingest", "--db", store().toString(), bad.toString(), good.toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.errLines()).containsExactly(
                "dyad: cannot extract '" + bad + "': document 'bad.txt': a relation record names another document 'other.txt'",
                summary(1, 0, 0, 1));
        assertThat(names(contents())).containsExactly("good.txt");
    }

    @Test
    void aDocumentsNotesAreSaidAndStoredWithItButAreNoFailure() throws IOException {
        Path a = write("long.txt", "Peru thanked Chile and Chile thanked Peru and Peru thanked Chile");
        Cli noting = Cli.withNotes(doc -> new Extraction(Cli.echo(doc), List.of("the sentence at characters 0-63 was cut")));

        Cli.Run run = noting.run("ingest", "--db", store().toString(), a.toString());

        assertThat(run.exit()).isZero();
        assertThat(run.errLines()).containsExactly("dyad: 'long.txt': the sentence at characters 0-63 was cut",
                summary(1, 0, 0, 0));
        assertThat(contents().keySet()).singleElement().extracting(DocumentInfo::notes)
                .isEqualTo(List.of("the sentence at characters 0-63 was cut"));
    }

    private List<String> indexedDocuments() {
        try (LuceneSearchIndex index = LuceneSearchIndex.openForReading(store().resolve("index"))) {
            return index.search(new SearchQuery(null, Set.of(SearchQuery.Kind.DOCUMENT), null, null, Set.of(), Set.of(),
                    null, null, 0, 100)).hits().stream().map(SearchHit::documentName).sorted().toList();
        }
    }

    @Test
    void theSearchIndexBesideTheStoreFollowsItsDocuments() throws IOException {
        Path a = write("a.txt", "Ottawa recalled its ambassador.");
        write("b.txt", "Caracas protested.");
        ingest(a, dir.resolve("b.txt"));
        assertThat(indexedDocuments()).containsExactly("a.txt", "b.txt");

        Files.writeString(a, "Ottawa sent its ambassador back.");
        ingest(a);

        try (LuceneSearchIndex index = LuceneSearchIndex.openForReading(store().resolve("index"))) {
            assertThat(index.search(SearchQuery.text("recalled")).total()).isZero();
            assertThat(index.search(SearchQuery.text("back")).hits()).extracting(SearchHit::documentName)
                    .contains("a.txt");
        }
    }

    @Test
    void anIndexBehindTheStoreIsRebuiltOnTheNextIngest() throws IOException {
        write("letters/a.txt", "Ottawa recalled its ambassador.");
        write("letters/b.md", "Caracas protested.");
        ingest(dir.resolve("letters"));
        deleteTree(store().resolve("index"));

        Cli.Run again = ingest(dir.resolve("letters"));

        assertThat(again.exit()).isZero();
        assertThat(again.errLines()).contains("dyad: the search index has 0 of 2 stored documents; rebuilding it");
        assertThat(indexedDocuments()).containsExactly("a.txt", "b.md");
    }

    private static void deleteTree(Path root) throws IOException {
        try (var paths = Files.walk(root)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
