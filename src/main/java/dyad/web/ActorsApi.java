package dyad.web;

import dyad.model.Role;
import dyad.store.PageRequest;
import io.javalin.http.Context;
import java.util.List;
import java.util.Locale;

/** {@code GET /api/actors}: actors with their event and quote counts, most active first. */
final class ActorsApi {

    private final ActorTally tally;

    ActorsApi(ActorTally tally) {
        this.tally = tally;
    }

    void register(RouteTable routes) {
        routes.api("/api/actors", this::list);
    }

    /** The page, and whether every stored event and quote was counted. */
    record ActorsView(List<ActorTally.ActorCount> items, int offset, int limit, boolean more, long total, boolean complete) {
    }

    private void list(Context ctx) {
        Params params = new Params(ctx);
        String country = params.country("country");
        Role role = role(params.text("role"));
        String q = params.text("q");
        PageRequest page = params.page();
        ActorTally.Tally t = tally.count(country);
        List<ActorTally.ActorCount> matching = t.actors().stream()
                .filter(a -> role == null || a.role() == role)
                .filter(a -> q == null || a.name().toLowerCase(Locale.ROOT).contains(q.toLowerCase(Locale.ROOT)))
                .toList();
        int from = Math.min(page.offset(), matching.size());
        int to = Math.min(from + page.limit(), matching.size());
        ctx.json(new ActorsView(matching.subList(from, to), page.offset(), page.limit(), to < matching.size(),
                matching.size(), t.complete()));
    }

    static Role role(String code) {
        if (code == null) {
            return null;
        }
        try {
            return Role.valueOf(code.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadParameter("role", "unknown role '" + code + "'; one of " + List.of(Role.values()));
        }
    }
}
