package dyad.extract;

import dyad.model.EventDate;
import dyad.model.Relation;
import java.util.List;
import java.util.Map;

/**
 * What a document says outright of relation states, sentence by sentence.
 *
 * @param stated relation states a sentence states of the document's main pair ("ties remain frozen")
 * @param listed relation states a sentence lists for named states ("the embassies of X and Y are closed")
 * @param told   the date each sentence tells, by the sentence's start offset ({@link EventDate#UNKNOWN} if none)
 */
public record RelationStatements(List<Relation> stated, List<Relation> listed, Map<Integer, EventDate> told) {

    public RelationStatements {
        stated = List.copyOf(stated);
        listed = List.copyOf(listed);
        told = Map.copyOf(told);
    }
}
