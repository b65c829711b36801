package dyad.accountability;

import dyad.store.StoreChanges;
import java.util.List;

/** A decision log whose appends move the store's version on ({@link StoreChanges}): a decision changes what letters show. */
public final class SignallingDecisionLog implements DecisionLog {

    private final DecisionLog log;
    private final StoreChanges changes;

    public SignallingDecisionLog(DecisionLog log, StoreChanges changes) {
        this.log = log;
        this.changes = changes;
    }

    @Override
    public Decision append(Decision decision) {
        try {
            return log.append(decision);
        } finally {
            changes.changed(); // also when the append failed part-way: a needless recomputation costs nothing wrong
        }
    }

    @Override
    public List<Decision> all() {
        return log.all();
    }

    @Override
    public void close() {
        log.close();
    }
}
