package dyad.extract;

import dyad.model.Actor;
import dyad.model.Letter;
import dyad.model.Role;
import java.util.List;

/** A letter's "we". */
final class Signatories {

    private Signatories() {
    }

    /** Its signatories as one body, of their state when they all come from one, else of none. */
    static Actor of(Letter l) {
        if (l.authors().isEmpty()) {
            return new Actor(null, null, null, "Signatories", null, null, Role.CSO);
        }
        List<String> countries = l.authors().stream().map(Actor::country).filter(c -> c != null).distinct().toList();
        String name = String.join(" and ", l.authors().stream().map(Actor::name).toList());
        return new Actor(null, null, null, name, countries.size() == 1 ? countries.get(0) : null, null, Role.CSO);
    }
}
