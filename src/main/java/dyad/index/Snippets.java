package dyad.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Picks the passage of a document's text that best matches the query (the first sentence when
 * nothing matches), as plain text with its offsets in the text: the caller escapes and marks it.
 */
final class Snippets {

    /** A piece of text and where it lies. */
    record Snippet(String text, int start, int end) {
    }

    static final int MAX_CHARS = 300;

    private final UnifiedHighlighter highlighter;

    Snippets(Analyzer analyzer) {
        this.highlighter = UnifiedHighlighter.builderWithoutSearcher(analyzer)
                .withFormatter(new BestPassage())
                .withMaxLength(Integer.MAX_VALUE - 1)
                .build();
    }

    /** The best passage of {@code text} for {@code textQuery}. */
    Snippet best(Query textQuery, String text) {
        try {
            Object best = highlighter.highlightWithoutSearcher(Fields.TEXT, textQuery, text, 1);
            return best instanceof Snippet s ? s : shorten(text, 0, text.length());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot highlight a search hit", e);
        }
    }

    /**
     * {@code text} (which lies at {@code start}–{@code end} of its document) trimmed of outer
     * white space and cut after at most {@link #MAX_CHARS} characters, with "…" when cut.
     */
    static Snippet shorten(String text, int start, int end) {
        int from = 0;
        int to = text.length();
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        String body = text.substring(from, to);
        if (body.length() > MAX_CHARS) {
            int cut = MAX_CHARS;
            if (Character.isLowSurrogate(body.charAt(cut))) {
                cut--;
            }
            body = body.substring(0, cut).stripTrailing() + "…";
        }
        return new Snippet(body, start + from, start + to);
    }

    /** Formats the best passage as a {@link Snippet} instead of marked-up text. */
    private static final class BestPassage extends PassageFormatter {
        @Override
        public Object format(Passage[] passages, String content) {
            if (passages.length == 0) {
                return null;
            }
            Passage p = passages[0];
            return shorten(content.substring(p.getStartOffset(), p.getEndOffset()), p.getStartOffset(), p.getEndOffset());
        }
    }
}
