package dyad.index;

import dyad.model.Modality;
import dyad.model.PloverType;
import java.time.LocalDate;
import java.util.Set;

/**
 * What to search. Every part is optional (null or empty = no condition); the parts combine with AND.
 *
 * @param text       free text (Lucene classic syntax is not exposed: words, "phrases", -exclusions)
 * @param kinds      any of document / event / quote (empty = all)
 * @param actor      actor name or mention text (source, target or speaker)
 * @param country    ISO3 of any participant or speaker
 * @param types      PLOVER types (events only)
 * @param modalities modalities (events only)
 * @param from       first day (inclusive) of an event's or document's date
 * @param to         last day (inclusive)
 * @param offset     hits to skip (>= 0)
 * @param limit      hits to return (1–100)
 */
public record SearchQuery(String text, Set<Kind> kinds, String actor, String country, Set<PloverType> types,
                          Set<Modality> modalities, LocalDate from, LocalDate to, int offset, int limit) {

    public enum Kind { DOCUMENT, EVENT, QUOTE }

    public static final int MAX_LIMIT = 100;

    public SearchQuery {
        kinds = kinds == null ? Set.of() : Set.copyOf(kinds);
        types = types == null ? Set.of() : Set.copyOf(types);
        modalities = modalities == null ? Set.of() : Set.copyOf(modalities);
        if (offset < 0) {
            throw new IllegalArgumentException("search offset must be >= 0, got " + offset);
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("search limit must be 1.." + MAX_LIMIT + ", got " + limit);
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("search: from " + from + " is after to " + to);
        }
    }

    public static SearchQuery text(String text) {
        return new SearchQuery(text, Set.of(), null, null, Set.of(), Set.of(), null, null, 0, 20);
    }
}
