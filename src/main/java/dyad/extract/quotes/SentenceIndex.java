package dyad.extract.quotes;

import dyad.model.Span;
import java.util.List;

/**
 * Which sentences a stretch of text falls in. Sentence spans may leave gaps (list
 * markers, headings' markup), so an offset in a gap belongs to the sentence after it
 * when it starts something and to the one before it when it ends something.
 */
final class SentenceIndex {

    private final List<Span> sentences;

    SentenceIndex(List<Span> sentences) {
        for (int k = 1; k < sentences.size(); k++) {
            if (sentences.get(k).start() < sentences.get(k - 1).start()) {
                throw new IllegalArgumentException("sentences must be in document order: sentence " + k
                        + " starts at " + sentences.get(k).start() + ", before sentence " + (k - 1));
            }
        }
        this.sentences = List.copyOf(sentences);
    }

    boolean isEmpty() {
        return sentences.isEmpty();
    }

    Span get(int k) {
        return sentences.get(k);
    }

    /** The sentence holding the character at this offset, else the first one after it, else the last. */
    int startingAt(int offset) {
        for (int k = 0; k < sentences.size(); k++) {
            if (offset < sentences.get(k).end()) {
                return k;
            }
        }
        return sentences.size() - 1;
    }

    /** The sentence holding the character at this offset, else the last one before it, else the first. */
    int endingAt(int offset) {
        for (int k = sentences.size() - 1; k >= 0; k--) {
            if (offset >= sentences.get(k).start()) {
                return k;
            }
        }
        return 0;
    }
}
