package dyad.extract.events;

import dyad.nlp.Arc;
import dyad.nlp.Sentence;
import dyad.nlp.Token;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Picks, for each token of a parsed sentence, the lexicon rule it fires: a rule whose
 * required word stands within two hops beats the bare rule. A noun that is the required
 * word of a fired verb ("imposed sanctions") is part of that event, not a second one.
 */
final class TriggerMatcher {

    record Fired(int token, TriggerRule rule, Set<Integer> consumed) {
    }

    private final TriggerLexicon lexicon;

    TriggerMatcher(TriggerLexicon lexicon) {
        this.lexicon = lexicon;
    }

    List<Fired> fire(Sentence s) {
        List<Fired> fired = new ArrayList<>();
        Set<Integer> consumed = new HashSet<>();
        // Verbs first so that their objects are consumed before nouns are considered.
        boolean titleCase = titleCase(s);
        for (char pass : new char[] {'V', 'A', 'N'}) {
            for (Token t : s.tokens()) {
                if (consumed.contains(t.index()) || !titleCase && insideProperName(s, t.index())) {
                    continue;
                }
                Fired f = best(s, t, pass);
                if (f != null) {
                    fired.add(f);
                    consumed.addAll(f.consumed());
                    consumed.add(t.index());
                }
            }
        }
        fired.sort(java.util.Comparator.comparingInt(Fired::token));
        return fired;
    }

    /** "the Rapid Support Forces", "the Justice and Equality Movement": a word of a name we do not know is no act. */
    private static boolean insideProperName(Sentence s, int i) {
        if (!s.token(i).pos().startsWith("NNP")) {
            return false;
        }
        boolean before = i > 0 && s.token(i - 1).pos().startsWith("NNP");
        boolean after = i + 1 < s.tokens().size() && s.token(i + 1).pos().startsWith("NNP");
        return before || after;
    }

    /** A headline in title case ("Australia Takes China To WTO") tags every word a proper noun. */
    private static boolean titleCase(Sentence s) {
        return s.tokens().stream().filter(t -> t.word().length() > 3 && Character.isLetter(t.word().charAt(0)))
                .allMatch(Token::isCapitalized);
    }

    private Fired best(Sentence s, Token t, char pass) {
        Fired bare = null;
        for (TriggerRule r : lexicon.rulesFor(t)) {
            if (r.pos() != pass) {
                continue;
            }
            if (r.requires().isEmpty()) {
                bare = bare == null ? new Fired(t.index(), r, Set.of()) : bare;
                continue;
            }
            Set<Integer> hits = required(s, t.index(), r.requires());
            if (!hits.isEmpty() || r.requires().contains(PROPER_OBJECT) && properObject(s, t.index())) {
                return new Fired(t.index(), r, hits);
            }
        }
        return bare;
    }

    /**
     * A requirement met by a named object ("struck Kharkiv", "hit Tel Aviv"), which stays a party to the act
     * instead of being consumed by it as a required word is.
     */
    static final String PROPER_OBJECT = "#name";

    private static boolean properObject(Sentence s, int verb) {
        return s.token(verb).isVerb() && s.children(verb).stream()
                .anyMatch(a -> a.relation().equals("obj") && s.token(a.dependent()).pos().startsWith("NNP"));
    }

    /**
     * The tokens that satisfy a rule's requirement: a single word ("sanctions") or, for an
     * alternative written "leave+ambassador", every one of its words. An alternative naming
     * "from" ("withdraw from+treaty", "release from+prison") asks for a word in a "from" phrase,
     * which otherwise names an origin and counts for nothing.
     */
    static Set<Integer> required(Sentence s, int from, Set<String> requires) {
        Set<String> single = new HashSet<>();
        Set<Integer> hits = new HashSet<>();
        for (String alternative : requires) {
            if (alternative.equals(PROPER_OBJECT)) {
                continue;
            }
            if (alternative.indexOf('+') < 0) {
                single.add(alternative);
                continue;
            }
            Set<Integer> all = new HashSet<>();
            List<String> parts = List.of(alternative.split("\\+"));
            boolean origin = parts.contains("from");
            for (String part : parts) {
                Set<Integer> found = within2(s, from, Set.of(part), origin);
                if (found.isEmpty()) {
                    all.clear();
                    break;
                }
                all.addAll(found);
            }
            hits.addAll(all);
        }
        if (!single.isEmpty()) {
            hits.addAll(within2(s, from, single));
            if (hits.isEmpty() && s.token(from).isVerb() && looseVerb(s, from)) {
                hits.addAll(nextWords(s, from, single)); // "imposed asset freezes" read as an adjective and a verb
            }
        }
        return hits;
    }

