package dyad.extract.actors;

import dyad.model.Actor;
import dyad.model.Role;
import dyad.nlp.Arc;
import dyad.nlp.Sentence;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Who "it" and "its" stand for: a state, government or body (never a person). A pronoun
 * leans on the subject of its own clause or of the clauses above it ("Russia said it would
 * expel…", "urged Iraq to withdraw its troops": Iraq, the subject of "withdraw"), else on the
 * nearest such actor before it, else on what the last sentences were about ("It also
 * threatened…"). "It is clear that…" stands for no one. Also what other cues of a sentence lean on:
 * "they" on the plural group before it, "the country" on the state the sentence is about, unplaced
 * people on the place their sentence happens in.
 */
final class Antecedents {

    private static final Set<String> EXPLETIVE_VERBS = Set.of("be", "seem", "appear", "remain", "take", "matter",
            "happen", "emerge", "follow", "rain");
    private static final int CLAUSES_UP = 4;
    private static final Set<String> PREPOSITION_TAGS = Set.of("IN", "TO");
    private static final java.util.regex.Pattern PLURAL_NOUN = java.util.regex.Pattern.compile("[a-z]{2}[^s]s$");
    private static final Set<EntryKind> PLACE_KINDS = java.util.EnumSet.of(EntryKind.COUNTRY, EntryKind.CAPITAL, EntryKind.PLACE);
    private static final Set<String> IN_PLACE = Set.of("in", "inside", "across", "throughout");

    private Antecedents() {
    }

    /** Whether the token is an "it" that introduces a clause rather than naming something ("it is likely that"). */
    static boolean expletive(Sentence s, int token) {
        if (!s.token(token).word().equalsIgnoreCase("it") || token + 1 >= s.tokens().size()) {
            return false;
        }
        String next = s.token(token + 1).lemma().toLowerCase(java.util.Locale.ROOT);
        if (next.equals("'s")) {
            next = "be";
        }
        return EXPLETIVE_VERBS.contains(next);
    }

    /**
     * The mention "it"/"its" at {@code pronoun} refers to, among the already resolved mentions of
     * the sentence before it; null when none fits (the caller falls back on the discourse topic).
     */
    static Mention inSentence(Sentence s, int pronoun, List<Mention> before) {
        if (s.parsed()) {
            int node = pronoun;
            for (int up = 0; up < CLAUSES_UP; up++) {
                int verb = clauseHead(s, node);
                if (verb < 0) {
                    break;
                }
                Mention subject = subjectOf(s, verb, pronoun, before);
                if (subject != null) {
                    return subject;
                }
                node = verb;
            }
        }
        for (int i = before.size() - 1; i >= 0; i--) {
            if (fits(before.get(i)) && before.get(i).last() < pronoun) {
                return before.get(i);
            }
        }
        return null;
    }

    /** Whether a resolved mention can be what "it" names: a state, government or body, not a person or a people. */
    static boolean fits(Mention m) {
        return m.actor() != null && m.resolved() && m.kind() != EntryKind.PERSON && m.actor().role() != Role.CVL
                && !"pronoun".equals(m.office()) && !Discourse.personal(m)
                && !m.actor().text().toLowerCase(java.util.Locale.ROOT).startsWith("they");
    }

    /** The nearest verb (or predicate) above the token, or -1. */
    private static int clauseHead(Sentence s, int token) {
        Arc head = s.head(token);
        while (head != null) {
            int gov = head.governor();
            if (s.token(gov).isVerb() || s.children(gov).stream().anyMatch(a -> a.relation().startsWith("nsubj"))) {
                return gov;
            }
            head = s.head(gov);
        }
        return -1;
    }

    /** The resolved mention heading the subject of {@code verb} (controlled subjects included), if not the pronoun. */
    private static Mention subjectOf(Sentence s, int verb, int pronoun, List<Mention> before) {
        for (Arc a : s.graphChildren(verb)) {
            if (!a.relation().startsWith("nsubj") || a.dependent() == pronoun) {
                continue;
            }
            for (Mention m : before) {
                if (fits(m) && m.covers(a.dependent())) {
                    return m;
                }
            }
        }
        return null;
    }

    /**
     * "the Trudeau government's approach to Venezuela, as the country refused …": "the country"
     * is the state the sentence is about — the nearest one named before it that is no
     * preposition's object ("to Venezuela" is the approach's aim, not its topic).
     */
    static Mention topicBefore(List<Mention> sentenceSoFar, Mention cue, dyad.nlp.Sentence s) {
        for (int i = sentenceSoFar.size() - 1; i >= 0; i--) {
            Mention m = sentenceSoFar.get(i);
            Actor a = m.actor();
            boolean afterPreposition = m.first() > 0 && PREPOSITION_TAGS.contains(s.token(m.first() - 1).pos());
            if (m.last() < cue.first() && a.country() != null && a.role() == Role.GOV && !afterPreposition
                    && m.kind() != EntryKind.PERSON && !"pronoun".equals(m.office()) && !Discourse.personal(m)) {
                return m;
            }
        }
        return null;
    }

    /** The last plural role phrase of the sentence so far ("officials", "the authorities"), or null. */
    static Mention pluralGroupBefore(List<Mention> sentenceSoFar) {
        for (int i = sentenceSoFar.size() - 1; i >= 0; i--) {
            Mention m = sentenceSoFar.get(i);
            if (m.kind() == EntryKind.ROLE_CUE && (m.actor().country() != null || m.actor().org() != null)
                    && !"pronoun".equals(m.office())
                    && !Discourse.personal(m) && PLURAL_NOUN.matcher(m.actor().org() != null && m.office() != null ? m.office() : m.actor().text()).find()) {
                return m;
            }
        }
        return null;
    }

    /**
     * "Protesters burned flags … in Kinshasa", "Armed men seized buildings in Donetsk": people of no
     * state named beside them are of the place their sentence happens in, before the state named last.
     */
    static java.util.Optional<String> placeOf(dyad.nlp.Sentence s, List<Mention> wholeSentence) {
        return wholeSentence.stream()
                .filter(x -> x.actor().country() != null && x.first() > 0 && PLACE_KINDS.contains(x.kind())
                        && IN_PLACE.contains(s.token(x.first() - 1).word().toLowerCase(Locale.ROOT)))
                .map(x -> x.actor().country()).findFirst();
    }
}
