package dyad.store;

/** Which letters to list: those with an author or recipient of this country (null = all). */
public record LetterFilter(String country) {

    public static final LetterFilter ALL = new LetterFilter(null);

    public LetterFilter {
        country = country == null ? null : Dyad.code(country, "letter");
    }
}
