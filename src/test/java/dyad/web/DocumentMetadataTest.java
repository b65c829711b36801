package dyad.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dyad.model.Document;
import dyad.model.EventDate;
import dyad.model.Metadata;
import dyad.store.Ingested;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A document's title, publisher and link are in its JSON and head its page; a file name stands in only without a title. */
class DocumentMetadataTest {

    @Test
    void aTitledDocumentIsShownByItsTitleWithALinkToItsSource(@TempDir Path folder) {
        Metadata meta = new Metadata("Dakar and Banjul <reopen> the border", "Sahel Wire", null,
                "https://wire.example/dakar-banjul", "en", "news");
        Ingested in = Ingested.of(new Document("wire/0042.html", "Senegal and Gambia reopened their border.",
                EventDate.UNKNOWN, meta), "wire/0042.html", List.of());
        try (WebHarness web = new WebHarness(folder, in)) {
            JsonNode doc = web.json("/api/docs/" + in.hash(), 200);
            assertThat(doc.at("/info/meta/title").asText()).isEqualTo("Dakar and Banjul <reopen> the border");
            assertThat(doc.at("/info/meta/url").asText()).isEqualTo("https://wire.example/dakar-banjul");
            assertThat(web.json("/api/docs/" + web.letter.hash(), 200).at("/info/meta/title").isNull()).isTrue();

            HttpResponse<String> page = web.get("/docs/" + in.hash());
            assertThat(page.statusCode()).isEqualTo(200);
            var html = Jsoup.parse(page.body());
            assertThat(html.select("h1").text()).isEqualTo("Dakar and Banjul <reopen> the border");
            assertThat(html.select("h1 reopen")).as("escaped, not markup").isEmpty();
            assertThat(html.select("a.source-link").attr("href")).isEqualTo("https://wire.example/dakar-banjul");
            assertThat(html.select("p.sub").text()).contains("Sahel Wire").contains("wire/0042.html");
        }
    }
}
