package dyad.store;

import dyad.model.Modality;
import dyad.model.PloverType;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;

/**
 * Which events to list or count; every part is optional (null or empty = no condition) and
 * the parts combine with AND.
 *
 * @param dyad       the source and target countries (ordered) or the two countries either way
 * @param country    a country on either side
 * @param types      any of these PLOVER types
 * @param modalities any of these modalities
 * @param actor      text that the source's or target's name or mention contains (any case)
 * @param from       first day (inclusive) of the event date's first day; undated events are excluded
 * @param to         last day (inclusive), as {@code from}
 */
public record EventFilter(Dyad dyad, String country, Set<PloverType> types, Set<Modality> modalities,
                          String actor, LocalDate from, LocalDate to) {

    public static final EventFilter ALL = new EventFilter(null, null, Set.of(), Set.of(), null, null, null);

    public EventFilter {
        country = country == null ? null : Dyad.code(country, "filter");
        types = types == null ? Set.of() : Set.copyOf(types);
        modalities = modalities == null ? Set.of() : Set.copyOf(modalities);
        actor = actor == null || actor.isBlank() ? null : actor.trim().toLowerCase(Locale.ROOT);
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("event filter: from " + from + " is after to " + to);
        }
    }

    public EventFilter withDyad(Dyad d) {
        return new EventFilter(d, country, types, modalities, actor, from, to);
    }

    public EventFilter withCountry(String c) {
        return new EventFilter(dyad, c, types, modalities, actor, from, to);
    }

    public EventFilter withTypes(Set<PloverType> t) {
        return new EventFilter(dyad, country, t, modalities, actor, from, to);
    }

    public EventFilter withModalities(Set<Modality> m) {
        return new EventFilter(dyad, country, types, m, actor, from, to);
    }

    public EventFilter withActor(String a) {
        return new EventFilter(dyad, country, types, modalities, a, from, to);
    }

    public EventFilter between(LocalDate first, LocalDate last) {
        return new EventFilter(dyad, country, types, modalities, actor, first, last);
    }
}
