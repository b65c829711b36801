package dyad.extract.stage;

import dyad.model.Document;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Stages in the order they run. The order is checked when it is built: a stage that needs what
 * no earlier stage makes, or a slot made twice, fails then, naming the stages, not halfway
 * through a corpus.
 */
public final class Stages {

    private final List<Stage> order;

    public Stages(List<Stage> order) {
        this.order = List.copyOf(order);
        Set<Slot<?>> made = new HashSet<>();
        for (int i = 0; i < this.order.size(); i++) {
            Stage stage = this.order.get(i);
            for (Slot<?> need : stage.needs()) {
                if (!made.contains(need)) {
                    throw new IllegalStateException("stage '" + stage.name() + "' needs '" + need + "', which "
                            + laterMaker(i, need).map(s -> "stage '" + s.name() + "' makes only after it")
                            .orElse("no stage makes"));
                }
            }
            for (Slot<?> slot : stage.makes()) {
                if (!made.add(slot)) {
                    throw new IllegalStateException("stage '" + stage.name() + "' makes '" + slot
                            + "', which stage '" + maker(i, slot).name() + "' made already");
                }
            }
        }
    }

    /** Runs every stage on the document, in order. */
    public Work run(Document document) {
        Work work = new Work(document);
        for (Stage stage : order) {
            stage.run(work);
            for (Slot<?> slot : stage.makes()) {
                if (!work.has(slot)) {
                    throw new IllegalStateException("stage '" + stage.name() + "' did not make '" + slot + "'");
                }
            }
        }
        return work;
    }

    /** The stage names in order, as {@code dyad} shows them. */
    public List<String> names() {
        List<String> names = new ArrayList<>();
        order.forEach(s -> names.add(s.name()));
        return names;
    }

    private java.util.Optional<Stage> laterMaker(int after, Slot<?> slot) {
        return order.subList(after, order.size()).stream().filter(s -> s.makes().contains(slot)).findFirst();
    }

    private Stage maker(int before, Slot<?> slot) {
        return order.subList(0, before).stream().filter(s -> s.makes().contains(slot)).findFirst().orElseThrow();
    }
}
