package dyad.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class JsonTest {

    private static final String TEXT = "Seoul recalled its ambassador from Tokyo on 3 May 2024.";

    @Test
    void aRecordReadBackFromItsLineIsTheSameRecordAndWritesTheSameLine() {
        Actor seoul = new Actor("Seoul", 0, 5, "Government of South Korea", "KOR", null, Role.GOV);
        Actor tokyo = new Actor("Tokyo", 35, 40, "Government of Japan", "JPN", null, Role.GOV);
        Event recall = new Event("d.txt", PloverType.SANCTION, "withdraw", seoul, tokyo,
                EventDate.day(java.time.LocalDate.of(2024, 5, 3)), Modality.ASSERTED, Span.of(TEXT, 0, TEXT.length()));
        Relation level = new Relation("d.txt", List.of("JPN", "KOR"), Relation.DIPLOMATIC_LEVEL, "chargé",
                recall.date(), Span.of(TEXT, 0, TEXT.length()));
        for (Record r : List.of(recall, level)) {
            String line = Json.line(r);
            assertThat(Json.record(line)).isEqualTo(r);
            assertThat(Json.line(Json.record(line))).isEqualTo(line);
        }
    }

    @Test
    void aLineThatIsNoRecordIsRefusedSayingWhy() {
        assertThatThrownBy(() -> Json.record("{\"kind\":\"document\"}"))
                .hasMessage("not a record: 'kind' must be one of [event, letter, quote, relation]");
        assertThatThrownBy(() -> Json.record("{\"kind\":\"event\",\"doc\":\"d.txt\"}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("event needs type, source, target, date, modality and evidence");
        assertThatThrownBy(() -> Json.record("not json")).isInstanceOf(IllegalArgumentException.class);
    }
}
