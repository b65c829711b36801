package dyad.web;

import dyad.store.ActorActivity;
import dyad.store.Repository;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** {@code GET /voices}: who is quoted, grouped by country and role, most quoted first. */
final class VoicesPage {

    private final Repository repository;
    private final Templates templates;

    VoicesPage(Repository repository, Templates templates) {
        this.repository = repository;
        this.templates = templates;
    }

    void register(RouteTable routes) {
        routes.page("/voices", this::show);
    }

    record Group(String country, String role, long quotes, List<ActorActivity> speakers, String link) {
    }

    private void show(Context ctx) {
        String country = new Params(ctx).country("country");
        Map<String, List<ActorActivity>> byGroup = new TreeMap<>();
        for (ActorActivity a : repository.speakers(country)) {
            if (a.quotes() > 0) {
                String key = (a.country() == null ? "—" : a.country()) + "\t" + a.role();
                byGroup.computeIfAbsent(key, k -> new ArrayList<>()).add(a);
            }
        }
        List<Group> groups = new ArrayList<>();
        byGroup.forEach((key, speakers) -> {
            String[] parts = key.split("\t");
            speakers.sort((x, y) -> Long.compare(y.quotes(), x.quotes()));
            long quotes = speakers.stream().mapToLong(ActorActivity::quotes).sum();
            String link = parts[0].equals("—") ? "/api/quotes" : "/api/quotes?country=" + parts[0];
            groups.add(new Group(parts[0], parts[1], quotes, speakers, link));
        });
        groups.sort((x, y) -> Long.compare(y.quotes(), x.quotes()));
        templates.page(ctx, "voices", Map.of("title", "Voices", "groups", groups,
                "country", country == null ? "" : country));
    }
}
