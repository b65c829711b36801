package dyad.web;

import dyad.store.EventFilter;
import dyad.store.Page;
import dyad.store.PageRequest;
import dyad.store.Repository;
import dyad.store.Stored;
import io.javalin.http.Context;
import java.util.HashMap;
import java.util.Map;

/** {@code GET /events}: the event list with the API's filters; each event opens its document with the evidence marked. */
final class EventsPage {

    private final Repository repository;
    private final Templates templates;

    EventsPage(Repository repository, Templates templates) {
        this.repository = repository;
        this.templates = templates;
    }

    void register(RouteTable routes) {
        routes.page("/events", this::show);
    }

    private void show(Context ctx) {
        Params params = new Params(ctx);
        EventFilter filter = EventsApi.filter(params);
        PageRequest page = params.page();
        Page<Stored<dyad.model.Event>> events = repository.events(filter, page);
        Map<String, Object> model = new HashMap<>();
        model.put("title", "Events");
        model.put("events", EventRows.of(repository, events.items()));
        model.put("total", repository.countEvents(filter));
        model.put("filter", ctx.queryParamMap());
        model.put("pager", Pager.of(ctx, page, events.more()));
        templates.page(ctx, "events", model);
    }
}
