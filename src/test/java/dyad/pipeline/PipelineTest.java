package dyad.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PipelineTest {

    @TempDir
    Path dir;

    private final List<String> extracted = Collections.synchronizedList(new ArrayList<>());
    private final List<String> errors = new ArrayList<>();
    private final List<String> sunk = new ArrayList<>();

    private static List<Record> oneRecord(Document doc) {
        return List.of(new Relation(doc.id(), List.of("CAN", "VEN"), Relation.SANCTIONS, "imposed", doc.date(),
                Span.of(doc.text(), 0, 1)));
    }

    private Pipeline.Summary run(Pipeline runner, String... paths) {
        return runner.run(List.of(paths), null, JsonLinesSink.each(r -> sunk.add(r.doc())), new RunReport(errors::add));
    }

    private static Pipeline runner(Function<Document, List<Record>> extractor, int threads, int budget) {
        return new Pipeline(() -> doc -> Extraction.of(extractor.apply(doc)), threads, new ByteArrayInputStream(new byte[0]), budget);
    }

    private void write(String name, String text) throws IOException {
        Files.createDirectories(dir.resolve(name).getParent());
        Files.writeString(dir.resolve(name), text);
    }

    @Test
    void recordsReachTheSinkInInputOrderWhateverOrderThreadsFinishIn() throws IOException {
        for (int i = 0; i < 12; i++) {
            write("in/" + (char) ('a' + i) + ".txt", "Document " + i);
        }
        Pipeline.Summary outcome = run(runner(doc -> {
            sleep(doc.id().equals("a.txt") ? 150 : 5); // the first document finishes last
            extracted.add(doc.id());
            return oneRecord(doc);
        }, 4, 1_000), dir.resolve("in").toString());
        assertThat(outcome).isEqualTo(new Pipeline.Summary(12, 0));
        assertThat(sunk).containsExactly("a.txt", "b.txt", "c.txt", "d.txt", "e.txt", "f.txt", "g.txt", "h.txt",
                "i.txt", "j.txt", "k.txt", "l.txt");
        assertThat(extracted.get(0)).isNotEqualTo("a.txt");
    }

    @Test
    void countsUnreadableSourcesAndFailedExtractionsAsFailures() throws IOException {
        write("a.txt", "Fine.");
        write("b.txt", "Breaks.");
        Pipeline.Summary outcome = run(runner(doc -> {
            if (doc.id().equals("b.txt")) {
                throw new IllegalStateException("boom");
            }
            return oneRecord(doc);
        }, 2, 1_000), dir.resolve("a.txt").toString(), dir.resolve("missing.txt").toString(), dir.resolve("b.txt").toString());
        assertThat(outcome).isEqualTo(new Pipeline.Summary(1, 2));
        assertThat(sunk).containsExactly("a.txt");
        assertThat(errors).containsExactly(
                "cannot read '" + dir.resolve("missing.txt") + "': no such file or directory",
                "cannot extract 'b.txt': IllegalStateException: boom");
    }

    @Test
    void holdsTheCharactersUnderExtractionWithinTheBudget() throws IOException {
        // Budget 100 characters, 4 threads: at most two 40-character documents at once,
        // and the 150-character one (over the budget) alone.
        for (int i = 0; i < 6; i++) {
            write("in/" + i + ".txt", "x".repeat(40));
        }
        write("in/6-big.txt", "y".repeat(150));
        write("in/7.txt", "z".repeat(40));
        AtomicInteger running = new AtomicInteger();
        AtomicInteger chars = new AtomicInteger();
        List<int[]> seen = Collections.synchronizedList(new ArrayList<>());
        Pipeline.Summary outcome = run(runner(doc -> {
            int docs = running.incrementAndGet();
            int inFlight = chars.addAndGet(doc.text().length());
            seen.add(new int[] {doc.text().length(), docs, inFlight});
            sleep(30);
            chars.addAndGet(-doc.text().length());
            running.decrementAndGet();
            return oneRecord(doc);
        }, 4, 100), dir.resolve("in").toString());
        assertThat(outcome.documents()).isEqualTo(8);
        for (int[] s : seen) {
            if (s[0] == 150) {
                assertThat(s[1]).as("documents running beside the big one").isEqualTo(1);
            } else {
                assertThat(s[2]).as("characters in flight").isLessThanOrEqualTo(100);
            }
        }
    }

    @Test
    void asksForTheExtractorOnceAndOnlyWhenADocumentIsRead() throws IOException {
        AtomicInteger loads = new AtomicInteger();
        Pipeline runner = new Pipeline(() -> {
            loads.incrementAndGet();
            return doc -> Extraction.of(oneRecord(doc));
        }, 2, new ByteArrayInputStream(new byte[0]), 1_000);
        run(runner, dir.resolve("missing.txt").toString());
        assertThat(loads).hasValue(0);
        write("a.txt", "One.");
        write("b.txt", "Two.");
        run(runner, dir.resolve("a.txt").toString(), dir.resolve("b.txt").toString());
        assertThat(loads).hasValue(1);
    }

    @Test
    void aFailureToLoadTheExtractorEndsTheRun() throws IOException {
        write("a.txt", "One.");
        Pipeline runner = new Pipeline(() -> {
            throw new IllegalStateException("models missing");
        }, 1, new ByteArrayInputStream(new byte[0]), 1_000);
        assertThatThrownBy(() -> run(runner, dir.resolve("a.txt").toString())).hasMessage("models missing");
    }

    @Test
    void readsStdinFromTheGivenStream() {
        Pipeline runner = new Pipeline(() -> doc -> Extraction.of(oneRecord(doc)), 1,
                new ByteArrayInputStream("Canada imposed sanctions.".getBytes(java.nio.charset.StandardCharsets.UTF_8)), 1_000);
        assertThat(run(runner, "-")).isEqualTo(new Pipeline.Summary(1, 0));
        assertThat(sunk).containsExactly("stdin");
    }

    @Test
    void theDefaultBudgetLeavesRoomForTheModelsAndAdmitsTheLongestDocument() {
        assertThat(Pipeline.heapBudget(4L << 30)).isEqualTo(3 << 20)
                .isGreaterThanOrEqualTo(dyad.source.SourceReader.DEFAULT_MAX_CHARS);
        assertThat(Pipeline.heapBudget(512L << 20)).isEqualTo(1);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
