package dyad.extract.events;

import dyad.model.EventDate;
import dyad.nlp.Sentence;

/** Dates the act a trigger names; the document-level date state lives behind it. */
@FunctionalInterface
public interface EventDating {
    EventDate dateFor(Sentence sentence, int trigger, boolean presentTense);

    /**
     * The date of what the trigger takes up again, also when the date belongs to its object ("reiterate the calls in
     * our letter of 2 May": 2 May); by default the act's own date.
     */
    default EventDate referredDate(Sentence sentence, int trigger) {
        return dateFor(sentence, trigger, false);
    }
}
