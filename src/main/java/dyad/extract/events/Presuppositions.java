package dyad.extract.events;

import dyad.extract.actors.TsvTable;
import dyad.model.Event;
import dyad.model.EventDate;
import dyad.model.Modality;
import dyad.model.PloverType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The acts a reversal presupposes ({@code events/presupposed.tsv}): "Japan lifted the tariffs it
 * had imposed on Korea" tells that Japan had imposed them, "urged Chile to reopen its borders with
 * Peru" that Chile closed them. The presupposed act has the reversal's parties, is asserted
 * whatever the reversal's modality (a refused or demanded lifting still tells of the sanctions),
 * and its date is not told.
 */
final class Presuppositions {

    static final String RESOURCE = "/dyad/lexicon/events/presupposed.tsv";

    private record Rule(PloverType type, String mode, List<String> lemmas, PloverType presupposed, String presupposedMode) {
        boolean matches(PloverType t, String m, String lemma) {
            return type == t && Objects.equals(mode, m) && (lemmas.isEmpty() || lemmas.contains(lemma));
        }
    }

    private final List<Rule> rules = new ArrayList<>();

    private Presuppositions() {
    }

    static Presuppositions load() {
        Presuppositions p = new Presuppositions();
        for (TsvTable.Row row : TsvTable.read(RESOURCE, 6)) {
            String where = row.resource() + " line " + row.line();
            p.rules.add(new Rule(PloverType.parse(row.cell(0), where), mode(row.cell(1)),
                    row.list(2).stream().map(w -> w.toLowerCase(Locale.ROOT)).toList(),
                    PloverType.parse(row.cell(3), where), mode(row.cell(4))));
        }
        return p;
    }

    private static String mode(String cell) {
        return cell.isEmpty() ? null : cell;
    }

    /** Whether a trigger of this type, mode and lemma presupposes an act. */
    boolean applies(PloverType type, String mode, String lemma) {
        String l = lemma.toLowerCase(Locale.ROOT);
        return rules.stream().anyMatch(r -> r.matches(type, mode, l));
    }

    /** The act the reversal {@code e}, fired by a trigger of {@code lemma}, presupposes; empty if none. */
    Optional<Event> of(Event e, String lemma) {
        String l = lemma.toLowerCase(Locale.ROOT);
        return rules.stream().filter(r -> r.matches(e.type(), e.mode(), l)).findFirst()
                .map(r -> new Event(e.doc(), r.presupposed(), r.presupposedMode(), e.source(), e.target(),
                        EventDate.UNKNOWN, Modality.ASSERTED, e.evidence()));
    }

    int size() {
        return rules.size();
    }
}
