package dyad.extract.quotes;

import dyad.extract.actors.Mention;
import dyad.model.Actor;
import dyad.model.Role;
import dyad.model.Span;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the people a document names, outside quotes, and what it says about them; and the
 * bodies it names that the gazetteer does not know ("Morocco's Ministry of Foreign Affairs,
 * African Cooperation and Moroccan Expatriates").
 *
 * <p>A person is a capitalised name the gazetteer knows as one, or one the text marks as a
 * person: a title before it ("government spokesman Colonel Abdoulaye Maïga", "Water Minister
 * Seleshi"), an apposition after or before it ("Maria Zakharova, a spokeswoman for the Russian
 * foreign ministry", "China's ambassador in Canberra, Cheng Jingye,"), or a speech verb right
 * before or after a name of two words or more ("Josefina Vidal said"). The name starts after the
 * last title word. Names the actors stage resolved to a state, place or body are no people.
 *
 * <p>A later name whose words all belong to a person named before ("Maïga", "Prince Faisal")
 * is that person again, and what its description says fills in what was still unknown.
 */
final class CastFinder {

    /** Longest name considered, in words. */
    private static final int MAX_NAME = 7;

    /** A person as the scan learns about them. */
    private static final class Draft {
        final String name;
        final Set<String> tokens;
        String country;
        String org;
        Role role;
        final Set<String> titles = new LinkedHashSet<>();
        char gender = '-';

        Draft(String name) {
            this.name = name;
            this.tokens = Person.tokens(name);
        }

        void learn(Description.Reading r) {
            if (r.org() != null && org == null) {
                org = r.org();
                country = null;
                role = Role.IGO;
            }
            country = country == null && org == null ? r.country() : country;
            if (r.role() != null && (role == null || role == Role.CVL)) {
                role = r.role(); // a title beats a gazetteer's "civilian"
            }
            titles.addAll(r.titles());
            gender = gender == '-' ? r.gender() : gender;
        }

        Person person() {
            return new Person(name, country, org, role, titles, gender);
        }
    }

    private record Found(int start, int end, int sentence, Draft draft, boolean object) {
    }

    private final NameWords words;
    private final SpeechVerbs verbs;

    CastFinder(NameWords words, SpeechVerbs verbs) {
        this.words = words;
        this.verbs = verbs;
    }

    Cast find(String text, List<Span> sentences, List<QuotedSpan> quotes, List<Mention> mentions) {
        StateContext context = new StateContext(mentions, sentences);
        Description description = new Description(mentions, words, context);
        BodyNames bodyNames = new BodyNames(words, description, context, new StateNames(mentions));
        List<Draft> drafts = new ArrayList<>();
        List<Found> found = new ArrayList<>();
        List<Cast.Body> bodies = new ArrayList<>();
        for (int k = 0; k < sentences.size(); k++) {
            Span s = sentences.get(k);
            Window w = Window.of(text, s.start(), s.end(), quotes);
            NameRuns runs = new NameRuns(w, words, description);
            int i = 0;
            while (i < w.size()) {
                if (!runs.startsRun(i)) {
                    i++;
                    continue;
                }
                int last = runs.runEnd(i);
                int of = runs.personOfBody(i, last);
                if (of > 0) { // "Ana Ruiz of Amnesty International"
                    Found f = candidate(w, runs, description, i, of - 1, k, drafts, new int[] {of + 1, last});
                    if (f != null) {
                        found.add(f);
                    }
                    i = last + 1;
                    continue;
                }
                int title = runs.lastPersonTitleBefore(i, last);
                boolean titledName = title >= i && !runs.holdsBodyWord(title + 1, last); // "Supreme Court Justice X"
                Cast.Body b = !titledName && runs.holdsBodyWord(i, last) ? bodyNames.body(w, runs, i, last, k) : null;
                if (b != null) {
                    bodies.add(b);
                    last = Math.max(last, w.firstWordFrom(b.end()) - 1);
                } else {
                    Found f = candidate(w, runs, description, i, last, k, drafts, null);
                    if (f != null) {
                        found.add(f);
                    }
                }
                i = last + 1;
            }
        }
        List<Cast.Occurrence> out = new ArrayList<>();
        Map<Draft, Person> people = new IdentityHashMap<>();
        for (Found f : found) {
            Person p = people.computeIfAbsent(f.draft(), Draft::person);
            out.add(new Cast.Occurrence(f.start(), f.end(), f.sentence(), p, f.object()));
        }
        return new Cast(out, bodies);
    }

    /** The person named by the capitalised run [first, last], known or new, or null when it names none. */
    private Found candidate(Window w, NameRuns runs, Description description, int first, int last, int sentence,
                            List<Draft> drafts, int[] ofBody) {
        int title = runs.lastTitleBefore(first, last);
        int nameFirst = runs.skipOpeners(title >= first ? title + 1 : first, last, verbs);
        if (nameFirst > last || last - nameFirst >= MAX_NAME || runs.holdsBodyWord(nameFirst, last)
                || !runs.holdsPlainName(nameFirst, last)) {
            return null; // no name, a body's ("the European Commission"), or titles only ("Mr. Chairman")
        }
        int start = w.word(nameFirst).start();
        Word lastWord = w.word(last);
        int end = lastWord.possessiveS() ? lastWord.end() - 2 : lastWord.end();
        String written = w.text().substring(start, end);
        Mention known = description.personAt(start, end)
                .filter(m -> Person.tokens(m.actor().name()).containsAll(Person.tokens(written))).orElse(null);
        Draft named = known == null ? earlier(drafts, Person.tokens(written)) : null;
        Mention other = known == null ? description.nonPersonAt(start, end).orElse(null) : null;
        boolean partly = false;
        if (other != null) {
            int os = other.actor().start();
            int oe = other.actor().end();
            if (os < start || oe > end) {
                return null; // part of a longer name: "the Trump administration", "South Sudan's army"
            }
            partly = os > start || oe < end; // "Simon Birmingham": a person only if titled
            if (!partly && named == null) {
                return null; // a state, capital, place or body ("Birmingham" once "Simon Birmingham" is known is him)
            }
        }
        List<int[]> described = new ArrayList<>();
        if (title >= first) {
            described.add(new int[] {first, title});
        }
        runs.titleBefore(first).ifPresent(described::add);
        runs.appositionAfter(last).ifPresent(described::add);
        runs.appositionBefore(first, last).ifPresent(described::add);
        if (ofBody != null) {
            described.add(ofBody);
        }
        int[] affiliated = runs.affiliation(last).orElse(null);
        if (affiliated != null) {
            described.add(affiliated);
        }
        Description.Reading reading = description.read(w, described, end);
        String name = known != null ? asWritten(known.actor().name(), written) : written;
        Draft draft = known != null ? byName(drafts, name) : named;
        if (draft == null) {
            boolean speaks = nameFirst < last && !partly
                    && (runs.speaksNext(last, verbs) || runs.spokenBefore(first, verbs));
            boolean titled = nameFirst < last ? !reading.titles().isEmpty() || ofBody != null || reading.bodyRole() != null
                    : nameFirst > first && runs.lastPersonTitleBefore(first, last) == nameFirst - 1; // "President Ruto"
            if (known == null && !titled && !speaks) {
                return null;
            }
            draft = new Draft(name);
            if (known != null) {
                Actor a = known.actor();
                draft.country = a.country();
                draft.org = a.org();
                draft.role = a.role();
            }
            drafts.add(draft);
        }
        draft.learn(reading);
        int opening = described.stream().mapToInt(r -> r[0]).filter(i -> i < first).min().orElse(first);
        return new Found(start, end, sentence, draft, runs.governed(opening, verbs));
    }

    /**
     * The gazetteer's name cut to the words the document writes when it adds only trailing ones
     * ("Salva Kiir" for Salva Kiir Mayardit, "Bruno Rodríguez" for Bruno Rodríguez Parrilla),
     * keeping the gazetteer's spelling; else the gazetteer's name.
     */
    static String asWritten(String canonical, String written) {
        List<String> c = List.copyOf(Person.tokens(canonical));
        List<String> t = List.copyOf(Person.tokens(written));
        if (t.size() < 2 || t.size() >= c.size() || !c.subList(0, t.size()).equals(t)) {
            return canonical;
        }
        StringBuilder out = new StringBuilder();
        int seen = 0;
        for (String part : canonical.split(" ")) {
            out.append(out.length() > 0 ? " " : "").append(part);
            seen += Person.tokens(part).size();
            if (seen >= t.size()) {
                break;
            }
        }
        return out.toString();
    }

    private static Draft byName(List<Draft> drafts, String name) {
        for (Draft d : drafts) {
            if (d.name.equals(name)) {
                return d;
            }
        }
        return null;
    }

    /** The person named last before whose name holds all these words ("Maïga" in "Abdoulaye Maïga"). */
    private static Draft earlier(List<Draft> drafts, Set<String> tokens) {
        if (tokens.isEmpty()) {
            return null;
        }
        for (int k = drafts.size() - 1; k >= 0; k--) {
            if (drafts.get(k).tokens.containsAll(tokens)) {
                return drafts.get(k);
            }
        }
        return null;
    }
}
