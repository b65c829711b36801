package dyad.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dyad.nlp.Analysis;
import org.junit.jupiter.api.Test;

/** The shipped stage order builds (every stage after what it needs) and reads as the data flows. */
class StageOrderTest {

    @Test
    void theStagesRunInTheDocumentedOrder() {
        Models models = Models.with((text, needsParse) -> new Analysis(java.util.List.of(), java.util.List.of()));
        assertThat(models.extractor().stageNames()).containsExactly("layout", "analysis", "letter", "discourse", "quotes",
                "voices", "acts", "letter requests", "relations", "records");
    }
}
