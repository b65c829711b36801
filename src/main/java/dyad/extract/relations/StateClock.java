package dyad.extract.relations;

import dyad.model.EventDate;

/** Dates what a sentence states at a character offset, as the events of that sentence are dated. */
@FunctionalInterface
public interface StateClock {

    /**
     * @param offset  where in the document the state is stated
     * @param present whether it is told in the present: without an explicit date, the document date
     */
    EventDate at(int offset, boolean present);
}
