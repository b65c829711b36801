package dyad.extract.events;

import dyad.extract.actors.Mention;
import dyad.model.PloverType;
import dyad.nlp.Arc;
import dyad.nlp.Sentence;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Who takes part, beyond what {@link ArgumentFinder} reads off one trigger: mutual acts, agents
 * shared by conjoined triggers, an event noun absorbed by its verb, quotations that keep their
 * own parties, and "their" on a thing that is the agents' own.
 */
final class EventParties {

    private static final Set<String> QUOTE_MARKS = Set.of("\"", "``", "''", "“", "”");

    private EventParties() {
    }

    /**
     * "Canada hosted a Lima Group meeting": a verb whose object names the same kind of act is
     * one event; the participants named on the noun ("Lima Group") are the verb's targets.
     * Returns the indexes of the absorbed noun triggers; the verb's frame is updated in place.
     */
    static Set<Integer> absorbEventObjects(Sentence s, List<TriggerMatcher.Fired> fired,
                                                   List<ArgumentFinder.Frame> frames) {
        Set<Integer> absorbed = new HashSet<>();
        for (int v = 0; v < fired.size(); v++) {
            TriggerMatcher.Fired verb = fired.get(v);
            if (!s.token(verb.token()).isVerb() || !frames.get(v).targets().isEmpty()) {
                continue;
            }
            for (int n = 0; n < fired.size(); n++) {
                TriggerMatcher.Fired noun = fired.get(n);
                Arc head = s.head(noun.token());
                if (n != v && head != null && head.governor() == verb.token() && head.relation().equals("obj")
                        && noun.rule().type() == verb.rule().type()) {
                    ArgumentFinder.Frame vf = frames.get(v);
                    List<Mention> named = frames.get(n).sources().stream()
                            .filter(m -> vf.sources().stream().noneMatch(x -> x.actor().sameBody(m.actor()))).toList();
                    frames.set(v, vf.withParties(vf.sources(), named));
                    absorbed.add(n);
                }
            }
        }
        return absorbed;
    }

    /**
     * Parties of a symmetric act: "talks between A and B", "the two governments held talks"
     * (but "Ottawa and Washington's overtures" are each aimed at a third party).
     */
    static List<Mention> mutualParties(PloverType type, String mode, ArgumentFinder.Frame frame, Sentence s, int trigger,
                                       boolean mutualAct) {
        if (!frame.mutual().isEmpty()) {
            return frame.mutual();
        }
        if (frame.sources().stream().map(Mention::partyKey).distinct().count() > 1 && eachOther(s, trigger)) {
            return frame.sources(); // "Armenia and Azerbaijan accused each other", "each side blamed the other"
        }
        if ((type == PloverType.AGREE || type == PloverType.CONSULT) && s.token(trigger).isNoun() && !frame.sources().isEmpty()
                && !frame.targets().isEmpty() && frame.targets().stream().allMatch(t -> withPhraseOf(s, trigger, t))) {
            List<Mention> both = new ArrayList<>(frame.sources()); // "the government's agreement with the opposition"
            both.addAll(frame.targets());
            return both;
        }
        List<Mention> sources = frame.sources();
        boolean onePluralPhrase = sources.size() > 1 && sources.stream().allMatch(m -> m.first() == sources.get(0).first());
        // "Lithuania and Taiwan agreed", "X and Y met": two parties doing together what needs two (not "X and Y sent
        // envoys", nor "Ottawa and Washington's overtures", which reach out to a third)
        boolean pair = sources.size() == 2 && !java.util.Objects.equals(sources.get(0).partyKey(), sources.get(1).partyKey())
                && s.token(trigger).isVerb() && !(type == PloverType.CONSULT && "visit".equals(mode));
        // "a truce signed by A, B and C": the signatories agree with one another
        boolean signatories = type == PloverType.AGREE && s.token(trigger).pos().equals("VBN")
                && sources.stream().map(Mention::partyKey).distinct().count() > 1;
        return (type.reciprocal() || mutualAct) && frame.targets().isEmpty() && (onePluralPhrase || pair || signatories)
                ? sources : List.of();
    }

    private static final Set<String> EACH_OTHER = Set.of("each other", "one another", "the other", "the other side");

