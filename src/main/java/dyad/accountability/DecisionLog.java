package dyad.accountability;

import java.util.List;

/** The append-only audit log of decisions people made about letters. */
public interface DecisionLog extends AutoCloseable {

    /** Stores a decision and returns it with its number in the log. */
    Decision append(Decision decision);

    /** Every decision, in the order they were made. */
    List<Decision> all();

    @Override
    void close();
}
