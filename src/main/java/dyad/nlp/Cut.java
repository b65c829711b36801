package dyad.nlp;

/**
 * A sentence too long to analyse as one (no sentence end for more than {@link Nlp#MAX_SENTENCE_TOKENS}
 * tokens) that was cut into {@code parts} sentences, each tagged, parsed and read on its own.
 *
 * @param start  offset of its first character
 * @param end    offset after its last character
 * @param tokens how many tokens it has
 * @param parts  how many sentences it became
 */
public record Cut(int start, int end, int tokens, int parts) {

    public Cut {
        if (start < 0 || end < start || tokens < 1 || parts < 2) {
            throw new IllegalArgumentException("a cut needs 0 <= start <= end, tokens >= 1 and parts >= 2");
        }
    }
}
