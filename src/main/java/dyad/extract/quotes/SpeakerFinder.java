package dyad.extract.quotes;

import static dyad.extract.quotes.FunctionWords.ACCOMPANIMENT;
import static dyad.extract.quotes.FunctionWords.COORDINATORS;
import static dyad.extract.quotes.FunctionWords.DETERMINERS;
import static dyad.extract.quotes.FunctionWords.PRONOUNS;
import static dyad.extract.quotes.FunctionWords.RELATIVES;
import static dyad.extract.quotes.FunctionWords.STOPS;
import static dyad.extract.quotes.FunctionWords.TIME_INTRODUCERS;
import static dyad.extract.quotes.FunctionWords.TIME_WORDS;
import static dyad.extract.quotes.FunctionWords.VERB_MODIFIERS;

import dyad.extract.quotes.NounPhrases.Phrase;
import dyad.extract.quotes.Window.Gap;

/**
 * Finds the speaker mention next to a speech verb: the subject before it ("Ana Pérez
 * said", "the ministry has said", "X, a spokesperson for Y, said") or the inverted subject
 * after it ("said Ana Pérez", "according to an internal memo"); the head of
 * "X, a spokesperson for Y" is X. How far each phrase reaches is {@link NounPhrases}' job.
 */
final class SpeakerFinder {

    /** Auxiliaries that are also names: capitalised right before a past verb they are the name ("May told"). */
    private static final java.util.Set<String> AUXILIARY_NAMES = java.util.Set.of("may", "will", "can");

    private final Window w;
    private final NounPhrases phrases;

    SpeakerFinder(Window window, SpeechVerbs verbs) {
        this.w = window;
        this.phrases = new NounPhrases(window, verbs);
    }

    /** How far the phrases around a word reach. */
    NounPhrases phrases() {
        return phrases;
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
            return new Phrase(phrases.nameStart(j), j); // "“…,” May told parliament": no auxiliary stands before "told"
        }
        if (STOPS.contains(l) || DETERMINERS.contains(l)) {
            return null;
        }
        return phrases.phraseEndingAt(j);
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
        boolean name = w.word(k).capitalised() && !phrases.isClauseOpener(k);
        if (!name && !DETERMINERS.contains(l) && !(PRONOUNS.contains(l) && !l.equals("it"))) {
            return null;
        }
        return phrases.phraseStartingAt(k);
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
            Phrase x = phrases.phraseEndingAt(p - 1);
            if (x != null && ACCOMPANIMENT.contains(first)) {
                return new Phrase(x.first(), j); // "X, together with Y, said": both speak
            }
            return x;
        }
        if (setOff && w.word(j).nameLike()) { // "Sudan's army chief, General Abdel al-Burhan, said"
            return phrases.phraseEndingAt(j);
        }
        if (!setOff && DETERMINERS.contains(first) && w.quoteBefore(w.word(p).start())) {
            return phrases.phraseEndingAt(j); // "“…,” the ministry’s spokesperson, said"
        }
        return null;
    }

    /** "X, who said": the relative pronoun at r stands for the phrase before it. */
    private Phrase antecedent(int r) {
        if (r == 0 || w.gapBefore(r) == Gap.HARD) {
            return null;
        }
        return phrases.phraseEndingAt(r - 1);
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
