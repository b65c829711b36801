package dyad.model;

/** A piece of a document: text == document.substring(start, end). */
public record Span(String text, int start, int end) {
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
        if (text == null || text.length() != end - start) {
            throw new IllegalArgumentException("span text length does not match [" + start + ", " + end + ")");
        }
    }

    public static Span of(String document, int start, int end) {
        return new Span(document.substring(start, end), start, end);
    }

    public boolean contains(int offset) {
        return offset >= start && offset < end;
    }

    public boolean overlaps(int otherStart, int otherEnd) {
        return start < otherEnd && otherStart < end;
    }
}
