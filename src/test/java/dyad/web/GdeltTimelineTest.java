package dyad.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dyad.gdelt.CameoTables;
import dyad.gdelt.GdeltImport;
import dyad.gdelt.GdeltRow;
import dyad.gdelt.ImportReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Events imported from GDELT beside Dyad's own: the timeline API's {@code source} (dyad, gdelt, both;
 * never summed) and the dyad page's second chart.
 */
class GdeltTimelineTest {

    @TempDir
    static Path folder;
    static WebHarness web;

    @BeforeAll
    static void start() throws IOException {
        web = new WebHarness(folder.resolve("store"));
        Path file = Files.writeString(folder.resolve("events.csv"), String.join("\n",
                new GdeltRow(1, "20230105", "163").source("CANGOV", "CANADA", "CAN", "GOV")
                        .target("VENGOV", "VENEZUELA", "VEN", "GOV").line(),
                new GdeltRow(2, "20230120", "163").source("CANGOV", "CANADA", "CAN", "GOV")
                        .target("VENGOV", "VENEZUELA", "VEN", "GOV").line(),
                new GdeltRow(3, "20230314", "042").source("VENGOV", "VENEZUELA", "VEN", "GOV")
                        .target("CANGOV", "CANADA", "CAN", "GOV").line(),
                new GdeltRow(4, "20230314", "010").source("VENGOV", "VENEZUELA", "VEN", "GOV")
                        .target("CANGOV", "CANADA", "CAN", "GOV").line()) + "\n");
        ImportReport report = new GdeltImport(CameoTables.load()).run(List.of(file), web.repository.imports(),
                new ImportReport(line -> { }));
        assertThat(report.rowsStored()).isEqualTo(4);
    }

    @AfterAll
    static void stop() {
        web.close();
    }

    @Test
    void theTimelineApiShowsDyadsOwnEventsGdeltsOrBothApart() {
        JsonNode own = web.json("/api/dyads/CAN/VEN/timeline?either=true", 200);
        assertThat(own.get("source").asText()).isEqualTo("dyad");
        assertThat(own.get("bands")).as("Dyad's own relation states").isNotEmpty();

        JsonNode gdelt = web.json("/api/dyads/CAN/VEN/timeline?either=true&source=gdelt", 200);
        assertThat(gdelt.get("source").asText()).isEqualTo("gdelt");
        assertThat(gdelt.get("months")).hasSize(3); // January to March, February empty
        assertThat(gdelt.at("/months/0/month").asText()).isEqualTo("2023-01");
        assertThat(gdelt.at("/months/0/events/SANCTION").asLong()).isEqualTo(2);
        assertThat(gdelt.at("/months/0/score").asDouble()).isEqualTo(-10.0);
        assertThat(gdelt.at("/months/1/total").asLong()).isZero();
        assertThat(gdelt.at("/months/2/events/CONSULT").asLong()).as("the 01x statement has no type").isEqualTo(1);
        assertThat(gdelt.at("/months/2/total").asLong()).isEqualTo(1);
        assertThat(gdelt.at("/years/0/year").asInt()).isEqualTo(2023);
        assertThat(gdelt.at("/years/0/total").asLong()).isEqualTo(3);
        assertThat(gdelt.get("bands")).isEmpty();
        assertThat(gdelt.get("months")).isNotEqualTo(own.get("months"));

        JsonNode ordered = web.json("/api/dyads/CAN/VEN/timeline?source=gdelt", 200);
        assertThat(ordered.at("/years/0/total").asLong()).as("CAN to VEN only").isEqualTo(2);

        JsonNode both = web.json("/api/dyads/CAN/VEN/timeline?either=true&source=both", 200);
        assertThat(both.get("dyad")).isEqualTo(own);
        assertThat(both.get("gdelt")).isEqualTo(gdelt);

        JsonNode bad = web.json("/api/dyads/CAN/VEN/timeline?source=acled", 400);
        assertThat(bad.get("parameter").asText()).isEqualTo("source");
        assertThat(bad.get("error").asText()).isEqualTo("source: must be dyad, gdelt or both, got 'acled'");
    }

    @Test
    void theDyadPagePutsGdeltsSeriesBelowDyadsOnlyWhenThePairHasImportedEvents() {
        String page = web.get("/dyads/CAN/VEN?either=true").body();
        assertThat(page).contains("id=\"timeline-chart\"", "id=\"gdelt-chart\"",
                "data-api=\"/api/dyads/CAN/VEN/timeline?either=true&amp;source=gdelt\"", "3 events of this dyad imported from GDELT");
        var other = web.get("/dyads/CAN/CUB");
        assertThat(other.statusCode()).as(other.body()).isEqualTo(200);
        assertThat(other.body()).contains("id=\"timeline-chart\"").doesNotContain("gdelt-chart");
    }
}
