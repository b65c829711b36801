package dyad.extract.quotes;

import static dyad.extract.quotes.FunctionWords.ACCOMPANIMENT;
import static dyad.extract.quotes.FunctionWords.COORDINATORS;
import static dyad.extract.quotes.FunctionWords.DETERMINERS;
import static dyad.extract.quotes.FunctionWords.NOUN_LINKS;
import static dyad.extract.quotes.FunctionWords.PARTICLES;
import static dyad.extract.quotes.FunctionWords.PLACE_LINKS;
import static dyad.extract.quotes.FunctionWords.PRONOUNS;
import static dyad.extract.quotes.FunctionWords.RELATIVES;
import static dyad.extract.quotes.FunctionWords.STOPS;
import static dyad.extract.quotes.FunctionWords.TIME_INTRODUCERS;
import static dyad.extract.quotes.FunctionWords.TIME_WORDS;
import static dyad.extract.quotes.FunctionWords.VERB_MODIFIERS;

import dyad.extract.quotes.Window.Gap;
import dyad.model.Span;

/**
 * Finds the speaker mention next to a speech verb: the subject before it ("Ana Pérez
 * said", "the ministry has said", "X, a spokesperson for Y, said") or the inverted subject
 * after it ("said Ana Pérez", "according to an internal memo").
 *
 * <p>A speaker is a pronoun, a capitalised name sequence (with particles and "of" between
 * capitalised words, and lists joined by "and"), or a determiner phrase ("the government",
 * "a spokesperson for the ministry"). Without a parser the phrase ends at punctuation and
 * at function words; the head of "X, a spokesperson for Y" is X.
 */
final class SpeakerFinder {

    /** Words [first, last] of the window. */
    record Phrase(int first, int last) {
    }

    /** Auxiliaries that are also names: capitalised right before a past verb they are the name ("May told"). */
    private static final java.util.Set<String> AUXILIARY_NAMES = java.util.Set.of("may", "will", "can");

    /** Longest phrase considered, in words: longer runs are clauses, not speakers. */
    private static final int MAX_PHRASE = 10;
    /** Most particles between two parts of a name ("von der"). */
    private static final int MAX_JOINERS = 3;

    private final Window w;
    private final SpeechVerbs verbs;

    SpeakerFinder(Window window, SpeechVerbs verbs) {
        this.w = window;
        this.verbs = verbs;
    }

    /** The phrase as a document span, without a final possessive 's ("In X’s words" names X). */
    Span span(Phrase p) {
        int start = w.word(p.first()).start();
        Word last = w.word(p.last());
        int end = last.possessiveS() ? last.end() - 2 : last.end();
        return Span.of(w.text(), start, end);
    }

    /** Index of the word left of a verb once adverbs, auxiliaries and a time phrase are skipped; -1 if none. */
    int leftOfVerb(int v) {
        int j = v - 1;
        int next = v;
        boolean moved = true;
        while (moved) {
            moved = false;
            while (j >= 0 && w.gapBefore(next) == Gap.PLAIN && isVerbModifier(j)) {
                next = j--;
                moved = true;
            }
            // "X on Monday said", "a document last fall stating": only with the word that opens the time phrase
            int k = j;
            int nk = next;
            while (k >= 0 && w.gapBefore(nk) == Gap.PLAIN && isTimeWord(k)) {
                nk = k--;
            }
            if (k < j && k >= 0 && w.gapBefore(nk) == Gap.PLAIN && TIME_INTRODUCERS.contains(w.lower(k))) {
                next = k;
                j = k - 1;
                moved = true;
            }
        }
        return j;
    }

    /** The subject left of the verb starting at word v, or null. */
    Phrase subjectBefore(int v) {
        int j = leftOfVerb(v);
        if (j < 0) {
            return null;
        }
        Gap g = w.gapAfter(j);
        if (g == Gap.HARD) {
            return null;
        }
        if (g == Gap.COMMA) {
            return beforeComma(j);
        }
        String l = w.lower(j);
        if (RELATIVES.contains(l)) {
            return antecedent(j);
        }
        if (PRONOUNS.contains(l)) {
            return new Phrase(j, j);
        }
        if (j == v - 1 && w.word(j).capitalised() && AUXILIARY_NAMES.contains(l)) {
            return new Phrase(nameStart(j), j); // "“…,” May told parliament": no auxiliary stands before "told"
        }
        if (STOPS.contains(l) || DETERMINERS.contains(l)) {
            return null;
        }
        return phraseEndingAt(j);
    }

    /**
     * The subject of the clause a verb without its own subject belongs to: "Beijing did not take
     * part and has called …", "Rwanda justified it, describing …", "…, which Kigali rejects,
     * calling …". The phrase opening the clause before the last comma (after a relative
     * pronoun), else the phrase opening the window; null when neither is a name or noun phrase.
     */
    Phrase clauseSubject(int v) {
        int start = v - 1;
        while (start > 0 && w.gapBefore(start) == Gap.PLAIN) {
            start--;
        }
        if (w.gapBefore(start) == Gap.COMMA) {
            Phrase p = subjectOpening(start);
            if (p != null && p.last() < v) {
                return p;
            }
        }
        int first = start;
        while (first > 0 && w.gapBefore(first) != Gap.HARD) {
            first--;
        }
        Phrase p = subjectOpening(first);
        return p != null && p.last() < v ? p : null;
    }

