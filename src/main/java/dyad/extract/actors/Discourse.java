package dyad.extract.actors;

import dyad.model.Actor;
import dyad.model.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a document has talked about so far, used to resolve "he", "the president", "the
 * country" and bare role cues ("the opposition") to actors. Government-level cues go to the
 * document's dominant state (the one it mentions most); other cues to the nearest state
 * mentioned before them.
 */
public final class Discourse {

    private static final Set<String> SINGULAR_PERSON = Set.of("he", "she", "him", "her", "his");
    private static final Set<String> SINGULAR_THING = Set.of("it", "its");
    /** Pronouns that own the cue after them: "its ambassador", "their troops", "his government". */
    private static final Set<String> POSSESSIVES = Set.of("its", "their", "his", "her");
    /** First-person possessives that own the cue after them inside a quotation: "our government", "my army". */
    private static final Set<String> FIRST_POSSESSIVES = Set.of("our", "my");
    private static final Set<String> SINGULAR_FIRST = Set.of("i", "me", "my");
    /** Cues whose owner is the other party, not the pronoun's referent ("his counterpart"). */
    private static final Set<String> RELATIONAL_CUES = Set.of("counterpart", "counterparts");
    /** Cues for the state a sentence is about, when no owner names it ("the country"). */
    private static final Set<String> TOPIC_CUES = Set.of("the country", "the nation", "country", "nation");
    private static final Set<String> PRONOUNS = Set.of("they", "them", "their");

    private final CueOwner owners;
    /** Cues naming one person: "Peru's president said her government …" — "her" is the president's. */
    private final Set<String> personTitles;
    private final StateMemory states = new StateMemory();
    private final KnownPeople people = new KnownPeople();
    private Actor lastPerson;
    private Actor lastGroup;
    /** The body the last sentences were about (their subject), for a sentence opening with "It". */
    private Actor topic;
    private Actor firstPerson;
    private Actor secondPerson;
    private Voices voices = Voices.NONE;
    private final StateGroups groups;

    public Discourse(MentionFinder mentions) {
        this.owners = mentions.owners();
        this.personTitles = mentions.personTitles();
        this.groups = new StateGroups(states, owners);
    }

    /** Whose "your ministers" they are: a letter's (first) recipient. */
    public void setSecondPerson(Actor recipient) {
        this.secondPerson = recipient;
    }

    /** Who "we" and "our" are: a letter's signatories. */
    public void setFirstPerson(Actor authors) {
        this.firstPerson = authors;
    }

    /** Who speaks the document's quotations: inside one, "we" is its speaker's side. */
    public void setVoices(Voices voices) {
        this.voices = voices;
    }

    /**
     * Resolves the unresolved mentions of one sentence in place, then remembers its actors.
     * "They" after a list of states stands for every state in the list, so it yields one
     * mention per state, all on the pronoun's span.
     */
    public List<Mention> resolve(String text, List<Mention> found, java.time.LocalDate day, dyad.nlp.Sentence sentence) {
        List<Mention> mentions = new ArrayList<>(found);
        mentions.addAll(people.mentionedIn(text, sentence, found)); // "Diop said": introduced before
        mentions.sort(java.util.Comparator.comparingInt(Mention::first));
        List<Mention> out = new ArrayList<>(mentions.size());
        List<String> seenHere = new ArrayList<>();
        for (Mention m : mentions) {
            String cue = m.actor().text().toLowerCase(Locale.ROOT);
            List<Mention> possessors = possessorsOf(m, out, sentence);
            if (!possessors.isEmpty()) { // "its ambassador": the pronoun's referent owns the cue
                out.removeAll(possessors);
                for (Mention p : possessors) {
                    Mention owned = ownedThroughPronoun(text, p, m, day);
                    out.add(owned);
                    remember(owned, seenHere);
                    states.named(owned, true);
                }
                continue;
            }
            Mention group = m.resolved() || !PRONOUNS.contains(cue) ? null : Antecedents.pluralGroupBefore(out);
            if (group != null) { // "the Venezuelan authorities show that they are …"
                out.add(m.withActor(rename(group.actor(), m.actor())));
                continue;
            }
            List<Actor> several = m.resolved() ? List.of() : groups.pairedHere(cue, GroupPhrases.size(m), out);
            if (several.isEmpty() && !m.resolved()) {
                several = groups.listedHere(cue, out, sentence);
            }
            if (several.isEmpty() && !m.resolved()) {
                several = GroupPhrases.size(m) >= 0 ? groups.group(GroupPhrases.size(m)) : groups.several(cue);
            }
            if (!several.isEmpty()) { // "they", "the two governments", "both leaders"
                several.forEach(a -> out.add(m.withActor(rename(a, m.actor()))));
                continue;
            }
            Actor spoken = m.resolved() || !TOPIC_CUES.contains(cue) ? null : thisCountry(m, sentence);
            if (spoken != null) { // "this country will not negotiate", quoted: the speaker's
                Mention r = m.withActor(rename(spoken, m.actor()));
                out.add(r);
                remember(r, seenHere);
                states.named(r, true);
                continue;
            }
            Mention topic = m.resolved() || !TOPIC_CUES.contains(cue) ? null : Antecedents.topicBefore(out, m, sentence);
            Mention r = m.resolved() ? m : topic != null ? m.withActor(rename(topic.actor(), m.actor()))
                    : resolveOne(m, seenHere, day, out, sentence, mentions);
            if (r != null && r.kind() == EntryKind.PERSON) {
                r = r.withActor(people.asIntroduced(r.actor()));
            }
            if (r != null) {
                out.add(r);
                remember(r, seenHere);
                states.named(r, m.resolved());
            }
        }
        groups.rememberList(out, sentence);
        rememberTopic(out, sentence);
        return out;
    }

