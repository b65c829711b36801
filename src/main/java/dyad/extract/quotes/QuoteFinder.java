package dyad.extract.quotes;

import dyad.model.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * The text-level quote stage: every quoted span the text attributes, with its speech
 * verb and speaker mention, in document order. Works on characters and word patterns
 * only; resolving speaker mentions to actors is the caller's job.
 */
public final class QuoteFinder {

    private QuoteFinder() {
    }

    /**
     * @param text      the document; offsets are UTF-16 indices into it
     * @param sentences its sentence spans in document order, as the sentence splitter found
     *                  them (may be empty: paragraphs then stand in for sentences)
     * @param verbs     the verbs of saying that attribute a quote
     */
    public static List<AttributedQuote> find(String text, List<Span> sentences, SpeechVerbs verbs) {
        if (text == null || sentences == null || verbs == null) {
            throw new IllegalArgumentException("text, sentences and verbs are required");
        }
        for (Span s : sentences) {
            if (s.end() > text.length()) {
                throw new IllegalArgumentException("sentence [" + s.start() + ", " + s.end()
                        + ") runs past the end of the text (length " + text.length() + ")");
            }
        }
        Paragraphs paragraphs = Paragraphs.of(text);
        List<QuotedSpan> quotes = QuotedSpanFinder.find(text, paragraphs);
        if (quotes.isEmpty()) {
            return List.of();
        }
        List<Span> units = sentences.isEmpty() ? paragraphSpans(text, paragraphs) : sentences;
        return new Attribution(verbs).attribute(text, quotes, new SentenceIndex(units), paragraphs);
    }

    static List<Span> paragraphSpans(String text, Paragraphs paragraphs) {
        List<Span> spans = new ArrayList<>();
        for (int p = 0; p < paragraphs.size(); p++) {
            spans.add(Span.of(text, paragraphs.start(p), paragraphs.end(p)));
        }
        return spans;
    }
}