    /** A name or determiner phrase opening a clause at word i, after a relative pronoun there. */
    Phrase subjectOpening(int i) {
        int k = (RELATIVES.contains(w.lower(i)) || w.lower(i).equals("whom")) && i + 1 < w.size() && w.gapBefore(i + 1) == Gap.PLAIN ? i + 1 : i;
        String l = w.lower(k);
        boolean name = w.word(k).capitalised() && !isClauseOpener(k);
        if (!name && !DETERMINERS.contains(l) && !(PRONOUNS.contains(l) && !l.equals("it"))) {
            return null;
        }
        return phraseStartingAt(k);
    }

    /** True when the verb at v continues a coordinated predicate: "They called for … and expressed …". */
    boolean coordinated(int v) {
        int j = leftOfVerb(v);
        return j >= 0 && w.gapAfter(j) != Gap.HARD && COORDINATORS.contains(w.lower(j));
    }

    /**
     * The subject of "…, P, said" where the verb follows a comma. P set off by commas and
     * starting in lower case describes the name before it ("Jean Roy, the ministry’s
     * spokesperson, said" → Jean Roy); a name set off so ("the President of X, Ana Pérez,
     * said") is the speaker itself. Otherwise null: the subject may follow the verb.
     */
    private Phrase beforeComma(int j) {
        int p = j;
        while (p > 0 && w.gapBefore(p) == Gap.PLAIN) {
            p--;
        }
        String first = w.lower(p);
        boolean setOff = p > 0 && w.gapBefore(p) == Gap.COMMA;
        boolean descriptive = !w.word(p).capitalised() || DETERMINERS.contains(first);
        if (setOff && descriptive) {
            Phrase x = phraseEndingAt(p - 1);
            if (x != null && ACCOMPANIMENT.contains(first)) {
                return new Phrase(x.first(), j); // "X, together with Y, said": both speak
            }
            return x;
        }
        if (setOff && w.word(j).capitalised()) {
            return phraseEndingAt(j);
        }
        if (!setOff && DETERMINERS.contains(first) && w.quoteBefore(w.word(p).start())) {
            return phraseEndingAt(j); // "“…,” the ministry’s spokesperson, said"
        }
        return null;
    }

    /** "X, who said": the relative pronoun at r stands for the phrase before it. */
    private Phrase antecedent(int r) {
        if (r == 0 || w.gapBefore(r) == Gap.HARD) {
            return null;
        }
        return phraseEndingAt(r - 1);
    }

    /** The speaker after a verb: "said Ana Pérez", "said the ministry in a statement". */
    Phrase phraseStartingAt(int i) {
        if (i >= w.size()) {
            return null;
        }
        String l = w.lower(i);
        if (PRONOUNS.contains(l) && !DETERMINERS.contains(l)) {
            return new Phrase(i, i);
        }
        if (STOPS.contains(l) || NOUN_LINKS.contains(l)) {
            return null;
        }
        if (w.word(i).capitalised() && !DETERMINERS.contains(l)) {
            return new Phrase(i, nameEnd(i));
        }
        int e = i;
        while (e + 1 < w.size() && w.gapBefore(e + 1) == Gap.PLAIN && e - i < MAX_PHRASE) {
            String n = w.lower(e + 1);
            if (STOPS.contains(n) || (PRONOUNS.contains(n) && !DETERMINERS.contains(n))) {
                break;
            }
            if (DETERMINERS.contains(n) && !NOUN_LINKS.contains(w.lower(e))) {
                break;
            }
            e++;
        }
        while (e > i && NOUN_LINKS.contains(w.lower(e))) {
            e--;
        }
        if (DETERMINERS.contains(w.lower(e))) {
            return null;
        }
        return new Phrase(i, e);
    }

    /** The noun phrase whose last word is j, or null when j cannot end one. */
    Phrase phraseEndingAt(int j) {
        if (j < 0) {
            return null;
        }
        String l = w.lower(j);
        if (PRONOUNS.contains(l) && !DETERMINERS.contains(l)) {
            return new Phrase(j, j);
        }
        if (STOPS.contains(l) || DETERMINERS.contains(l) || NOUN_LINKS.contains(l)) {
            return null;
        }
        if (w.word(j).capitalised() && !isClauseOpener(j)) {
            int s = withListBefore(withDeterminer(nameStart(j)));
            return new Phrase(extendLeft(s), j);
        }
        // A common-noun head: back to the determiner that opens the phrase, across "of"/"for".
        int k = j;
        while (k > 0 && w.gapBefore(k) == Gap.PLAIN && j - k < MAX_PHRASE) {
            String prev = w.lower(k - 1);
            if (STOPS.contains(prev) || (PRONOUNS.contains(prev) && !DETERMINERS.contains(prev))) {
                break;
            }
            // a speech verb ends the phrase ("said officials told") unless a determiner makes it a noun ("the state media")
            if (verbs.contains(prev) && !(k >= 2 && w.gapBefore(k - 1) == Gap.PLAIN
                    && DETERMINERS.contains(w.lower(k - 2)))) {
                break;
            }
            if (DETERMINERS.contains(w.lower(k)) && !NOUN_LINKS.contains(prev)) {
                break;
            }
            k--;
        }
        while (k < j && NOUN_LINKS.contains(w.lower(k))) {
            k++;
        }
        if (k == j && verbs.contains(l)) {
            return null; // a bare verb form is no noun phrase
        }
        return new Phrase(k, j);
    }

