package dyad.extract.actors;

import dyad.model.Actor;
import dyad.model.Role;
import dyad.model.Span;
import dyad.nlp.Sentence;
import dyad.nlp.Token;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns gazetteer matches into actor mentions, composing neighbours the way noun phrases do:
 * a title before a name ("President Nicolás Maduro"), a country word before or after a role
 * cue ("the Venezuelan opposition", "Canada's Foreign Affairs Department", "the government
 * of Peru"), a leader's name before a government cue ("the Trudeau government").
 * Cues and pronouns with no country in the phrase are left unresolved for {@link Discourse}.
 */
public final class MentionFinder {

    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "him", "her", "them", "his", "their",
            "it", "its");
    private static final Set<String> FIRST_PERSON = Set.of("we", "us", "our", "i", "me", "my");
    /** Plural cues that, with no determiner or owner, name states or regimes in general. */
    /** In a letter, the recipients ({@link Discourse#setSecondPerson}); elsewhere left unresolved. */
    private static final Set<String> SECOND_PERSON = Set.of("you", "your");

    private final Gazetteer gazetteer;
    private final BaseMatcher matcher;
    private final CueOwner owners;
    private final PersonNames names;
    private final Set<String> titles;
    private final Map<String, List<String>> regions = new HashMap<>();

    public MentionFinder(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.matcher = new BaseMatcher(gazetteer);
        this.owners = new CueOwner(gazetteer);
        this.titles = gazetteer.personTitles();
        this.names = new PersonNames(titles, gazetteer.honorifics());
        for (TsvTable.Row row : TsvTable.read(Gazetteer.DIR + "regions.tsv", 2)) {
            List<String> states = row.cell(1).equals("-") ? List.of() : row.list(1);
            for (String iso3 : states) {
                if (gazetteer.country(iso3).isEmpty()) {
                    throw row.error("unknown state '" + iso3 + "'");
                }
            }
            if (regions.put(row.cell(0), states) != null) {
                throw row.error("duplicate region '" + row.cell(0) + "'");
            }
        }
    }

    public List<Mention> find(String text, Sentence s, LocalDate day) {
        List<BaseMatcher.Match> matches = matcher.find(text, s, day);
        List<Mention> out = new ArrayList<>();
        for (int k = 0; k < matches.size(); k++) {
            BaseMatcher.Match m = matches.get(k);
            BaseMatcher.Match next = k + 1 < matches.size() ? matches.get(k + 1) : null;
            GazetteerEntry e = m.entry();
            List<String> region = e.kind() == EntryKind.ADJECTIVE ? region(text, s, m) : null;
            if (region != null) { // "Latin American governments", "North American efforts"
                if (next != null && next.entry().kind() == EntryKind.ROLE_CUE && ownsCue(s, m, next)) {
                    k++;
                }
                Span span = Span.of(text, s.token(m.first() - 1).start(), m.end());
                for (String iso3 : region) {
                    out.add(new Mention(m.first() - 1, m.last(), new Actor(span.text(), span.start(), span.end(),
                            governmentName(iso3), iso3, null, Role.GOV), EntryKind.ADJECTIVE, null));
                }
                continue;
            }
            // Title or country word directly before a name: fold into the name's mention.
            if (next != null && next.entry().kind() == EntryKind.PERSON && adjacent(s, m, next)
                    && (e.kind() == EntryKind.ROLE_CUE || e.kind() == EntryKind.ADJECTIVE)) {
                BaseMatcher.Match titled = new BaseMatcher.Match(m.first(), next.last(), m.start(), next.end(), next.entry());
                BaseMatcher.Match after = k + 2 < matches.size() ? matches.get(k + 2) : null;
                if (after != null && after.entry().kind() == EntryKind.ROLE_CUE && ownsCue(s, titled, after)) {
                    out.add(owned(text, s, titled, after, day)); // "Prime Minister Justin Trudeau's government"
                    k += 2;
                } else {
                    out.add(person(text, s, m.first(), next));
                    k++;
                }
                continue;
            }
            // Owner + cue: "Canada's army", "the Venezuelan opposition", "the Trudeau government".
            if (next != null && next.entry().kind() == EntryKind.ROLE_CUE && e.kind() != EntryKind.ROLE_CUE
                    && ownsCue(s, m, next)) {
                out.add(owned(text, s, m, next, day));
                k++;
                continue;
            }
            // Cue + "of" + owner: "the government of Peru".
            if (e.kind() == EntryKind.ROLE_CUE && next != null && next.entry().country() != null
                    && (MatchShapes.ownerAfterOf(s, m, next) || MatchShapes.peopleInPlace(s, m, next)) && next.entry().kind() != EntryKind.ROLE_CUE) {
                BaseMatcher.Match after = k + 2 < matches.size() ? matches.get(k + 2) : null;
                if (next.entry().kind() == EntryKind.ADJECTIVE && after != null
                        && after.entry().kind() == EntryKind.ROLE_CUE && ownsCue(s, next, after)) {
                    // "employees of the Russian embassy": the embassy's people; the embassy is read next
                    out.add(owned(text, s, next, m, day).withSpan(text, s, m.first(), m.last()));
                    continue;
                }
                out.add(owned(text, s, next, m, day).withSpan(text, s, m.first(), next.last()));
                k++;
                continue;
            }
            // Cue + "of" + an international body: "leaders of ECOWAS", "the Secretary-General of the United Nations".
            if (e.kind() == EntryKind.ROLE_CUE && next != null && next.entry().kind() == EntryKind.ORGANIZATION
                    && next.entry().country() == null && MatchShapes.ownerAfterOf(s, m, next)) {
                GazetteerEntry body = next.entry();
                Span span = Span.of(text, m.start(), next.end());
                out.add(new Mention(m.first(), next.last(), new Actor(span.text(), span.start(), span.end(), body.name(),
                        null, body.org(), body.role()), EntryKind.ROLE_CUE, e.alias()));
                k++;
                continue;
            }
            if (e.kind() == EntryKind.PLACE && MatchShapes.gluedToAnotherName(s, m)) {
                continue; // "Ariana Cubillos" is a person, not the town of Ariana
            }
            Mention single = single(text, s, m, day);
            if (single != null) {
                out.add(single);
            }
        }
        out.sort(java.util.Comparator.comparingInt(Mention::first));
        placeTitles(text, s, out, day);
        out.addAll(names.find(text, s, out));
        out.removeIf(m -> m.kind() == EntryKind.ROLE_CUE && out.stream().anyMatch(p -> p.kind() == EntryKind.PERSON
                && p != m && p.first() <= m.first() && m.last() <= p.last()));
        out.addAll(GroupPhrases.find(text, s, out));
        addPronouns(text, s, out);
        out.sort(java.util.Comparator.comparingInt(Mention::first));
        return speakingFor(s, out);
    }

    /**
     * "Chinese foreign ministry spokesman", "State Department spokesman", "UN Secretary-General",
     * "Ecuadorian police special forces": a cue right after a placed body is that body's office or
     * unit; the two become one mention.
     */
    private void placeTitles(String text, Sentence s, List<Mention> out, LocalDate day) {
        for (int k = out.size() - 1; k >= 1; k--) {
            Mention title = out.get(k);
            Mention body = out.get(k - 1);
            if (title.resolved() || title.kind() != EntryKind.ROLE_CUE || "pronoun".equals(title.office())
                    || !body.resolved() || body.kind() == EntryKind.PERSON || body.kind() == EntryKind.PLACE
                    || body.last() + 1 != title.first()) {
                continue;
            }
            Span span = Span.of(text, body.actor().start(), title.actor().end());
            Actor a = owners.owned(body.actor(), title.office(), title.actor().role(), false, span, day);
            out.set(k - 1, new Mention(body.first(), title.last(), a, EntryKind.ROLE_CUE, title.office()));
            out.remove(k);
            k--;
        }
    }

    /** "a spokesperson for Trudeau's Foreign Ministry": a cue that speaks for a placed body takes its state. */
    private static List<Mention> speakingFor(Sentence s, List<Mention> mentions) {
        List<Mention> out = new ArrayList<>(mentions);
        for (int k = 0; k + 1 < out.size(); k++) {
            Mention cue = out.get(k);
            Mention body = out.get(k + 1);
            if (cue.resolved() || cue.kind() != EntryKind.ROLE_CUE || "pronoun".equals(cue.office())
                    || Discourse.personal(cue) || body.actor().country() == null
                    || body.first() != cue.last() + 2 || !s.token(cue.last() + 1).lemma().equals("for")) {
                continue;
            }
            Actor c = cue.actor();
            Actor b = body.actor();
            out.set(k, cue.withActor(new Actor(c.text(), c.start(), c.end(), b.name(), b.country(), b.org(), b.role())));
        }
        return out;
    }

    /** The states of a region phrase ending in this adjective ("North American"), or null when it is none. */
    private List<String> region(String text, Sentence s, BaseMatcher.Match m) {
        if (m.first() == 0) {
            return null;
        }
        String phrase = text.substring(s.token(m.first() - 1).start(), m.end());
        return regions.get(phrase.replaceAll("\\s+", " "));
    }

    private static boolean adjacent(Sentence s, BaseMatcher.Match a, BaseMatcher.Match b) {
        return b.first() == a.last() + 1;
    }

    /** Between owner and cue only possessive marks, determiners, adjectives and nouns may stand. */
    private static boolean ownsCue(Sentence s, BaseMatcher.Match owner, BaseMatcher.Match cue) {
        if (cue.first() - owner.last() > 4) {
            return false;
        }
        for (int i = owner.last() + 1; i < cue.first(); i++) {
            String pos = s.token(i).pos();
            if (!(pos.equals("POS") || pos.startsWith("JJ") || pos.equals("NN") || pos.equals("CC")
                    || pos.equals("NNP") || pos.equals("HYPH"))) {
                return false;
            }
        }
        return owner.entry().kind() != EntryKind.ORGANIZATION || s.token(owner.last() + 1).pos().equals("POS");
    }

    private Mention person(String text, Sentence s, int firstToken, BaseMatcher.Match name) {
        GazetteerEntry e = name.entry();
        Span span = Span.of(text, s.token(firstToken).start(), name.end());
        Actor a = new Actor(span.text(), span.start(), span.end(), e.writtenName(), e.country(), e.org(), e.role());
        return new Mention(firstToken, name.last(), a, EntryKind.PERSON, e.office());
    }

    private Mention owned(String text, Sentence s, BaseMatcher.Match owner, BaseMatcher.Match cue, LocalDate day) {
        GazetteerEntry o = owner.entry();
        GazetteerEntry c = cue.entry();
        Span span = Span.of(text, Math.min(owner.start(), cue.start()), Math.max(owner.end(), cue.end()));
        Actor ownerActor = new Actor(null, null, null, o.name(), o.country(), o.org(), o.role());
        Actor a = owners.owned(ownerActor, c.alias(), c.role(), o.kind() == EntryKind.PERSON, span, day);
        return new Mention(owner.first(), cue.last(), a, EntryKind.ROLE_CUE, c.alias());
    }

    private Mention single(String text, Sentence s, BaseMatcher.Match m, LocalDate day) {
        GazetteerEntry e = m.entry();
        Span span = Span.of(text, m.start(), m.end());
        return switch (e.kind()) {
            case ROLE_CUE -> MatchShapes.notAGenericCue(s, m) || MatchShapes.adjectival(s, m) ? null : yours(text, s, new Mention(m.first(), m.last(),
                    new Actor(span.text(), span.start(), span.end(), e.name(), null, null, e.role()), e.kind(), e.alias()));
            case ADJECTIVE -> MatchShapes.demonymPlural(s, m)
                    ? new Mention(m.first(), m.last(), owners.peopleOf(e.country()).mentionedAs(span), e.kind(), null)
                    : MatchShapes.qualifiesNoun(s, m) ? new Mention(m.first(), m.last(), new Actor(span.text(), span.start(),
                            span.end(), governmentName(e.country()), e.country(), null, Role.GOV), e.kind(), null)
                    : null;
            default -> new Mention(m.first(), m.last(),
                    new Actor(span.text(), span.start(), span.end(), e.writtenName(), e.country(), e.org(), e.role()),
                    e.kind(), e.office());
        };
    }

    /** "your ministers": the mention starts at "your", so that the letter's addressee resolves it. */
    private static Mention yours(String text, Sentence s, Mention cue) {
        int before = cue.first() - 1;
        if (before < 0 || !s.token(before).word().equalsIgnoreCase("your")) {
            return cue;
        }
        return cue.withSpan(text, s, before, cue.last());
    }

    private void addPronouns(String text, Sentence s, List<Mention> out) {
        for (Token t : s.tokens()) {
            String w = t.word().toLowerCase(java.util.Locale.ROOT);
            boolean first = FIRST_PERSON.contains(w) && t.pos().startsWith("PRP"); // not "World War I"
            boolean second = SECOND_PERSON.contains(w);
            if ((first || second || PRONOUNS.contains(w)) && out.stream().noneMatch(m -> m.covers(t.index()))
                    && !Antecedents.expletive(s, t.index()) && !idiom(s, t.index())) {
                Span span = Span.of(text, t.start(), t.end());
                out.add(new Mention(t.index(), t.index(),
                        new Actor(span.text(), span.start(), span.end(), span.text(), null, null, Role.GOV),
                        EntryKind.ROLE_CUE, first ? "first_person" : second ? "second_person" : "pronoun"));
            }
        }
    }

    /** "For its part", "on their own": a possessive in a set phrase names no party. */
    private static boolean idiom(Sentence s, int token) {
        return token + 1 < s.tokens().size() && s.token(token).pos().equals("PRP$")
                && Set.of("part", "own", "behalf").contains(s.token(token + 1).word().toLowerCase(java.util.Locale.ROOT));
    }

    private String governmentName(String iso3) {
        return owners.governmentName(iso3);
    }

    /** Role cues that name one person ("president", "the spokesman"), lower case. */
    Set<String> personTitles() {
        return titles;
    }

    /** The cue naming, shared with {@link Discourse} for cues owned through a pronoun. */
    CueOwner owners() {
        return owners;
    }
}
