package dyad.accountability;

/**
 * A tracked letter, named durably: the letter record ({@code letter}), or, when {@code reference}
 * is set, the earlier letter that record cites at that position (known only from the citation).
 */
public record LetterRef(RecordRef letter, Integer reference) {

    public LetterRef {
        if (letter == null || reference != null && reference < 0) {
            throw new IllegalArgumentException("letter reference needs a record and a citation position >= 0");
        }
    }

    public static LetterRef of(RecordRef letter) {
        return new LetterRef(letter, null);
    }

    public boolean cited() {
        return reference != null;
    }
}