    /** First word of the capitalised name ending at j: "Ana María Ruiz", "Bank of Ghana", "Ursula von der Leyen". */
    private int nameStart(int j) {
        int s = j;
        while (s > 0 && w.gapBefore(s) == Gap.PLAIN) {
            int p = s - 1;
            while (p > 0 && p >= s - MAX_JOINERS && isNameJoiner(p) && w.gapBefore(p) == Gap.PLAIN) {
                p--; // particles between capitalised parts
            }
            if (w.word(p).capitalised() && !isClauseOpener(p)) {
                s = p;
            } else {
                break;
            }
        }
        return s;
    }

    /** Last word of the capitalised name starting at i. */
    private int nameEnd(int i) {
        int e = i;
        while (e + 1 < w.size() && w.gapBefore(e + 1) == Gap.PLAIN) {
            int n = e + 1;
            while (n + 1 < w.size() && n <= e + MAX_JOINERS && isNameJoiner(n) && w.gapBefore(n + 1) == Gap.PLAIN) {
                n++;
            }
            if (w.word(n).capitalised()) {
                e = n;
            } else {
                break;
            }
        }
        return e;
    }

    /** Widens a name to a list: "Ghana, Kenya and Senegal", "the EU and the United States" (commas only once an "and" is seen). */
    private int withListBefore(int s) {
        boolean joined = false;
        while (true) {
            int element;
            if (s >= 2 && w.gapBefore(s) == Gap.PLAIN && (w.lower(s - 1).equals("and") || w.lower(s - 1).equals("or"))
                    && w.gapBefore(s - 1) != Gap.HARD && isNameWord(s - 2)) {
                element = withDeterminer(nameStart(s - 2));
                joined = true;
            } else if (joined && s >= 1 && w.gapBefore(s) == Gap.COMMA && isNameWord(s - 1)) {
                element = withDeterminer(nameStart(s - 1));
            } else {
                return s;
            }
            if (afterPreposition(element)) {
                return s; // "In Oslo, Smith and Jones said": Oslo is no speaker
            }
            s = element;
        }
    }

    private int withDeterminer(int s) {
        return s > 0 && w.gapBefore(s) == Gap.PLAIN && DETERMINERS.contains(w.lower(s - 1)) ? s - 1 : s;
    }

    /** Adds a determiner ("the Foreign Ministry") and the head a name depends on ("a spokesperson for the Ministry"). */
    private int extendLeft(int s) {
        if (s > 1 && w.gapBefore(s) == Gap.PLAIN && w.gapBefore(s - 1) == Gap.PLAIN) {
            String link = w.lower(s - 1);
            boolean place = PLACE_LINKS.contains(link) && isNounLike(s - 2); // "officials in Accra"
            if (NOUN_LINKS.contains(link) || place) {
                Phrase head = phraseEndingAt(s - 2);
                if (head != null) {
                    return head.first();
                }
            }
        }
        return s;
    }

    /** A word that can head a noun phrase rather than be a verb ("officials", not "arrived" or "met"). */
    private boolean isNounLike(int i) {
        String l = w.lower(i);
        return !STOPS.contains(l) && !DETERMINERS.contains(l) && !verbs.contains(l) && !l.endsWith("ed")
                && !l.endsWith("ing") && !(PRONOUNS.contains(l) && !DETERMINERS.contains(l));
    }

    private boolean isNameWord(int i) {
        return w.word(i).capitalised() && !isClauseOpener(i);
    }

    /** A capitalised word that opens a clause rather than a name: "However", "In", "The". */
    private boolean isClauseOpener(int i) {
        String l = w.lower(i);
        return STOPS.contains(l) || DETERMINERS.contains(l) || VERB_MODIFIERS.contains(l)
                || (PRONOUNS.contains(l) && !l.equals("i"));
    }

    private boolean isNameJoiner(int i) {
        String l = w.lower(i);
        return !w.word(i).capitalised() && (PARTICLES.contains(l) || l.equals("of"));
    }

    private boolean afterPreposition(int i) {
        return i > 0 && w.gapBefore(i) == Gap.PLAIN && STOPS.contains(w.lower(i - 1))
                && !COORDINATORS.contains(w.lower(i - 1));
    }

    private boolean isVerbModifier(int i) {
        // "Theresa May said": a capitalised word here is a name, not the auxiliary
        return !w.word(i).capitalised() && VERB_MODIFIERS.contains(w.lower(i));
    }

    private boolean isTimeWord(int i) {
        String l = w.lower(i);
        return TIME_WORDS.contains(l) || l.chars().allMatch(Character::isDigit);
    }
}
