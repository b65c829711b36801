package dyad.extract.events;

import dyad.model.EventDate;
import dyad.nlp.Sentence;

/** Dates the act a trigger names; the document-level date state lives behind it. */
@FunctionalInterface
public interface EventDating {
    EventDate dateFor(Sentence sentence, int trigger, boolean presentTense);
}