    /** A verb the parse left without dependents of its own, hanging as a modifier. */
    private static boolean looseVerb(Sentence s, int verb) {
        Arc head = s.head(verb);
        return s.children(verb).isEmpty() && head != null
                && (head.relation().equals("amod") || head.relation().equals("dep") || head.relation().equals("compound"));
    }

    /** The required words among the next three tokens. */
    private static Set<Integer> nextWords(Sentence s, int from, Set<String> lemmas) {
        Set<Integer> hits = new HashSet<>();
        for (int i = from + 1; i < s.tokens().size() && i <= from + 3; i++) {
            if (matches(s.token(i), lemmas)) {
                hits.add(i);
            }
        }
        return hits;
    }

    /**
     * Tokens within two hops down the tree whose lemma is one of {@code lemmas}; a word in a
     * "from" phrase names an origin, not what the act is about ("received no reply from your
     * ministers" is no reception of ministers). "By" phrases count: "ousted by the opposition".
     */
    static Set<Integer> within2(Sentence s, int from, Set<String> lemmas) {
        return within2(s, from, lemmas, false);
    }

    private static Set<Integer> within2(Sentence s, int from, Set<String> lemmas, boolean origins) {
        Set<Integer> hits = new HashSet<>();
        int relativized = Phrases.relativizedNoun(s, from); // "the duties Beijing slapped on barley"
        if (relativized >= 0 && matches(s.token(relativized), lemmas)) {
            hits.add(relativized);
        }
        for (Arc a : s.children(from)) {
            if (a.relation().equals("mark")) {
                continue; // the trigger's own "to" ("ceased to commit") is not the "to" a row asks for ("committed to")
            }
            if (OTHER_CLAUSE.contains(a.relation()) && s.token(a.dependent()).isVerb()) {
                continue; // "suspended the treaty and froze trade": the freeze is another act, not what was suspended
            }
            if (matches(s.token(a.dependent()), lemmas) && (origins || !isOrigin(s, a.dependent()))) {
                hits.add(a.dependent());
            }
            for (Arc b : s.children(a.dependent())) {
                if (b.relation().equals("case") && isTime(s.token(a.dependent()))) {
                    continue; // "called the government fascists on Saturday" is no "call on"
                }
                if (matches(s.token(b.dependent()), lemmas) && (origins || !isOrigin(s, b.dependent()))) {
                    hits.add(b.dependent());
                }
            }
        }
        return hits;
    }

    /** A verb conjoined to the trigger tells another act ("suspended the treaty and froze trade"). */
    private static final Set<String> OTHER_CLAUSE = Set.of("conj");

    /** A day, month or other stretch of time: what a preposition governing it marks is a date. */
    private static boolean isTime(Token t) {
        return t.pos().equals("CD") || TIME_WORDS.contains(t.word()) || TIME_WORDS.contains(t.lemma().toLowerCase(Locale.ROOT));
    }

    private static final Set<String> TIME_WORDS = Set.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
            "Saturday", "Sunday", "January", "February", "March", "April", "May", "June", "July", "August", "September",
            "October", "November", "December", "day", "week", "month", "year", "morning", "afternoon", "evening",
            "night", "weekend", "date", "eve", "anniversary", "occasion");

    private static boolean isOrigin(Sentence s, int token) {
        return Phrases.preposition(s, token).equals("from");
    }

    private static boolean matches(Token t, Set<String> lemmas) {
        return lemmas.contains(t.lemma().toLowerCase(Locale.ROOT)) || lemmas.contains(t.word().toLowerCase(Locale.ROOT));
    }
}
