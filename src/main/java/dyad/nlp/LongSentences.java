package dyad.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Bounds the work per sentence: a sentence (as the splitter found it) of more than
 * {@link #MAX_TOKENS} tokens is cut into parts of at most that many, each tagged, parsed and
 * read as a sentence of its own, so that a text with no sentence end (a list, a transcript
 * without punctuation, a hostile input) costs time in proportion to its length. A part ends
 * where a clause is likeliest to: after the last ';', else after the last ',' or ':', else before
 * the last "and", "or" or "but" in its second half; else at the limit.
 */
final class LongSentences {

    /** Tokens a sentence may have and be analysed whole; the longest in the sample and dev texts have about 100. */
    static final int MAX_TOKENS = Nlp.MAX_SENTENCE_TOKENS;

    private static final Set<String> CONJUNCTIONS = Set.of("and", "or", "but", "And", "Or", "But");

    private LongSentences() {
    }

    /** The sentences with every over-long one replaced by its parts; {@code cuts} hears of each one cut. */
    static List<CoreMap> cut(List<CoreMap> sentences, List<Cut> cuts) {
        List<CoreMap> out = new ArrayList<>(sentences.size());
        for (CoreMap sentence : sentences) {
            List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
            if (tokens.size() <= MAX_TOKENS) {
                out.add(sentence);
                continue;
            }
            int parts = 0;
            for (int from = 0; from < tokens.size(); parts++) {
                int to = end(tokens, from);
                out.add(part(tokens.subList(from, to)));
                from = to;
            }
            cuts.add(new Cut(tokens.get(0).beginPosition(), tokens.get(tokens.size() - 1).endPosition(), tokens.size(),
                    parts));
        }
        for (int i = 0; i < out.size(); i++) {
            out.get(i).set(CoreAnnotations.SentenceIndexAnnotation.class, i);
        }
        return out;
    }

    /** Where the part that starts at {@code from} ends (exclusive). */
    private static int end(List<CoreLabel> tokens, int from) {
        int limit = from + MAX_TOKENS;
        if (limit >= tokens.size()) {
            return tokens.size();
        }
        int half = from + MAX_TOKENS / 2;
        int comma = -1;
        int conjunction = -1;
        for (int i = limit - 1; i > half; i--) {
            String word = tokens.get(i).word();
            if (word.equals(";")) {
                return i + 1;
            }
            if (comma < 0 && (word.equals(",") || word.equals(":"))) {
                comma = i + 1;
            }
            if (conjunction < 0 && CONJUNCTIONS.contains(word)) {
                conjunction = i;
            }
        }
        return comma > 0 ? comma : conjunction > 0 ? conjunction : limit;
    }

    /** A sentence of these tokens (copies, numbered from 1 as a sentence's are). */
    private static CoreMap part(List<CoreLabel> tokens) {
        List<CoreLabel> copies = new ArrayList<>(tokens.size());
        for (CoreLabel t : tokens) {
            CoreLabel copy = new CoreLabel(t);
            copy.setIndex(copies.size() + 1);
            copies.add(copy);
        }
        CoreMap part = new ArrayCoreMap();
        part.set(CoreAnnotations.TokensAnnotation.class, copies);
        part.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, copies.get(0).beginPosition());
        part.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, copies.get(copies.size() - 1).endPosition());
        return part;
    }
}
