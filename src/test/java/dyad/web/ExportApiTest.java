package dyad.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code /api/export}: the same export as the command, streamed; a request it cannot answer is a 400. */
class ExportApiTest {

    @Test
    void streamsTheExportAskedFor(@TempDir Path folder) {
        try (WebHarness web = new WebHarness(folder)) {
            HttpResponse<String> gdelt = web.get("/api/export?format=gdelt&a=ven&b=can");
            assertThat(gdelt.statusCode()).isEqualTo(200);
            assertThat(gdelt.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/tab-separated-values");
            assertThat(gdelt.body().lines()).isNotEmpty().allSatisfy(line -> assertThat(line.split("\t", -1)).hasSize(61));

            HttpResponse<String> csv = web.get("/api/export?format=csv&kind=relation");
            assertThat(csv.statusCode()).isEqualTo(200);
            assertThat(csv.body()).startsWith("id,doc,doc_title,state_a,state_b");

            assertThat(web.get("/api/export?format=xml").statusCode()).isEqualTo(400);
            assertThat(web.get("/api/export").statusCode()).isEqualTo(400);
            assertThat(web.get("/api/export?format=plover&a=CAN").statusCode()).isEqualTo(400);
        }
    }
}