    /** "this country", "this nation" inside a quotation: the speaker's state, or null. */
    private Actor thisCountry(Mention cue, dyad.nlp.Sentence s) {
        if (cue.first() == 0 || !s.token(cue.first() - 1).word().equalsIgnoreCase("this")) {
            return null;
        }
        return voices.firstPerson(s.token(cue.first() - 1).start(), false, owners);
    }

    /** The resolved possessive pronouns right before an unresolved cue ("its" in "its ambassador"). */
    private List<Mention> possessorsOf(Mention cue, List<Mention> sentenceSoFar, dyad.nlp.Sentence s) {
        if (cue.resolved() || cue.kind() != EntryKind.ROLE_CUE || "pronoun".equals(cue.office())
                || personal(cue) || cue.first() == 0 || RELATIONAL_CUES.contains(cue.office())) {
            return List.of();
        }
        dyad.nlp.Token before = s.token(cue.first() - 1);
        String word = before.word().toLowerCase(Locale.ROOT);
        // "our government", quoted, or in a letter or statement that has its issuer: "Our Embassy in Canberra"
        boolean voiced = FIRST_POSSESSIVES.contains(word) && (voices.covers(before.start()) || firstPerson != null);
        if (!POSSESSIVES.contains(word) && !voiced) {
            return List.of();
        }
        String office = voiced ? "first_person" : "pronoun";
        return sentenceSoFar.stream().filter(p -> p.first() == cue.first() - 1 && p.last() == cue.first() - 1
                && office.equals(p.office()) && p.actor().country() != null).toList();
    }

    private Mention ownedThroughPronoun(String text, Mention possessor, Mention cue, java.time.LocalDate day) {
        Actor owner = possessor.actor();
        dyad.model.Span span = dyad.model.Span.of(text, owner.start(), cue.actor().end());
        Actor a = owners.owned(owner, cue.office(), cue.actor().role(), possessor.kind() == EntryKind.PERSON
                || SINGULAR_PERSON.contains(owner.text().toLowerCase(Locale.ROOT)), span, day);
        return new Mention(possessor.first(), cue.last(), a, EntryKind.ROLE_CUE, cue.office());
    }

    /** The subject of the sentence's main clause when it is a state or body, else its first such mention. */
    private void rememberTopic(List<Mention> mentions, dyad.nlp.Sentence s) {
        Mention subject = null;
        for (dyad.nlp.Arc root : s.tree()) {
            if (root.governor() < 0) {
                for (dyad.nlp.Arc a : s.children(root.dependent())) {
                    if (a.relation().startsWith("nsubj")) {
                        subject = mentions.stream().filter(m -> Antecedents.fits(m) && m.covers(a.dependent()))
                                .findFirst().orElse(null);
                    }
                }
            }
        }
        if (subject == null) {
            subject = mentions.stream().filter(Antecedents::fits).findFirst().orElse(null);
        }
        if (subject != null) {
            topic = subject.actor();
        }
    }

