package dyad.extract;

import dyad.extract.relations.RelationDeriver;
import dyad.extract.stage.Stage;
import dyad.extract.stage.Work;
import java.util.List;

/** The relation states of each pair of states over time: from their acts, and from what sentences state outright. */
final class RelationStage extends Stage {

    private final RelationDeriver relations;

    RelationStage(RelationDeriver relations) {
        super("relations", List.of(Slots.EVENTS, Slots.STATEMENTS), List.of(Slots.RELATIONS));
        this.relations = relations;
    }

    @Override
    public void run(Work work) {
        RelationStatements statements = work.get(Slots.STATEMENTS);
        work.put(Slots.RELATIONS, List.copyOf(relations.derive(work.get(Slots.EVENTS), statements.stated(),
                statements.listed(), statements.told(), work.document().date())));
    }
}
