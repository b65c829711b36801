package dyad.extract.quotes;

import static dyad.extract.quotes.FunctionWords.DETERMINERS;
import static dyad.extract.quotes.FunctionWords.PARTICLES;
import static dyad.extract.quotes.FunctionWords.STOPS;

import dyad.extract.quotes.Window.Gap;
import java.util.Optional;
import java.util.Set;

/**
 * Word-level rules for the names of one window: runs of capitalised words ("Foreign Minister
 * Sheikh Mohammed bin Abdulrahman Al Thani", "al-Sisi"), where the title in a run ends, and the
 * descriptions around a name: title words right before it ("government spokesman"), an
 * apposition after it (", a spokeswoman for the ministry,") or before it ("China's ambassador in
 * Canberra, Cheng Jingye,").
 */
final class NameRuns {
    /** Most particles between two parts of a name ("bin", "van der"). */
    private static final int MAX_JOINERS = 3;
    /** Longest apposition read, in words. */
    private static final int MAX_APPOSITION = 16;
    /** Days and months open a run of capitalised words ("On Friday Kiir said", "In April, …") but name no one. */
    private static final Set<String> CALENDAR = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "january", "february", "march", "april", "june", "july", "august", "september",
            "october", "november", "december");

    /** Prepositions that tie a person to a body or place: "Ana Ruiz of the X Network", "a voice from Lyon". */
    private static final Set<String> AFFILIATIONS = Set.of("of", "from", "at");

    /** Verbs of a relative clause that says what a person does: ", who heads the X Network,". */
    private static final Set<String> ROLE_VERBS = Set.of("is", "was", "heads", "headed", "leads", "led", "chairs",
            "directs", "runs", "represents", "serves", "works", "coordinates", "founded", "co-founded");

    /** Words after which a name opens a clause as its subject ("said that Ruiz would …"). */
    private static final Set<String> CLAUSE_OPENERS = Set.of("that", "which", "who", "while", "when", "whereas",
            "although", "though", "because", "as", "if", "where");

    private final Window w;
    private final NameWords words;
    private final Description description;

    NameRuns(Window w, NameWords words, Description description) {
        this.w = w;
        this.words = words;
        this.description = description;
    }

    /** A capitalised word, or a particle-prefixed surname ("al-Sisi"). */
    boolean nameWord(int i) {
        return w.word(i).nameLike();
    }

    boolean startsRun(int i) {
        return nameWord(i);
    }

    int runEnd(int i) {
        int e = i;
        while (e + 1 < w.size() && w.gapBefore(e + 1) == Gap.PLAIN) {
            int n = e + 1;
            while (n + 1 < w.size() && n <= e + MAX_JOINERS && joiner(n) && w.gapBefore(n + 1) == Gap.PLAIN) {
                n++;
            }
            if (!nameWord(n)) {
                break;
            }
            e = n;
        }
        return e;
    }

    private boolean joiner(int i) {
        String l = w.lower(i);
        return !w.word(i).capitalised() && (PARTICLES.contains(l) || l.equals("of"));
    }

    /** The last title word of the run that leaves a name after it, or first - 1. */
    int lastTitleBefore(int first, int last) {
        for (int i = last - 1; i >= first; i--) {
            if (words.isTitle(w.lower(i))) {
                return i;
            }
        }
        return first - 1;
    }

    /** The last word of the run that names a person by itself ("Minister", "Justice", "Mr."), or first - 1. */
    int lastPersonTitleBefore(int first, int last) {
        for (int i = last - 1; i >= first; i--) {
            if (words.isPersonTitle(w.lower(i))) {
                return i;
            }
        }
        return first - 1;
    }

    /** Skips words that open a sentence or tell a day ("In", "The", "Friday"); "May" only when no verb follows. */
    int skipOpeners(int first, int last, SpeechVerbs verbs) {
        int i = first;
        while (i <= last && (opener(i) || CALENDAR.contains(w.lower(i)) || joiner(i))) {
            if (i == last && FunctionWords.VERB_MODIFIERS.contains(w.lower(i)) && speaksNext(i, verbs)) {
                break; // "“…,” May told parliament"
            }
            i++;
        }
        return i;
    }

    boolean opener(int i) {
        String l = w.lower(i);
        return STOPS.contains(l) || DETERMINERS.contains(l) || FunctionWords.VERB_MODIFIERS.contains(l)
                || FunctionWords.PRONOUNS.contains(l);
    }

    /**
     * Whether a verb or preposition governs the name phrase opening at word i: a lower-case word
     * right before it that is no determiner or conjunction ("met President Hu", "with Ruiz").
     */
    boolean governed(int i, SpeechVerbs verbs) {
        if (i == 0 || w.gapBefore(i) != Gap.PLAIN) {
            return false;
        }
        String l = w.lower(i - 1);
        return !w.word(i - 1).capitalised() && !DETERMINERS.contains(l) && !FunctionWords.COORDINATORS.contains(l)
                && !FunctionWords.VERB_MODIFIERS.contains(l) && !CLAUSE_OPENERS.contains(l)
                && !verbs.contains(l); // "said Ana Ruiz": an inverted subject
    }

    /**
     * The "of" in a run that names a person of a body or state ("Ana Ruiz of Amnesty
     * International", "Abu Bakr of Nigeria"): two plain name words or more before it (no title:
     * "Prince William of Wales" is one name) that the gazetteer does not know as one; else -1.
     */
    int personOfBody(int first, int last) {
        for (int of = first + 2; of < last; of++) {
            if (!w.lower(of).equals("of")) {
                continue;
            }
            for (int i = first; i < of; i++) {
                if (words.isTitle(w.lower(i)) || words.isBodyWord(w.lower(i)) || !nameWord(i)) {
                    return -1;
                }
            }
            return description.personAt(w.word(first).start(), w.word(last).end()).isEmpty() ? of : -1;
        }
        return -1;
    }

    /** Some word of [first, last] is neither a title, a body's head word nor all capitals: a name, not a heading. */
    boolean holdsPlainName(int first, int last) {
        int capitals = 0;
        boolean plain = false;
        for (int i = first; i <= last; i++) {
            String t = w.word(i).text();
            if (t.length() > 2 && t.equals(t.toUpperCase(java.util.Locale.ROOT))) {
                capitals++;
            }
            plain |= w.word(i).capitalised() && !words.isTitle(w.lower(i)) && !words.isBodyWord(w.lower(i));
        }
        return plain && capitals < 2;
    }

    boolean holdsBodyWord(int first, int last) {
        for (int i = first; i <= last; i++) {
            if (w.word(i).capitalised() && words.isBodyWord(w.lower(i))) {
                return true;
            }
        }
        return false;
    }

    /** "government spokesman", "State Department spokesman": title words and named bodies right before. */
    Optional<int[]> titleBefore(int first) {
        int i = first;
        while (i > 0 && w.gapBefore(i) == Gap.PLAIN && describing(i - 1)) {
            i--;
        }
        return i < first ? Optional.of(new int[] {i, first - 1}) : Optional.empty();
    }

    private boolean describing(int i) {
        String l = w.lower(i);
        if (DETERMINERS.contains(l) || STOPS.contains(l)) {
            return false;
        }
        Word word = w.word(i);
        return words.isTitle(l) || description.nonPersonAt(word.start(), word.end()).isPresent();
    }

    /** ", a spokeswoman for the foreign ministry," after the name. */
    Optional<int[]> appositionAfter(int last) {
        int i = last + 1;
        if (i >= w.size() || w.gapBefore(i) != Gap.COMMA) {
            return Optional.empty();
        }
        String l = w.lower(i);
        boolean relative = l.equals("who") && i + 1 < w.size() && w.gapBefore(i + 1) == Gap.PLAIN
                && ROLE_VERBS.contains(w.lower(i + 1)); // ", who heads the Sahel Rights Network,"
        boolean opens = relative || DETERMINERS.contains(l) || (!w.word(i).capitalised()
                && !FunctionWords.CLAUSE_WORDS.contains(l) && !STOPS.contains(l)) || w.word(i).possessiveS();
        if (!opens) {
            return Optional.empty();
        }
        int e = i;
        while (e + 1 < w.size() && w.gapBefore(e + 1) == Gap.PLAIN && e - i < MAX_APPOSITION) {
            e++;
        }
        boolean says = personWords(i, e) || (relative && holdsBodyWord(i, e));
        return says ? Optional.of(new int[] {i, e}) : Optional.empty();
    }

    /**
     * " of the Sahel Rights Network in Niamey", " from Vancouver" right after the name: the body or
     * place a person is of; empty when no capitalised name follows the preposition.
     */
    Optional<int[]> affiliation(int last) {
        int i = last + 1;
        if (i + 1 >= w.size() || w.gapBefore(i) != Gap.PLAIN || !AFFILIATIONS.contains(w.lower(i))) {
            return Optional.empty();
        }
        int n = i + 1;
        if (DETERMINERS.contains(w.lower(n)) && n + 1 < w.size() && w.gapBefore(n + 1) == Gap.PLAIN) {
            n++;
        }
        if (w.gapBefore(n) != Gap.PLAIN || !w.word(n).capitalised() || opener(n)) {
            return Optional.empty();
        }
        int e = runEnd(n);
        if (e + 2 < w.size() && w.gapBefore(e + 1) == Gap.PLAIN && w.lower(e + 1).equals("in")
                && w.gapBefore(e + 2) == Gap.PLAIN && w.word(e + 2).capitalised()) {
            e = runEnd(e + 2); // "… in Niamey"
        }
        return Optional.of(new int[] {i, e});
    }

    /** "China's ambassador in Canberra, Cheng Jingye," / "said its chair, Ana Ruiz": the phrase set off before. */
    Optional<int[]> appositionBefore(int first, int last) {
        if (first == 0 || w.gapBefore(first) != Gap.COMMA || w.gapAfter(last) == Gap.PLAIN) {
            return Optional.empty();
        }
        int e = first - 1;
        int s = e;
        while (s > 0 && w.gapBefore(s) == Gap.PLAIN && e - s < MAX_APPOSITION) {
            s--;
        }
        while (s < e && !(DETERMINERS.contains(w.lower(s)) || words.isTitle(w.lower(s))
                || (w.word(s).capitalised() && !opener(s) && !FunctionWords.CLAUSE_WORDS.contains(w.lower(s))
                && !w.lower(s).equals("according")))) {
            s++;
        }
        return personWords(s, e) ? Optional.of(new int[] {s, e}) : Optional.empty();
    }

    private boolean personWords(int from, int to) {
        for (int i = from; i <= to; i++) {
            if (words.isPersonTitle(w.lower(i)) && !description.insideName(w.word(i))) {
                return true;
            }
        }
        return false;
    }

    /** A speech verb stands right before the name ("“…,” said Ana Ruiz"). */
    boolean spokenBefore(int first, SpeechVerbs verbs) {
        return first > 0 && w.gapBefore(first) == Gap.PLAIN && !w.word(first - 1).capitalised()
                && verbs.contains(w.lower(first - 1));
    }

    /** A speech verb follows the name, past auxiliaries and adverbs ("Ana Ruiz has said"). */
    boolean speaksNext(int last, SpeechVerbs verbs) {
        int i = last + 1;
        while (i < w.size() && w.gapBefore(i) == Gap.PLAIN && !w.word(i).capitalised()
                && FunctionWords.VERB_MODIFIERS.contains(w.lower(i))) {
            i++;
        }
        if (i >= w.size() || w.gapBefore(i) != Gap.PLAIN || w.word(i).capitalised()) {
            return false;
        }
        return verbs.longestMatch(w.lowers(), i) > 0;
    }
}