    /** The act's object is its subjects themselves: "each other", "one another", "the other". */
    private static boolean eachOther(Sentence s, int trigger) {
        for (Arc a : s.children(trigger)) {
            if (!(a.relation().equals("obj") || a.baseRelation().equals("obl"))) {
                continue;
            }
            String phrase = s.subtree(a.dependent()).stream().sorted()
                    .filter(i -> s.head(i) == null || !s.head(i).relation().equals("case")) // "blamed on each other"
                    .map(i -> s.token(i).word().toLowerCase(java.util.Locale.ROOT)).reduce((x, y) -> x + " " + y).orElse("");
            if (EACH_OTHER.contains(phrase)) {
                return true;
            }
        }
        return false;
    }

    /** "fought a war", "clashed": the act has no object but its own name ("fought the rebels" has one). */
    static boolean noOtherObject(Sentence s, int trigger, TriggerLexicon lexicon) {
        return s.children(trigger).stream().noneMatch(a -> a.relation().equals("obj")
                && !lexicon.isMutualAct(s.token(a.dependent()).lemma()));
    }

    /** "agreement with the opposition" (but "intelligence sharing with the U.S." flows one way): the mention heads a with-phrase on the trigger noun. */
    private static boolean withPhraseOf(Sentence s, int trigger, Mention m) {
        Arc head = s.head(m.last());
        return head != null && head.governor() == trigger && "with".equals(Phrases.preposition(s, m.last()));
    }

    /**
     * Where a peaceful act takes place is no party to it ("agreed in Luanda to a ceasefire"); force and protest
     * are aimed at a place, and a visit's place is its host ("arrived in Amman").
     */
    private static final Set<PloverType> AIMED_AT_PLACES = EnumSet.of(PloverType.ASSAULT, PloverType.COERCE,
            PloverType.MOBILIZE, PloverType.CONSULT, PloverType.PROTEST, PloverType.THREATEN);
    private static final Set<String> VENUE_PREPS = Set.of("in", "at", "inside", "near");
    private static final Set<String> FORUM_PREPS = Set.of("with", "to", "before", "at", "in");

    /** The frame without the places where a peaceful act happens ("held talks in Mombasa", "met in Luanda"). */
    static ArgumentFinder.Frame withoutVenues(Sentence s, ArgumentFinder.Frame frame, PloverType type,
                                              TriggerLexicon lexicon) {
        boolean meetingOfSeveral = type == PloverType.CONSULT && frame.sources().size() > 1;
        boolean aimedAtPlaces = AIMED_AT_PLACES.contains(type) && !meetingOfSeveral;
        List<Mention> targets = frame.targets().stream()
                .filter(t -> aimedAtPlaces || !isVenue(s, t))
                .filter(t -> type != PloverType.ACCUSE || !isForum(s, t, lexicon)).toList();
        List<Mention> sources = type != PloverType.ACCUSE ? frame.sources()
                : frame.sources().stream().filter(t -> !isForum(s, t, lexicon)).toList();
        return targets.size() == frame.targets().size() && sources.size() == frame.sources().size() ? frame
                : frame.withParties(sources, targets);
    }

    /**
     * "filed a complaint with the WTO", "took Iran to the International Court of Justice": the court a case
     * goes to is where it is heard; the case is against someone else.
     */
    private static boolean isForum(Sentence s, Mention party, TriggerLexicon lexicon) {
        boolean courtNamed = party.actor().org() != null && lexicon.isForumWord(party.actor().org());
        for (int i = party.first(); i <= party.last(); i++) {
            courtNamed |= lexicon.isForumWord(s.token(i).word()) || lexicon.isForumWord(s.token(i).lemma());
        }
        Arc head = s.head(party.last());
        boolean modifier = head != null && head.relation().equals("compound"); // "a WTO complaint"
        return courtNamed && (modifier || FORUM_PREPS.contains(Phrases.preposition(s, party.last())));
    }

    private static boolean isVenue(Sentence s, Mention target) {
        dyad.extract.actors.EntryKind kind = target.kind();
        boolean place = kind == dyad.extract.actors.EntryKind.CAPITAL || kind == dyad.extract.actors.EntryKind.COUNTRY
                || kind == dyad.extract.actors.EntryKind.PLACE;
        return place && VENUE_PREPS.contains(Phrases.preposition(s, target.last()));
    }

