package dyad.extract;

import dyad.extract.stage.Slot;
import dyad.extract.stage.Stage;
import dyad.extract.stage.Work;
import dyad.nlp.LayoutNormalizer;
import java.util.List;

/** Layout the sentence splitter reads right (markup, hard-wrapped lines, list markers, datelines), offsets kept. */
final class LayoutStage implements Stage {

    @Override
    public String name() {
        return "layout";
    }

    @Override
    public List<Slot<?>> needs() {
        return List.of();
    }

    @Override
    public List<Slot<?>> makes() {
        return List.of(Slots.LAYOUT);
    }

    @Override
    public void run(Work work) {
        work.put(Slots.LAYOUT, new LayoutNormalizer().normalize(work.document().text()));
    }
}
