package dyad.accountability;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dyad.model.Document;
import dyad.model.Event;
import dyad.model.Letter;
import dyad.model.Quote;
import dyad.model.Record;
import dyad.store.Ingested;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The sample letter of 8 January 2026 (shared/corpus/seeds/000_…) with the records `dyad extract`
 * made from it, saved next to it, so the acceptance test needs no models.
 */
public final class SeedLetters {

    public static final String NAME = "000_005191f5fc1160e7.txt";
    private static final String DIR = "/accountability/seeds/";
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private SeedLetters() {
    }

    public static Ingested january8() {
        try {
            String text = read(DIR + NAME);
            List<Record> records = new ArrayList<>();
            for (String line : read(DIR + "000_005191f5fc1160e7.records.jsonl").split("\n")) {
                JsonNode node = JSON.readTree(line);
                records.add(switch (node.get("kind").asText()) {
                    case "event" -> JSON.treeToValue(node, Event.class);
                    case "letter" -> JSON.treeToValue(node, Letter.class);
                    case "quote" -> JSON.treeToValue(node, Quote.class);
                    default -> throw new IllegalStateException("unexpected record " + line);
                });
            }
            return Ingested.of(new Document(NAME, text, LetterFixtures.day("2026-01-08")), "seeds/" + NAME, records);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(String resource) throws IOException {
        try (InputStream in = SeedLetters.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
