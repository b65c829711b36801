package dyad.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dyad.model.Document;
import dyad.model.EventDate;
import dyad.store.Ingested;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A document's extraction notes (a sentence cut into parts) are in its JSON and on its page, as text. */
class DocumentNotesTest {

    @Test
    void notesAreShownWithTheDocument(@TempDir Path folder) {
        String text = "Ghana thanked Togo and Togo thanked Ghana and Ghana thanked Togo";
        String note = "the sentence at characters 0-64 has 12 tokens and no sentence end: cut into 2 parts <b>x</b>";
        Ingested in = Ingested.of(new Document("wire/long.txt", text, EventDate.UNKNOWN), "wire/long.txt", List.of());
        Ingested noted = new Ingested(in.document(), in.hash(), in.path(), in.records(), List.of(note));
        try (WebHarness web = new WebHarness(folder, noted)) {
            JsonNode doc = web.json("/api/docs/" + noted.hash(), 200);
            assertThat(doc.at("/info/notes").size()).isEqualTo(1);
            assertThat(doc.at("/info/notes/0").asText()).isEqualTo(note);
            assertThat(web.json("/api/docs/" + web.letter.hash(), 200).at("/info/notes").size()).isZero();

            HttpResponse<String> page = web.get("/docs/" + noted.hash());
            assertThat(page.statusCode()).isEqualTo(200);
            var html = Jsoup.parse(page.body());
            assertThat(html.select("p.note").text()).isEqualTo("Note: " + note);
            assertThat(html.select("p.note b")).isEmpty();
        }
    }
}
