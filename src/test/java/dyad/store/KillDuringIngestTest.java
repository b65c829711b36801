package dyad.store;

import static org.assertj.core.api.Assertions.assertThat;

import dyad.model.Actor;
import dyad.model.Document;
import dyad.model.Extraction;
import dyad.pipeline.Pipeline;
import dyad.pipeline.RunReport;
import dyad.pipeline.Sink;
import dyad.pipeline.StoreSink;
import dyad.model.Event;
import dyad.model.EventDate;
import dyad.model.Modality;
import dyad.model.PloverType;
import dyad.model.Record;
import dyad.model.Relation;
import dyad.model.Role;
import dyad.model.Span;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kill -9} during an ingest, then ingest again: every document stored exactly once with
 * its records. The first ingest runs in a child JVM with a slow extractor and is killed
 * (SIGKILL, via {@link Process#destroyForcibly()}) once some but not all documents are stored.
 */
class KillDuringIngestTest {

    private static final int TEXTS = 30;

    @TempDir
    Path dir;

    /** One event and one relation per text, with offsets into it; every text starts "CAN acted on VEN". */
    static List<Record> extract(Document doc) {
        String t = doc.text();
        Actor can = new Actor("CAN", 0, 3, "Government of Canada", "CAN", null, Role.GOV);
        Actor ven = new Actor("VEN", 13, 16, "Government of Venezuela", "VEN", null, Role.GOV);
        Span sentence = Span.of(t, 0, t.indexOf('.') + 1);
        return List.of(
                new Event(doc.id(), PloverType.CONSULT, null, can, ven, new EventDate("2020-05", dyad.model.Precision.MONTH),
                        Modality.ASSERTED, sentence),
                new Relation(doc.id(), List.of("CAN", "VEN"), Relation.DIPLOMATIC_LEVEL, "embassy", doc.date(), sentence));
    }

    @Test
    void anIngestKilledMidwayLosesAndDuplicatesNothingWhenRunAgain() throws Exception {
        Path texts = Files.createDirectories(dir.resolve("texts"));
        for (int i = 0; i < TEXTS; i++) {
            Files.writeString(texts.resolve(String.format("report-%02d.txt", i)),
                    "CAN acted on VEN in report " + i + ". The talks went on for " + (i + 1) + " days.");
        }
        Path store = dir.resolve("dyad-data");
        Path childLog = dir.resolve("child.log");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), SlowIngest.class.getName(), store.toString(), texts.toString())
                .redirectError(childLog.toFile()).start();
        int seen = 0;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            while (seen < 8 && out.readLine() != null) {
                seen++;
            }
        } finally {
            child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
        assertThat(seen).as(() -> "child stopped early: " + read(childLog)).isEqualTo(8);
        assertThat(child.exitValue()).as("killed, not finished").isNotZero();

        AtomicInteger extracted = new AtomicInteger();
        Function<Document, List<Record>> counting = doc -> {
            extracted.incrementAndGet();
            return extract(doc);
        };
        // The killed process held the embedded store's lock: opening it again must work.
        try (Repository repo = Stores.open(StoreLocation.folder(store))) {
            StoreSink again = StoreSink.of(repo);
            Pipeline.Summary run = new Pipeline(() -> doc -> Extraction.of(counting.apply(doc)), 2, new ByteArrayInputStream(new byte[0]))
                    .run(List.of(texts.toString()), null, again, new RunReport(problem -> { throw new AssertionError(problem); }));

            assertThat(run.failures()).isZero();
            int unchanged = again.count(WriteOutcome.UNCHANGED);
            assertThat(unchanged).as("stored before the kill").isGreaterThanOrEqualTo(seen).isLessThan(TEXTS);
            assertThat(again.count(WriteOutcome.ADDED)).isEqualTo(TEXTS - unchanged);
            assertThat(extracted).as("texts already stored are not extracted again").hasValue(TEXTS - unchanged);

            assertThat(repo.overview().documents()).isEqualTo(TEXTS);
            assertThat(repo.overview().events()).isEqualTo(TEXTS);
            assertThat(repo.overview().relations()).isEqualTo(TEXTS);
            assertThat(repo.timeline(TimelineQuery.of(Dyad.ordered("CAN", "VEN"))))
                    .containsExactly(new MonthlyCount(YearMonth.of(2020, 5), PloverType.CONSULT, TEXTS));
            for (int i = 0; i < TEXTS; i++) {
                String name = String.format("report-%02d.txt", i);
                String text = Files.readString(texts.resolve(name));
                Document doc = repo.document(ContentHash.of(text)).map(d -> new Document(d.info().name(), d.text(), d.info().date()))
                        .orElseThrow(() -> new AssertionError(name + " is not stored"));
                assertThat(doc.id()).isEqualTo(name);
                assertThat(repo.records(ContentHash.of(text))).as(name).containsExactlyElementsOf(extract(doc));
            }
        }
    }

    private static String read(Path log) {
        try {
            return Files.readString(log);
        } catch (Exception e) {
            return e.toString();
        }
    }

    /** The child: ingests a folder with a slow extractor, printing a line per stored document. */
    public static final class SlowIngest {
        public static void main(String[] args) {
            Function<Document, List<Record>> slow = doc -> {
                try {
                    Thread.sleep(150);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return extract(doc);
            };
            try (Repository repo = Stores.open(StoreLocation.folder(Path.of(args[0])))) {
                StoreSink store = StoreSink.of(repo);
                Sink announcing = new Sink() {
                    @Override
                    public boolean holds(Document document) {
                        return store.holds(document);
                    }

                    @Override
                    public void accept(Document document, String path, Extraction extraction) {
                        store.accept(document, path, extraction);
                        System.out.println("stored " + document.id());
                        System.out.flush();
                    }
                };
                new Pipeline(() -> doc -> Extraction.of(slow.apply(doc)), 1, new ByteArrayInputStream(new byte[0]))
                        .run(List.of(args[1]), null, announcing, new RunReport(System.err::println));
            }
        }
    }
}