    /** "it"/"its": a body of this sentence by the clause rules of {@link Antecedents}, else the topic. */
    private Actor thingReferent(Mention pronoun, List<Mention> sentenceSoFar, dyad.nlp.Sentence sentence) {
        Mention m = Antecedents.inSentence(sentence, pronoun.first(), sentenceSoFar);
        return m != null ? m.actor() : topic;
    }

    private Mention resolveOne(Mention m, List<String> seenHere, java.time.LocalDate day, List<Mention> sentenceSoFar,
                               dyad.nlp.Sentence sentence, List<Mention> wholeSentence) {
        Actor a = m.actor();
        String cue = a.text().toLowerCase(Locale.ROOT);
        if ("first_person".equals(m.office())) {
            Actor voice = voices.firstPerson(a.start(), SINGULAR_FIRST.contains(cue), owners);
            Actor self = voice != null ? voice : firstPerson;
            return self == null ? null : m.withActor(rename(self, a));
        }
        if ("second_person".equals(m.office())) {
            return secondPerson == null ? null : m.withActor(rename(secondPerson, a));
        }
        if (secondPerson != null && secondPerson.country() != null && cue.startsWith("your ")) {
            String name = owners.governmentName(secondPerson.country());
            return m.withActor(new Actor(a.text(), a.start(), a.end(), name, secondPerson.country(), null, a.role()));
        }
        if ("pronoun".equals(m.office())) {
            Actor referent = SINGULAR_PERSON.contains(cue) ? lastPerson
                    : SINGULAR_THING.contains(cue) ? thingReferent(m, sentenceSoFar, sentence) : lastGroup;
            return referent == null ? null : m.withActor(rename(referent, a));
        }
        Actor body = m.kind() == EntryKind.PERSON ? null : states.bodyFor(m.office() == null ? cue : m.office(),
                Character.isUpperCase(a.text().charAt(a.text().lastIndexOf(' ') + 1)));
        if (body != null) { // "the bloc" after ECOWAS, "the Court" after the ICJ
            return m.withActor(rename(body, a));
        }
        boolean ofState = a.role() == Role.GOV || a.role() == Role.MIL || a.role() == Role.LEG || a.role() == Role.JUD;
        String country = !ofState ? Antecedents.placeOf(sentence, wholeSentence).orElse(states.nearest())
                : states.stateFor(m.office() == null ? cue : m.office(), subject(sentence, m) ? seenHere : List.of(),
                        m.kind() == EntryKind.PERSON && topic != null ? topic.country() : null);
        if (country == null) {
            return null;
        }
        Actor state = owners.government(country);
        if (m.kind() == EntryKind.PERSON) { // "Foreign Minister Abdoulaye Diop": the person, placed
            return m.withActor(new Actor(a.text(), a.start(), a.end(), a.name(), country, a.org(), a.role()));
        }
        return m.withActor(owners.owned(state, m.office() == null ? cue : m.office(), a.role(), false,
                new dyad.model.Span(a.text(), a.start(), a.end()), day));
    }

    /** Whether the mention heads its clause's subject ("the junta gave…"), as far as the parse tells. */
    private static boolean subject(dyad.nlp.Sentence s, Mention m) {
        for (int i = m.first(); i <= m.last(); i++) {
            dyad.nlp.Arc head = s.head(i);
            if (head != null && head.relation().startsWith("nsubj") && !m.covers(head.governor())) {
                return true;
            }
        }
        return false;
    }

    private static Actor rename(Actor referent, Actor mention) {
        return new Actor(mention.text(), mention.start(), mention.end(), referent.name(), referent.country(),
                referent.org(), referent.role());
    }

    private void remember(Mention m, List<String> seenHere) {
        Actor a = m.actor();
        if (personal(m)) {
            return;
        }
        if (m.kind() == EntryKind.PERSON) {
            lastPerson = a;
            people.introduce(a);
        } else if (m.kind() == EntryKind.ROLE_CUE && a.country() != null && m.office() != null
                && personTitles.contains(m.office().toLowerCase(Locale.ROOT))) { // "Peru's president", placed
            lastPerson = a;
        } else {
            lastGroup = a;
        }
        if (a.country() != null) {
            seenHere.add(a.country());
        }
    }

    /** "we", "our", "you", "your": the letter's signatories or recipients, never an antecedent or a topic. */
    static boolean personal(Mention m) {
        return "first_person".equals(m.office()) || "second_person".equals(m.office());
    }
}
