package dyad.extract.relations;

import dyad.model.Actor;
import java.util.ArrayList;
import java.util.List;

/**
 * An actor named at words [first, last] of a sentence; {@code state} when it is a state acting
 * as a state (government or armed forces), whose country then takes part in relations. Others
 * (the EU, companies) still stand in lists ("the United States, the EU and Canada").
 */
record Named(String country, int first, int last, boolean state) {

    /** The named actors of a sentence, in order. */
    static List<Named> of(Words words, List<Actor> actors) {
        List<Named> out = new ArrayList<>();
        for (Actor a : actors) {
            if (a.start() == null) {
                continue;
            }
            int first = words.indexAt(a.start());
            int last = first;
            while (last + 1 < words.size() && words.get(last + 1).start() < a.end()) {
                last++;
            }
            if (first < words.size()) {
                boolean state = a.country() != null && a.org() == null && a.role().actsForState();
                out.add(new Named(a.country(), first, last, state));
            }
        }
        out.sort((x, y) -> x.first() != y.first() ? x.first() - y.first() : y.last() - x.last());
        return out;
    }

    /** Only the states. */
    static List<Named> states(List<Named> named) {
        return named.stream().filter(Named::state).toList();
    }
}
