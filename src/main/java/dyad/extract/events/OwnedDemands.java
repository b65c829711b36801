package dyad.extract.events;

import dyad.extract.actors.Mention;
import dyad.model.Event;
import dyad.model.Modality;
import dyad.model.PloverType;
import dyad.nlp.Arc;
import dyad.nlp.Sentence;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A demand told as a noun its maker owns is the owner's REQUEST, addressed to whoever the
 * sentence sets before it:
 * <ul>
 * <li>"Peru rejected Chile's demand for an apology", "turned down a proposal by Bolivia to …":
 * the owner asked the one who rejects it (the rejection itself is the REJECT trigger's event);</li>
 * <li>"Norway sent troops at the request of the government in Reykjavik": the owner asked the
 * clause's subject;</li>
 * <li>"demands from Chad and Niger that it sign": the owner asked the subject of the demanded
 * clause;</li>
 * <li>"Ghana pressed ahead despite demands from Togo": the owner asked the clause's subject, who
 * rejected the demand.</li>
 * </ul>
 * Nouns come from {@code @demand-noun} and {@code @behest-noun} (events/word-sets.tsv). A demand
 * noun that is itself a trigger ("Gambia's call for a ceasefire") is told here, with its addressee,
 * instead of by the trigger's own frame: {@link #told()} names such tokens.
 */
final class OwnedDemands {

    private static final Set<String> OWNER_PREPS = Set.of("by", "from");
    private static final Set<String> BEHEST_PREPS = Set.of("at", "on", "upon");
    private static final Set<String> REJECTED = Set.of("obj", "nsubj:pass");
    /** How a "that" clause hangs on the demand noun (or, misparsed, on its verb). */
    private static final Set<String> CLAUSES = Set.of("acl", "ccomp", "dep");

    private final List<Event> events = new ArrayList<>();
    private final Set<Integer> told = new HashSet<>();

    private OwnedDemands() {
    }

    static OwnedDemands find(TriggerLexicon lexicon, String docId, String text, Sentence s,
                             List<TriggerMatcher.Fired> fired, List<ArgumentFinder.Frame> frames,
                             List<Mention> mentions, EventDating dating) {
        OwnedDemands out = new OwnedDemands();
        for (int k = 0; k < fired.size(); k++) {
            if (fired.get(k).rule().type() == PloverType.REJECT) {
                for (int noun : rejectedNouns(s, fired.get(k).token(), lexicon)) {
                    out.ask(docId, text, s, noun, owners(s, noun, mentions, OWNER_PREPS), frames.get(k).sources(),
                            fired, dating);
                }
            }
        }
        for (int i = 0; i < s.tokens().size(); i++) {
            if (out.told.contains(i) || !s.token(i).isNoun()) {
                continue;
            }
            String lemma = s.token(i).lemma();
            Arc head = s.head(i);
            if (lexicon.isBehestNoun(lemma) && head != null && BEHEST_PREPS.contains(Phrases.preposition(s, i))
                    && s.token(head.governor()).isVerb()) {
                out.ask(docId, text, s, i, owners(s, i, mentions, Set.of("of", "by", "from")),
                        Subjects.of(s, head.governor(), mentions, lexicon), fired, dating);
            } else if (lexicon.isDemandNoun(lemma) && head != null && "despite".equals(Phrases.preposition(s, i))) {
                out.defied(docId, text, s, i, owners(s, i, mentions, OWNER_PREPS), Subjects.of(s, head.governor(), mentions, lexicon),
                        fired, dating);
            } else if (lexicon.isDemandNoun(lemma)) {
                List<Mention> owners = owners(s, i, mentions, OWNER_PREPS);
                out.ask(docId, text, s, i, owners, owners.isEmpty() ? List.of() : askedClauseSubject(s, i, mentions), fired,
                        dating);
            }
        }
        return out;
    }

    List<Event> events() {
        return events;
    }

    /** Tokens of demand nouns told here, whose own trigger event must not be told again. */
    Set<Integer> told() {
        return told;
    }

    private void ask(String docId, String text, Sentence s, int noun, List<Mention> owners, List<Mention> addressees,
                     List<TriggerMatcher.Fired> fired, EventDating dating) {
        if (owners.isEmpty() || addressees.isEmpty()) {
            return;
        }
        String mode = fired.stream().filter(f -> f.token() == noun && f.rule().type() == PloverType.REQUEST)
                .map(f -> f.rule().mode()).findFirst().orElse("change");
        for (Mention owner : Phrases.parties(owners)) {
            for (Mention addressee : Phrases.parties(addressees)) {
                if (owner.actor().sameBody(addressee.actor()) || EventExtractor.sameState(owner.actor(), addressee.actor())) {
                    continue;
                }
                events.add(new Event(docId, PloverType.REQUEST, mode, owner.actor(), addressee.actor(),
                        dating.dateFor(s, noun, EventTense.present(s, noun)), Modality.ASSERTED,
                        EventExtractor.evidence(text, s)));
                told.add(noun);
            }
        }
    }

    /** "pressed ahead despite demands from Chad": the owner's REQUEST, and the defier's REJECT of it. */
    private void defied(String docId, String text, Sentence s, int noun, List<Mention> owners, List<Mention> defiers,
                        List<TriggerMatcher.Fired> fired, EventDating dating) {
        int before = events.size();
        ask(docId, text, s, noun, owners, defiers, fired, dating);
        for (Event request : List.copyOf(events.subList(before, events.size()))) {
            events.add(new Event(docId, PloverType.REJECT, null, request.target(), request.source(), request.date(),
                    Modality.ASSERTED, request.evidence()));
        }
    }

    /** "rejected Chile's demand", "Chile's demand was rejected", "the rejection of Chile's demand", and their conjuncts. */
    private static List<Integer> rejectedNouns(Sentence s, int trigger, TriggerLexicon lexicon) {
        List<Integer> out = new ArrayList<>();
        for (Arc a : s.children(trigger)) {
            boolean object = REJECTED.contains(a.relation())
                    || s.token(trigger).isNoun() && a.baseRelation().equals("nmod") && "of".equals(Phrases.preposition(s, a.dependent()));
            if (object && lexicon.isDemandNoun(s.token(a.dependent()).lemma())) {
                out.add(a.dependent());
                s.children(a.dependent()).stream().filter(c -> c.relation().equals("conj"))
                        .filter(c -> lexicon.isDemandNoun(s.token(c.dependent()).lemma())).forEach(c -> out.add(c.dependent()));
            }
        }
        return out;
    }

    /** "Chile's demand", "a proposal by Bolivia", "demands from Chad and Niger": who made the demand. */
    private static List<Mention> owners(Sentence s, int noun, List<Mention> mentions, Set<String> preps) {
        List<Mention> out = new ArrayList<>();
        for (Arc a : s.children(noun)) {
            boolean owner = a.relation().equals("nmod:poss")
                    || a.baseRelation().equals("nmod") && preps.contains(Phrases.preposition(s, a.dependent()));
            if (owner) {
                out.addAll(Phrases.agentsUnder(s, a.dependent(), mentions));
            }
        }
        return out;
    }

    /**
     * "demands from Chad that it sign a deal": the subject of the clause the demand asks for, hung on the
     * noun or, when the parse moved it up, on the noun's verb right after the noun.
     */
    private static List<Mention> askedClauseSubject(Sentence s, int noun, List<Mention> mentions) {
        List<Mention> own = thatClauseSubject(s, noun, noun, mentions);
        Arc head = s.head(noun);
        return !own.isEmpty() || head == null ? own : thatClauseSubject(s, head.governor(), noun, mentions);
    }

    private static List<Mention> thatClauseSubject(Sentence s, int head, int noun, List<Mention> mentions) {
        for (Arc a : s.children(head)) {
            if (!CLAUSES.contains(a.baseRelation())) {
                continue;
            }
            boolean that = s.children(a.dependent()).stream().anyMatch(c -> c.relation().equals("mark") && c.dependent() > noun
                    && s.token(c.dependent()).lemma().equalsIgnoreCase("that"));
            for (Arc c : s.children(a.dependent())) {
                if (that && c.relation().equals("nsubj")) {
                    return Phrases.agentsUnder(s, c.dependent(), mentions);
                }
            }
        }
        return List.of();
    }
}
