package dyad.cli;

import dyad.model.Json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dyad.model.Actor;
import dyad.model.Document;
import dyad.model.Event;
import dyad.model.Modality;
import dyad.model.PloverType;
import dyad.model.Record;
import dyad.model.Role;
import dyad.model.Span;
import dyad.model.EventDate;
import dyad.model.Precision;
import dyad.store.Ingested;
import dyad.store.Repository;
import dyad.store.StoreLocation;
import dyad.store.Stores;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `dyad index --rebuild` and `dyad search` over an embedded store. */
class SearchCommandTest {

    @TempDir
    Path dir;

    private final Cli cli = new Cli();
    private Path db;

    /** Two documents, each with one SANCTION event from its first sentence, written straight to the store. */
    @BeforeEach
    void store() {
        db = dir.resolve("store");
        EventDate date = new EventDate("2025-04-02", Precision.DAY);
        try (Repository repo = Stores.open(StoreLocation.folder(db))) {
            for (String[] doc : new String[][] {{"a.txt", "Canada imposed sanctions on Venezuela. Talks followed."},
                    {"b.txt", "Norway imposed sanctions on Russia. Oslo was firm."}}) {
                Document d = new Document(doc[0], doc[1], date);
                repo.write(Ingested.of(d, doc[0], sanctions(d)));
            }
        }
    }

    static List<Record> sanctions(Document d) {
        String t = d.text();
        String[] words = t.split(" ");
        Actor source = new Actor(words[0], 0, words[0].length(), "Government of " + words[0], code(words[0]), null, Role.GOV);
        int at = t.indexOf(words[4].replace(".", ""));
        String target = words[4].replace(".", "");
        Actor b = new Actor(target, at, at + target.length(), "Government of " + target, code(target), null, Role.GOV);
        return List.of(new Event(d.id(), PloverType.SANCTION, null, source, b, d.date(), Modality.ASSERTED,
                Span.of(t, 0, t.indexOf('.') + 1)));
    }

    private static String code(String country) {
        return switch (country) {
            case "Canada" -> "CAN";
            case "Venezuela" -> "VEN";
            case "Norway" -> "NOR";
            default -> "RUS";
        };
    }

    @Test
    void rebuildThenSearchPrintsHitsThenTotalAndFacets() {
        Cli.Run rebuild = cli.run("index", "--rebuild", "--db", db.toString());
        assertThat(rebuild.exit()).as(rebuild.err()).isZero();
        assertThat(rebuild.err()).contains("dyad: indexed 2 documents from jdbc:duckdb:" + db.resolve("dyad.duckdb")
                + " into " + db.toAbsolutePath().resolve("index"));

        Cli.Run run = cli.run("search", "--db", db.toString(), "--kind", "event", "--country", "ven", "sanctions");
        assertThat(run.exit()).as(run.err()).isZero();
        List<JsonNode> lines = run.outLines().stream().map(SearchCommandTest::json).toList();
        assertThat(lines).hasSize(2);
        JsonNode hit = lines.get(0);
        assertThat(hit.get("kind").asText()).isEqualTo("event");
        assertThat(hit.get("doc").asText()).isEqualTo("a.txt");
        assertThat(hit.get("title").asText()).isEqualTo("SANCTION: Government of Canada → Government of Venezuela");
        assertThat(hit.get("snippet").asText()).isEqualTo("Canada imposed sanctions on Venezuela.");
        assertThat(hit.get("start").asInt()).isZero();
        assertThat(hit.get("end").asInt()).isEqualTo(38);
        assertThat(hit.get("key").asText()).matches("\\d+-0");
        assertThat(lines.get(1).get("total").asLong()).isEqualTo(1);
        assertThat(lines.get(1).at("/facets/country/VEN").asLong()).isEqualTo(1);
        assertThat(lines.get(1).at("/facets/year/2025").asLong()).isEqualTo(1);

        Cli.Run all = cli.run("search", "--index", db.resolve("index").toString(), "--type", "sanction,agree");
        assertThat(json(all.outLines().get(all.outLines().size() - 1)).get("total").asLong()).isEqualTo(2);
        // A rebuild starts from scratch: nothing doubles.
        assertThat(cli.run("index", "--rebuild", "--db", db.toString()).exit()).isZero();
        Cli.Run again = cli.run("search", "--db", db.toString());
        assertThat(json(again.outLines().get(again.outLines().size() - 1)).get("total").asLong()).isEqualTo(4);
    }

    @Test
    void badOptionsAndAMissingIndexAreOneLineMessages() {
        Cli.Run noIndex = cli.run("search", "--db", db.toString(), "x");
        assertThat(noIndex.exit()).isEqualTo(2);
        assertThat(noIndex.err()).isEqualTo("dyad: no search index at '" + db.toAbsolutePath().resolve("index")
                + "'; build it with 'dyad index --rebuild'" + System.lineSeparator());

        assertThat(cli.run("search", "--type", "YIELD", "x").err()).startsWith(
                "dyad: --type: unknown value 'YIELD'; one of [agree, consult,");
        assertThat(cli.run("search", "--from", "2025-13-01").err()).startsWith(
                "dyad: --from: '2025-13-01' is not a date YYYY-MM-DD");
        assertThat(cli.run("search", "--limit", "0").err()).startsWith("dyad: search limit must be 1..100, got 0");
        assertThat(cli.run("search", "--from", "2025-02-01", "--to", "2025-01-01").err())
                .startsWith("dyad: search: from 2025-02-01 is after to 2025-01-01");
        assertThat(cli.run("index").err()).startsWith("dyad: Missing required option: '--rebuild'");
    }

    private static JsonNode json(String line) {
        try {
            return Json.MAPPER.readTree(line);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
