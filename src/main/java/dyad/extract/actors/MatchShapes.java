package dyad.extract.actors;

import dyad.model.Role;
import dyad.nlp.Sentence;
import dyad.nlp.Token;
import java.util.Set;

/**
 * Where a gazetteer match sits in its sentence decides whether it names an actor: a place glued to
 * another name, a state adjective on a noun, a role cue used as a common noun or an adjective, a
 * demonym in the plural, an owner after "of", people in a place.
 */
final class MatchShapes {

    private static final Set<String> GENERIC_PLURALS = Set.of("governments", "countries", "nations", "states", "regimes");

    private MatchShapes() {
    }

    /** A place name with a capitalised proper noun right before or after it belongs to a longer name. */
    static boolean gluedToAnotherName(Sentence s, BaseMatcher.Match m) {
        boolean before = m.first() > 0 && s.token(m.first() - 1).pos().equals("NNP") && s.token(m.first() - 1).isCapitalized();
        boolean after = m.last() + 1 < s.tokens().size() && s.token(m.last() + 1).pos().equals("NNP")
                && s.token(m.last() + 1).isCapitalized();
        return before || after;
    }

    /**
     * "Canadian foreign policy", "U.S. and Canadian efforts": a state adjective on a noun
     * stands for the state when that noun is its act; whether it is a participant is the
     * event rules' decision (they read such modifiers only on event nouns).
     */
    static boolean qualifiesNoun(Sentence s, BaseMatcher.Match m) {
        for (int i = m.last() + 1; i < s.tokens().size() && i <= m.last() + 3; i++) {
            String pos = s.token(i).pos();
            if (pos.startsWith("NN")) {
                return true;
            }
            if (!(pos.startsWith("JJ") || pos.equals("CC") || pos.equals(","))) {
                return false;
            }
        }
        return false;
    }

    /** "joint military exercises": a one-word cue used as an adjective names a kind of thing, not a body. */
    static boolean adjectival(Sentence s, BaseMatcher.Match m) {
        return m.first() == m.last() && s.token(m.first()).pos().startsWith("JJ");
    }

    /** Collective bodies that news names without a determiner: "police opened fire". */
    private static final Set<String> BARE_BODIES = Set.of("police");

    /** "control, administration or appropriation": a singular cue with no determiner is a common noun. */
    static boolean notAGenericCue(Sentence s, BaseMatcher.Match m) {
        if (m.first() > 0 && s.token(m.first() - 1).pos().startsWith("NNP")
                && Character.isUpperCase(s.token(m.first()).word().charAt(0))) {
            return true; // "the Rapid Support Forces": part of a name we do not know, not the generic cue
        }
        if (m.first() > 0 && s.token(m.first() - 1).pos().startsWith("JJ")
                && Character.isUpperCase(s.token(m.first() - 1).word().charAt(0))) {
            return true; // "European companies", "Western diplomats": placed by a word that names no state
        }
        if (m.first() == m.last() && GENERIC_PLURALS.contains(s.token(m.first()).word().toLowerCase(java.util.Locale.ROOT))
                && (m.first() == 0 || !Set.of("DT", "PRP$", "POS", "CD").contains(s.token(m.first() - 1).pos()))) {
            return true; // "governments that agree on nothing else": states in general, not one state's
        }
        if (m.first() != m.last() || !s.token(m.first()).pos().equals("NN")) {
            return false;
        }
        if (BARE_BODIES.contains(s.token(m.first()).word().toLowerCase(java.util.Locale.ROOT))) {
            dyad.nlp.Arc head = s.head(m.first());
            return head != null && head.relation().equals("compound"); // "police killed 30", not "a police station"
        }

        if (m.first() == 0) {
            return false;
        }
        String before = s.token(m.first() - 1).pos();
        return !(before.equals("DT") || before.equals("PRP$") || before.equals("POS") || before.startsWith("JJ"));
    }

    /** "Venezuelans" names the people; "Venezuelan" alone only qualifies a noun. */
    static boolean demonymPlural(Sentence s, BaseMatcher.Match m) {
        Token t = s.token(m.last());
        return t.pos().equals("NNPS") || t.pos().equals("NNS") || t.word().endsWith("ans") || t.word().endsWith("ers");
    }

    /** "of" right after the cue, then the owner, a determiner between them or not ("staff of the Russian embassy"). */
    static boolean ownerAfterOf(Sentence s, BaseMatcher.Match cue, BaseMatcher.Match owner) {
        int of = cue.last() + 1;
        return of < s.tokens().size() && s.token(of).lemma().equals("of")
                && (owner.first() == of + 1 || owner.first() == of + 2 && s.token(of + 1).pos().equals("DT"));
    }

    /**
     * "Demonstrators in Baghdad", "students throughout Indonesia": people (not officials: "the
     * ambassador in Paris" is not France's) belong to the state they are in.
     */
    static boolean peopleInPlace(Sentence s, BaseMatcher.Match cue, BaseMatcher.Match place) {
        int in = cue.last() + 1;
        return PEOPLE.contains(cue.entry().role()) && place.first() == in + 1
                && (place.entry().kind() == EntryKind.COUNTRY || place.entry().kind() == EntryKind.CAPITAL)
                && PLACE_PREPOSITIONS.contains(s.token(in).lemma());
    }

    private static final Set<Role> PEOPLE = Set.of(Role.CVL, Role.CSO, Role.OPP);
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "throughout", "across");
}
