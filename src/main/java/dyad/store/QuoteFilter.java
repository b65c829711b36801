package dyad.store;

import java.util.Locale;

/** Which quotes to list: the speaker's country, and text that the speaker or the quote contains (any case). */
public record QuoteFilter(String speakerCountry, String contains) {

    public static final QuoteFilter ALL = new QuoteFilter(null, null);

    public QuoteFilter {
        speakerCountry = speakerCountry == null ? null : Dyad.code(speakerCountry, "speaker");
        contains = contains == null || contains.isBlank() ? null : contains.trim().toLowerCase(Locale.ROOT);
    }
}
