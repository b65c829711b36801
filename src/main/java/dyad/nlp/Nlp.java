package dyad.nlp;

import java.util.function.Predicate;

/**
 * The NLP boundary: splits a (layout-normalised) text into tagged, lemmatised sentences,
 * and parses only the sentences the caller asks for. Offsets are into the given text. The work
 * per sentence is bounded: a sentence too long to analyse whole is cut into parts, each a
 * sentence of its own, and the analysis names it ({@link Analysis#cuts()}).
 */
public interface Nlp {

    /** Tokens a sentence may have and be analysed whole; a longer one is cut into parts of at most this many. */
    int MAX_SENTENCE_TOKENS = 200;

    Analysis analyze(String text, Predicate<Sentence> needsParse);
}
