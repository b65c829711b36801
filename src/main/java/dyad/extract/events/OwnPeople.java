package dyad.extract.events;

import dyad.extract.actors.Gazetteer;
import dyad.extract.actors.Mention;
import dyad.model.Actor;
import dyad.model.Role;
import dyad.model.Span;
import dyad.nlp.Arc;
import dyad.nlp.Sentence;
import dyad.model.PloverType;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * "Saudi Arabia executed 47 men", "Iranian police arrested dozens of suspects", "tried to
 * dissolve Congress": an act whose object is people or an institution named by a plain noun,
 * with no state of their own in the sentence, falls on the acting state's own people — not on
 * whichever foreign state the document is about.
 */
final class OwnPeople {

    /** Modifiers that belong to the people's noun phrase ("about a hundred political prisoners"). */
    private static final Set<String> PREMODIFIERS = Set.of("det", "amod", "nummod", "compound", "det:predet", "advmod");
    /** Clauses on the noun tell something else ("prisoners whose names Washington had listed"). */
    private static final Set<String> CLAUSES = Set.of("acl", "acl:relcl", "appos", "conj", "cc", "punct");

    /** Modes of acts done to persons, whose named object is a person ("arrested X", "freed X"). */
    private static final Set<String> PERSON_ACTS = Set.of("arrest", "release");
    private static final Set<String> DIRECT = Set.of("obj", "iobj", "nsubj:pass");

    private final TriggerLexicon lexicon;
    private final Gazetteer gazetteer;

    OwnPeople(TriggerLexicon lexicon, Gazetteer gazetteer) {
        this.lexicon = lexicon;
        this.gazetteer = gazetteer;
    }

    /** The acting state's own people the act falls on, mentioned as their noun phrase; empty if none. */
    Optional<Actor> target(String text, Sentence s, String mode, ArgumentFinder.Frame frame, List<Mention> mentions,
                           Actor source) {
        if (source.country() == null) {
            return Optional.empty();
        }
        for (int object : frame.objectHeads()) {
            int head = peopleOf(s, object);
            if (head < 0) {
                continue;
            }
            Optional<Role> role = lexicon.ownPeopleRole(s.token(head).lemma());
            if (role.isEmpty() && mode != null && PERSON_ACTS.contains(mode) && unknownName(s, head, mentions)) {
                role = Optional.of(Role.CVL); // "arrested Hafiz Saeed": a person no list knows
            }
            if (role.isEmpty()) {
                continue;
            }
            Optional<Mention> named = mentions.stream().filter(m -> m.covers(head)).findFirst();
            if (named.isPresent()) { // "released 53 political prisoners": people the mentions already know
                Actor people = named.get().actor();
                if (people != null && people.country() != null && !people.role().actsForState()) { // not its own envoy or forces
                    return Optional.of(people);
                }
                continue;
            }
            if (foreignInside(s, object, mentions, source.country())) {
                continue;
            }
            Span span = Span.of(text, s.token(leftEdge(s, object)).start(), s.token(head).end());
            return Optional.of(new Actor(span.text(), span.start(), span.end(), span.text(), source.country(), null,
                    role.get()));
        }
        return Optional.empty();
    }

    /** Acts a non-state actor aims at its own government when the sentence names no one else. */
    private static final Set<PloverType> AGAINST_OWN_GOVERNMENT = EnumSet.of(PloverType.PROTEST, PloverType.REQUEST,
            PloverType.THREATEN, PloverType.REJECT, PloverType.ACCUSE);
    /** Acts a state takes over its own people when the sentence names no one else. */
    private static final Set<PloverType> OVER_OWN_PEOPLE = EnumSet.of(PloverType.THREATEN, PloverType.COERCE);

    /**
     * "rebels demanded the president's removal", "the president threatened to ban opposition candidates":
     * with no other state anywhere in view, a domestic actor's act stays at home (opposition against its
     * government, a government over its people, "lifted the state of emergency").
     */
    Optional<Actor> atHome(PloverType type, Actor source, Sentence s, ArgumentFinder.Frame frame) {
        if (source.country() == null || source.org() != null) {
            return Optional.empty();
        }
        if (source.role().actsForState() && (OVER_OWN_PEOPLE.contains(type) || homeMeasure(s, frame))) {
            return Optional.of(gazetteer.peopleOf(source.country()));
        }
        if (!source.role().actsForState() && source.role() != Role.IGO && AGAINST_OWN_GOVERNMENT.contains(type)) {
            return Optional.of(gazetteer.government(source.country()));
        }
        return Optional.empty();
    }

    /** Acts complete without anyone they are aimed at: "the president resigned", "rebels surrendered", "agreed to resign". */
    private static final Set<PloverType> UNAIMED = EnumSet.of(PloverType.RETREAT, PloverType.AGREE);

    /** For an act that needs no one it is aimed at, an unnamed target of no state; empty for other acts. */
    static Optional<Actor> noOne(PloverType type) {
        return UNAIMED.contains(type) ? Optional.of(new Actor(null, null, null, null, null, null, Role.GOV)) : Optional.empty();
    }

    /** "imposed a curfew", "lifted the state of emergency": a measure a government takes at home. */
    private boolean homeMeasure(Sentence s, ArgumentFinder.Frame frame) {
        return frame.objectHeads().stream().flatMap(h -> s.subtree(h).stream())
                .anyMatch(t -> lexicon.isHomeMeasure(s.token(t).lemma()));
    }

    /** A proper name as the act's direct object that no mention covers. */
    private static boolean unknownName(Sentence s, int head, List<Mention> mentions) {
        Arc up = s.head(head);
        return s.token(head).pos().startsWith("NNP") && up != null && DIRECT.contains(up.relation())
                && mentions.stream().noneMatch(m -> m.covers(head));
    }

    /** The people's noun: the object itself, or the noun after "of" in "dozens of suspects"; -1 if none. */
    private int peopleOf(Sentence s, int object) {
        if (!s.token(object).isNoun()) {
            return -1;
        }
        if (!lexicon.isQuantityWord(s.token(object).word())) {
            return object;
        }
        return s.children(object).stream()
                .filter(a -> a.baseRelation().equals("nmod") && Phrases.preposition(s, a.dependent()).equals("of"))
                .map(Arc::dependent).findFirst().orElse(-1);
    }

    /** "prisoners from Mexico", "Indian fishermen": people with a state of their own are not the actor's. */
    private static boolean foreignInside(Sentence s, int object, List<Mention> mentions, String country) {
        for (Mention m : mentions) {
            if (m.actor() != null && !Objects.equals(m.actor().country(), country) && insidePhrase(s, object, m.first())) {
                return true;
            }
        }
        return false;
    }

    private static boolean insidePhrase(Sentence s, int object, int token) {
        int t = token;
        for (int hops = 0; hops < s.tokens().size(); hops++) {
            if (t == object) {
                return true;
            }
            Arc up = s.head(t);
            if (up == null || CLAUSES.contains(up.relation())) {
                return false;
            }
            t = up.governor();
        }
        return false;
    }

    private static int leftEdge(Sentence s, int head) {
        int left = head;
        for (Arc a : s.children(head)) {
            if (a.dependent() < left && PREMODIFIERS.contains(a.relation())) {
                left = Math.min(left, s.subtree(a.dependent()).get(0));
            }
        }
        return left;
    }
}
