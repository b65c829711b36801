package dyad.web;

import dyad.model.Event;
import dyad.store.Dyad;
import dyad.store.EventFilter;
import dyad.store.Page;
import dyad.store.PageRequest;
import dyad.store.Repository;
import dyad.store.Stored;
import io.javalin.http.Context;
import java.time.LocalDate;

/**
 * {@code GET /api/events}: events, latest first, filtered by dyad, country, type, modality, actor and
 * dates; each with its cluster and the sources telling its act.
 */
final class EventsApi {

    private final Repository repository;

    EventsApi(Repository repository) {
        this.repository = repository;
    }

    void register(RouteTable routes) {
        routes.api("/api/events", this::list);
    }

    private void list(Context ctx) {
        Params params = new Params(ctx);
        EventFilter filter = filter(params);
        PageRequest page = params.page();
        Page<Stored<Event>> events = repository.events(filter, page);
        ctx.json(Views.PageView.of(events, Views.EventView.over(Told.of(repository, events.items())),
                repository.countEvents(filter)));
    }

    /** The filter of the query parameters a, b, either, country, type, modality, actor, from, to (shared with the events page). */
    static EventFilter filter(Params params) {
        String a = params.country("a");
        String b = params.country("b");
        if ((a == null) != (b == null)) {
            throw new BadParameter(a == null ? "a" : "b", "a dyad needs both a and b");
        }
        Dyad dyad = a == null ? null : new Dyad(a, b, !params.flag("either"));
        LocalDate from = params.date("from");
        LocalDate to = params.date("to");
        Params.ordered("from", from, to);
        return new EventFilter(dyad, params.country("country"), params.types("type"), params.modalities("modality"),
                params.text("actor"), from, to);
    }
}