    /**
     * "voices who support their revolutionary process", "in defence of their country": "their"
     * on a thing (not on an act) is the agents' own, whatever the discourse made of the pronoun.
     */
    static boolean isReflexive(Sentence s, Mention target, Set<Integer> triggerTokens) {
        int possessed = -1;
        if (target.first() == target.last() && isTheir(s, target.first())) {
            Arc head = s.head(target.first());
            possessed = head == null ? -1 : head.governor();
        } else {
            for (Arc a : s.children(target.last())) {
                if (a.relation().equals("nmod:poss") && isTheir(s, a.dependent())) {
                    possessed = target.last();
                }
            }
        }
        return possessed >= 0 && !triggerTokens.contains(possessed);
    }

    private static boolean isTheir(Sentence s, int token) {
        return s.token(token).word().equalsIgnoreCase("their");
    }

    /**
     * "affirmed “… the peaceful settlement of disputes …”": an act named by a quoted noun or
     * adjective takes its participants from the quotation, not from the sentence that quotes it
     * (a quoted verb often continues the quoting clause: "Canada, “not allowing even an office”").
     */
    static List<Mention> sameQuotation(Sentence s, int token, List<Mention> parties) {
        int[] quote = s.token(token).isVerb() ? null : quotation(s, token);
        if (quote == null) {
            return parties;
        }
        return parties.stream().filter(m -> m.first() > quote[0] && m.last() < quote[1]).toList();
    }

    /** The opening and closing quotation-mark tokens around {@code token}, or null when it is not quoted. */
    private static int[] quotation(Sentence s, int token) {
        int open = -1;
        for (int i = 0; i < s.tokens().size(); i++) {
            boolean mark = QUOTE_MARKS.contains(s.token(i).word());
            if (!mark) {
                continue;
            }
            if (open < 0) {
                open = i;
            } else {
                if (open < token && token < i) {
                    return new int[] {open, i};
                }
                open = -1;
            }
        }
        return null;
    }

    /**
     * "the attack on January 3 and the abduction of X": a conjoined trigger shares the first
     * one's agent, found through the parse or, when markup broke it, through the "and" that
     * joins two event nouns.
     */
    static List<Mention> conjoinedSources(Sentence s, int token, List<TriggerMatcher.Fired> fired,
                                                  List<ArgumentFinder.Frame> frames, List<Mention> mentions) {
        Arc head = s.head(token);
        for (int k = 0; k < fired.size(); k++) {
            if (head != null && head.relation().equals("conj") && fired.get(k).token() == head.governor()
                    && gerund(s, token) == gerund(s, head.governor())) { // "blamed X for sheltering … and promised": not X's promise
                return frames.get(k).sources();
            }
        }
        if (!joinedByAnd(s, token)) {
            return List.of();
        }
        if (!s.token(token).isNoun()) {
            return clauseSubject(s, mentions);
        }
        for (int k = fired.size() - 1; k >= 0; k--) {
            int other = fired.get(k).token();
            if (other < token && token - other <= 12 && s.token(other).isNoun() && !frames.get(k).sources().isEmpty()) {
                return frames.get(k).sources();
            }
        }
        return List.of();
    }

    private static boolean gerund(Sentence s, int token) {
        return s.token(token).pos().equals("VBG");
    }

    /** "They called for unity and expressed concern": the subject of the sentence's main verb. */
    private static List<Mention> clauseSubject(Sentence s, List<Mention> mentions) {
        for (Arc root : s.tree()) {
            if (root.governor() < 0) {
                for (Arc a : s.children(root.dependent())) {
                    if (a.relation().equals("nsubj")) {
                        return Phrases.agentsUnder(s, a.dependent(), mentions);
                    }
                }
            }
        }
        return List.of();
    }

    /** "and the abduction", "and the brutal abduction": an "and" before the noun phrase. */
    private static boolean joinedByAnd(Sentence s, int noun) {
        for (int i = noun - 1; i >= 0 && noun - i <= 4; i--) {
            String w = s.token(i).word().toLowerCase(java.util.Locale.ROOT);
            if (w.equals("and")) {
                return true;
            }
            String pos = s.token(i).pos();
            if (!(pos.equals("DT") || pos.startsWith("JJ") || pos.equals(",") || pos.equals("PRP$") || pos.startsWith("RB"))) {
                return false;
            }
        }
        return false;
    }
}
