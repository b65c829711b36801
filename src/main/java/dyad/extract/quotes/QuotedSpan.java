package dyad.extract.quotes;

import dyad.model.Span;

/**
 * The words between one pair of quotation marks.
 *
 * @param text      the quoted words without the marks; {@code text.text()} is exactly the
 *                  document between {@code text.start()} and {@code text.end()}
 * @param markStart offset of the opening mark
 * @param markEnd   offset just past the closing mark, or {@code text.end()} when the quote
 *                  was left open and closed by the end of its paragraph
 * @param closed    false for a quote closed by its paragraph end (the multi-paragraph
 *                  convention, where only the last paragraph gets a closing mark)
 */
public record QuotedSpan(Span text, int markStart, int markEnd, boolean closed) {

    public QuotedSpan {
        if (text == null) {
            throw new IllegalArgumentException("quoted span needs its text");
        }
        if (markStart >= text.start() || markEnd < text.end()) {
            throw new IllegalArgumentException("quotation marks [" + markStart + ", " + markEnd
                    + ") must enclose the quoted text [" + text.start() + ", " + text.end() + ")");
        }
    }
}
