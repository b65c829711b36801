package dyad.web;

import dyad.model.Role;
import dyad.store.ActorActivity;
import dyad.store.PageRequest;
import dyad.store.Repository;
import io.javalin.http.Context;
import java.util.List;
import java.util.Locale;

/** {@code GET /api/actors}: actors with their event and quote counts, most active first. */
final class ActorsApi {

    private final Repository repository;

    ActorsApi(Repository repository) {
        this.repository = repository;
    }

    void register(RouteTable routes) {
        routes.api("/api/actors", this::list);
    }

    record ActorsView(List<ActorActivity> items, int offset, int limit, boolean more, long total) {
    }

    private void list(Context ctx) {
        Params params = new Params(ctx);
        String country = params.country("country");
        Role role = role(params.text("role"));
        String q = params.text("q");
        PageRequest page = params.page();
        List<ActorActivity> matching = repository.actors(country).stream()
                .filter(a -> role == null || a.role() == role)
                .filter(a -> q == null || a.name().toLowerCase(Locale.ROOT).contains(q.toLowerCase(Locale.ROOT)))
                .toList();
        int from = Math.min(page.offset(), matching.size());
        int to = Math.min(from + page.limit(), matching.size());
        ctx.json(new ActorsView(matching.subList(from, to), page.offset(), page.limit(), to < matching.size(),
                matching.size()));
    }

    static Role role(String code) {
        if (code == null) {
            return null;
        }
        try {
            return Role.valueOf(code.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadParameter("role", "unknown role " + Shown.quoted(code) + "; one of " + List.of(Role.values()));
        }
    }
}
