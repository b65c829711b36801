package dyad.web;

import dyad.model.Actor;
import dyad.model.Event;
import dyad.model.Quote;
import dyad.model.Role;
import dyad.store.EventFilter;
import dyad.store.Page;
import dyad.store.PageRequest;
import dyad.store.QuoteFilter;
import dyad.store.Repository;
import dyad.store.Stored;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Actors with how many events they took part in and how many quotes they spoke, counted by
 * reading events and quotes page by page: the repository has no per-actor query yet. Reads at
 * most {@link #MAX_RECORDS} of each kind; {@link Tally#complete()} says whether that was all.
 */
final class ActorTally {

    static final int MAX_RECORDS = 200_000;

    /** One body (name, country, org, role) and its counts. */
    record ActorCount(String name, String country, String org, Role role, long events, long quotes) {
        long total() {
            return events + quotes;
        }
    }

    record Tally(List<ActorCount> actors, boolean complete) {
    }

    private record Body(String name, String country, String org, Role role) {
        static Body of(Actor a) {
            return new Body(a.name(), a.country(), a.org(), a.role());
        }
    }

    private final Repository repository;

    ActorTally(Repository repository) {
        this.repository = repository;
    }

    /** Actors of the country (or all, when null), most events and quotes first. */
    Tally count(String country) {
        return count(country, true);
    }

    /** Only the quoted actors of the country (or all), with their quote counts; events are not read. */
    Tally speakers(String country) {
        return count(country, false);
    }

    private Tally count(String country, boolean withEvents) {
        Map<Body, long[]> counts = new HashMap<>();
        EventFilter events = country == null ? EventFilter.ALL : EventFilter.ALL.withCountry(country);
        boolean complete = !withEvents || scan(page -> repository.events(events, page), (Stored<Event> s) -> {
            add(counts, s.record().source(), 0, country);
            add(counts, s.record().target(), 0, country);
        });
        complete &= scan(page -> repository.quotes(new QuoteFilter(country, null), page),
                (Stored<Quote> s) -> add(counts, s.record().speaker(), 1, country));
        List<ActorCount> out = new ArrayList<>(counts.size());
        counts.forEach((b, n) -> out.add(new ActorCount(b.name(), b.country(), b.org(), b.role(), n[0], n[1])));
        out.sort(Comparator.comparingLong(ActorCount::total).reversed()
                .thenComparing(a -> Objects.toString(a.name(), "")));
        return new Tally(out, complete);
    }

    private static void add(Map<Body, long[]> counts, Actor actor, int which, String country) {
        if (actor == null || actor.name() == null || (country != null && !country.equals(actor.country()))) {
            return;
        }
        counts.computeIfAbsent(Body.of(actor), b -> new long[2])[which]++;
    }

    private static <T> boolean scan(java.util.function.Function<PageRequest, Page<T>> read,
                                    java.util.function.Consumer<T> each) {
        PageRequest request = PageRequest.first(PageRequest.MAX_LIMIT);
        while (request.offset() < MAX_RECORDS) {
            Page<T> page = read.apply(request);
            page.items().forEach(each);
            if (!page.more()) {
                return true;
            }
            request = request.next();
        }
        return false;
    }
}
