package dyad.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dyad.source.DocumentDater;
import dyad.model.Document;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The benchmark's documents: the sample texts, plus the benchmark sentences of
 * shared/bench/ sets grouped into documents of about 500 words.
 */
final class BenchCorpus {

    private static final int WORDS_PER_DOCUMENT = 500;

    private BenchCorpus() {
    }

    static List<Document> load(Path shared) {
        List<Document> docs = new ArrayList<>();
        Path seeds = shared.resolve("corpus/seeds");
        try (Stream<Path> files = Files.list(seeds)) {
            for (Path f : files.sorted().toList()) {
                String text = Files.readString(f);
                docs.add(new Document(f.getFileName().toString(), text, new DocumentDater().dateOf(text)));
            }
            Path bench = shared.resolve("bench");
            try (Stream<Path> sets = Files.list(bench)) {
                for (Path items : sets.sorted().map(s -> s.resolve("items.jsonl")).filter(Files::exists).toList()) {
                    grouped(items, docs);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read benchmark texts under " + shared, e);
        }
        return docs;
    }

    private static void grouped(Path items, List<Document> docs) throws IOException {
        ObjectMapper json = new ObjectMapper();
        StringBuilder text = new StringBuilder();
        int words = 0;
        String set = items.getParent().getFileName().toString();
        for (String line : Files.readAllLines(items)) {
            JsonNode item = json.readTree(line);
            String sentence = item.path("text").asText();
            text.append(sentence).append("\n\n");
            words += sentence.split("\\s+").length;
            if (words >= WORDS_PER_DOCUMENT) {
                docs.add(new Document(set + "-" + docs.size(), text.toString(), null));
                text.setLength(0);
                words = 0;
            }
        }
        if (words > 0) {
            docs.add(new Document(set + "-" + docs.size(), text.toString(), null));
        }
    }
}
