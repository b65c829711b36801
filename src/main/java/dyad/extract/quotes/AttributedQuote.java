package dyad.extract.quotes;

import dyad.model.Span;

/**
 * A quote the text attributes to someone.
 *
 * @param quote        the quoted words without the marks
 * @param verb         the attributing words as written, in lower case ("said", "added",
 *                     "according to", "called for"), or null when the text names the speaker without a verb
 *                     ("In X's words: ...")
 * @param speaker      the speaker mention as written: a name, a pronoun or a noun phrase; the
 *                     caller resolves it to an actor
 * @param continuation true when the quote has no attribution of its own and inherits the one
 *                     of the quote it continues
 */
public record AttributedQuote(Span quote, String verb, Span speaker, boolean continuation) {

    public AttributedQuote {
        if (quote == null || speaker == null) {
            throw new IllegalArgumentException("an attributed quote needs its text and its speaker");
        }
        if (verb != null && verb.isBlank()) {
            throw new IllegalArgumentException("verb must be null or words, not blank");
        }
    }
}
