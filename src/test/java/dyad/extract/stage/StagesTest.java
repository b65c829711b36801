package dyad.extract.stage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dyad.model.Document;
import dyad.model.EventDate;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class StagesTest {

    private static final Slot<String> WORDS = Slot.named("words");
    private static final Slot<Integer> COUNT = Slot.named("word count");

    private static Stage stage(String name, List<Slot<?>> needs, List<Slot<?>> makes, Consumer<Work> run) {
        return new Stage(name, needs, makes) {
            @Override
            public void run(Work work) {
                run.accept(work);
            }
        };
    }

    private static final Stage SPLIT = stage("split", List.of(), List.of(WORDS),
            w -> w.put(WORDS, w.document().text().replace(',', ' ')));
    private static final Stage COUNTING = stage("count", List.of(WORDS), List.of(COUNT),
            w -> w.put(COUNT, w.get(WORDS).split("\\s+").length));

    private static Document doc(String text) {
        return new Document("d.txt", text, EventDate.UNKNOWN);
    }

    @Test
    void eachStageReadsWhatAnEarlierOneMade() {
        Work work = new Stages(List.of(SPLIT, COUNTING)).run(doc("Seoul protested, Tokyo replied"));
        assertThat(work.get(COUNT)).isEqualTo(4);
    }

    @Test
    void aStageBeforeWhatItNeedsFailsWhenTheOrderIsBuiltNamingBothStages() {
        assertThatThrownBy(() -> new Stages(List.of(COUNTING, SPLIT)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("stage 'count' needs 'words', which stage 'split' makes only after it");
        assertThatThrownBy(() -> new Stages(List.of(COUNTING)))
                .hasMessage("stage 'count' needs 'words', which no stage makes");
    }

    @Test
    void aSlotMadeTwiceFailsWhenTheOrderIsBuilt() {
        assertThatThrownBy(() -> new Stages(List.of(SPLIT, COUNTING, stage("recount", List.of(WORDS), List.of(COUNT), w -> { }))))
                .hasMessage("stage 'recount' makes 'word count', which stage 'count' made already");
    }

    @Test
    void aStageThatDoesNotMakeWhatItPromisedFailsOnItsDocument() {
        Stages lazy = new Stages(List.of(stage("lazy", List.of(), List.of(WORDS), w -> { })));
        assertThatThrownBy(() -> lazy.run(doc("Text."))).hasMessage("stage 'lazy' did not make 'words'");
    }
}
