package dyad.extract.quotes;

import static dyad.extract.quotes.FunctionWords.COORDINATORS;
import static dyad.extract.quotes.FunctionWords.DETERMINERS;
import static dyad.extract.quotes.FunctionWords.NOUN_LINKS;
import static dyad.extract.quotes.FunctionWords.PARTICLES;
import static dyad.extract.quotes.FunctionWords.PLACE_LINKS;
import static dyad.extract.quotes.FunctionWords.PRONOUNS;
import static dyad.extract.quotes.FunctionWords.STOPS;
import static dyad.extract.quotes.FunctionWords.VERB_MODIFIERS;

import dyad.extract.quotes.Window.Gap;
import dyad.model.Span;

/**
 * The extent of a speaker phrase around a word of a window, found without a parser: a
 * pronoun, a capitalised name sequence (with particles and "of" between capitalised words,
 * and lists joined by "and"), or a determiner phrase ("the government", "a spokesperson for
 * the ministry") that ends at punctuation and at function words. {@link SpeakerFinder}
 * decides where the speaker stands; this class decides how far its phrase reaches.
 */
final class NounPhrases {

    /** Words [first, last] of the window. */
    record Phrase(int first, int last) {
    }

    /** Longest phrase considered, in words: longer runs are clauses, not speakers. */
    private static final int MAX_PHRASE = 10;
    /** Most particles between two parts of a name ("von der"). */
    private static final int MAX_JOINERS = 3;

    private final Window w;
    private final SpeechVerbs verbs;

    NounPhrases(Window window, SpeechVerbs verbs) {
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
    int nameStart(int j) {
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
    boolean isClauseOpener(int i) {
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
}
