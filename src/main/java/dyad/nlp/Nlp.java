package dyad.nlp;

import java.util.List;
import java.util.function.Predicate;

/**
 * The NLP boundary: splits a (layout-normalised) text into tagged, lemmatised sentences,
 * and parses only the sentences the caller asks for. Offsets are into the given text.
 */
public interface Nlp {
    List<Sentence> analyze(String text, Predicate<Sentence> needsParse);
}
