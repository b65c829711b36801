package dyad.extract.events;

import dyad.extract.actors.EntryKind;
import dyad.extract.actors.Mention;
import dyad.nlp.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * "Spain and Italy expelled four diplomats; Portugal three; Malta two": after a semicolon, a part
 * with no verb of its own that names states and a count repeats the act for them (the verb is
 * gapped), so they act too.
 */
final class GappedParties {

    private static final Set<EntryKind> NAMED = Set.of(EntryKind.COUNTRY, EntryKind.CAPITAL, EntryKind.ORGANIZATION);

    private GappedParties() {
    }

    /** The states named in the verbless, counted parts after the verb's clause, in order. */
    static List<Mention> after(Sentence s, int verb, List<Mention> mentions) {
        List<Mention> out = new ArrayList<>();
        int start = -1;
        for (int i = verb + 1; i < s.tokens().size(); i++) {
            if (s.token(i).word().equals(":")) { // "…sanctioned three states: Iran; Syria; and Cuba" lists whom
                return List.of();
            }
            if (s.token(i).word().equals(";")) {
                if (start >= 0) {
                    out.addAll(part(s, start, i, mentions));
                }
                start = i + 1;
            }
        }
        if (start >= 0) {
            out.addAll(part(s, start, s.tokens().size(), mentions));
        }
        return out;
    }

    private static List<Mention> part(Sentence s, int from, int to, List<Mention> mentions) {
        boolean counted = false;
        for (int i = from; i < to; i++) {
            if (s.token(i).isVerb()) {
                return List.of();
            }
            counted |= s.token(i).pos().equals("CD");
        }
        if (!counted) {
            return List.of();
        }
        int first = from;
        return mentions.stream().filter(m -> m.first() >= first && m.last() < to && m.resolved() && NAMED.contains(m.kind()))
                .toList();
    }
}
