package dyad.extract;

import dyad.extract.stage.Stage;
import dyad.extract.stage.Work;
import dyad.nlp.LayoutNormalizer;
import java.util.List;

/** Layout the sentence splitter reads right (markup, hard-wrapped lines, list markers, datelines), offsets kept. */
final class LayoutStage extends Stage {

    LayoutStage() {
        super("layout", List.of(), List.of(Slots.LAYOUT));
    }

    @Override
    public void run(Work work) {
        work.put(Slots.LAYOUT, new LayoutNormalizer().normalize(work.document().text()));
    }
}
