package dyad.extract.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import dyad.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A test sentence with inline markup, so a test reads like the text it covers:
 * {@code ⟨…⟩} marks quoted words and {@code ⟦…⟧} a speaker mention, in document order.
 * The markers are removed; the expected spans keep the offsets of the clean text.
 */
record Fixture(String text, List<Span> quotes, List<Span> speakers) {

    /** The shipped verbs of saying, loaded once for the quote tests. */
    static final SpeechVerbs VERBS = SpeechVerbs.load();

    /** Sentence ends: . ! ? or "[…]" (with an optional closing mark) before a capital or an opening mark. */
    private static final Pattern SENTENCE_END =
            Pattern.compile("(?:[.!?]|\\[…\\])[”\"’»]?(?=\\s+[\\p{Lu}“\"‘«\\[*])|\\n\\s*\\n");

    static Fixture parse(String marked) {
        StringBuilder clean = new StringBuilder();
        List<Span> quotes = new ArrayList<>();
        List<Span> speakers = new ArrayList<>();
        int quoteStart = -1;
        int speakerStart = -1;
        for (int i = 0; i < marked.length(); i++) {
            char c = marked.charAt(i);
            switch (c) {
                case '⟨' -> quoteStart = clean.length();
                case '⟦' -> speakerStart = clean.length();
                case '⟩' -> quotes.add(new Span(clean.substring(quoteStart), quoteStart, clean.length()));
                case '⟧' -> speakers.add(new Span(clean.substring(speakerStart), speakerStart, clean.length()));
                default -> clean.append(c);
            }
        }
        return new Fixture(clean.toString(), quotes, speakers);
    }

    /** Sentences as a plain splitter finds them: at sentence punctuation before a new sentence, and at blank lines. */
    List<Span> sentences() {
        List<Span> out = new ArrayList<>();
        Matcher m = SENTENCE_END.matcher(text);
        int start = 0;
        while (m.find()) {
            int end = m.group().startsWith("\n") ? m.start() : m.end();
            add(out, start, end);
            start = m.end();
        }
        add(out, start, text.length());
        return out;
    }

    /** The whole text as one sentence (a sentence broken by a blank line is still one). */
    List<Span> oneSentence() {
        return List.of(Span.of(text, 0, text.length()));
    }

    List<AttributedQuote> find() {
        return QuoteFinder.find(text, sentences(), VERBS);
    }

    /** Asserts quote i has the expected text, offsets, verb and speaker j. */
    void assertQuote(AttributedQuote found, int quote, String verb, int speaker, boolean continuation) {
        Span q = quotes.get(quote);
        Span s = speakers.get(speaker);
        assertThat(found.quote()).as("quote %d of %s", quote, text).isEqualTo(q);
        assertThat(found.quote().text()).isEqualTo(text.substring(q.start(), q.end()));
        assertThat(found.verb()).as("verb of quote %d", quote).isEqualTo(verb);
        assertThat(found.speaker()).as("speaker of quote %d", quote).isEqualTo(s);
        assertThat(found.continuation()).as("continuation of quote %d", quote).isEqualTo(continuation);
    }

    private void add(List<Span> out, int start, int end) {
        int s = start;
        int e = end;
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        if (s < e) {
            out.add(Span.of(text, s, e));
        }
    }
}
