package dyad.extract.quotes;

/**
 * The words quotes are read with, loaded once and passed in: the verbs of saying, and the titles
 * and body words that make a speaker's name.
 */
public final class QuoteLexicon {

    private final SpeechVerbs verbs;
    private final NameWords words;
    private final CastFinder cast;

    private QuoteLexicon(SpeechVerbs verbs, NameWords words) {
        this.verbs = verbs;
        this.words = words;
        this.cast = new CastFinder(words, verbs);
    }

    /** The shipped lists, from the class path. */
    public static QuoteLexicon load() {
        return new QuoteLexicon(SpeechVerbs.load(), NameWords.shipped());
    }

    public SpeechVerbs verbs() {
        return verbs;
    }

    NameWords words() {
        return words;
    }

    CastFinder cast() {
        return cast;
    }
}
