package dyad.web;

import dyad.coverage.DyadCoverage;
import dyad.store.CoverageQuery;
import dyad.store.EventFilter;
import dyad.store.PageRequest;
import dyad.store.Repository;
import dyad.store.TimelineQuery;
import dyad.timeline.DyadTimeline;
import dyad.timeline.Timelines;
import io.javalin.http.Context;
import java.util.HashMap;
import java.util.Map;

/**
 * {@code GET /dyads/{a}/{b}}: the timeline of two countries (a stacked bar per month or per year
 * by PLOVER type and the cooperation–conflict score, drawn in the browser from the timeline API,
 * with a Months / Years toggle; the number of undated events as a note; GDELT's series below it
 * when events imported from GDELT concern the pair), the
 * pair's coverage under it (documents, publishers and quotes per month, whose side is heard), the
 * relation state bands below, and the dyad's latest events, each opening its evidence.
 */
final class DyadPage {

    static final int MONTHS_FOR_MONTHLY_CHART = 3;

    private final Repository repository;
    private final Timelines timelines;
    private final Timelines gdelt;
    private final Templates templates;

    DyadPage(Repository repository, Timelines timelines, Timelines gdelt, Templates templates) {
        this.repository = repository;
        this.timelines = timelines;
        this.gdelt = gdelt;
        this.templates = templates;
    }

    void register(RouteTable routes) {
        routes.page("/dyads/{a}/{b}", this::show);
        // The header's dyad form: ?a=CAN&b=VEN.
        routes.page("/dyads", ctx -> {
            Params params = new Params(ctx);
            String a = params.country("a");
            String b = params.country("b");
            if (a == null || b == null) {
                throw new BadParameter(a == null ? "a" : "b", "a dyad needs both a and b");
            }
            ctx.redirect(Links.dyad(a, b));
        });
    }

    private void show(Context ctx) {
        TimelineQuery query = TimelineApi.query(ctx);
        DyadTimeline timeline;
        String unavailable = null;
        try {
            timeline = timelines.timeline(query);
        } catch (Unavailable e) {
            // The events are still worth showing; the chart says what is missing.
            timeline = DyadTimeline.empty(query.dyad());
            unavailable = e.getMessage();
        }
        String a = query.dyad().a();
        String b = query.dyad().b();
        boolean either = !query.dyad().ordered();
        Map<String, Object> model = new HashMap<>();
        model.put("title", either ? a + " and " + b : a + " → " + b);
        model.put("a", a);
        model.put("b", b);
        model.put("either", either);
        model.put("api", "/api/dyads/" + a + "/" + b + "/timeline" + (either ? "?either=true" : ""));
        model.put("months", timeline.months().size());
        model.put("years", timeline.years().size());
        model.put("undated", timeline.undated());
        model.put("view", view(timeline));
        model.put("unavailable", unavailable);
        model.put("bands", BandRows.of(timeline));
        model.put("events", EventRows.of(repository, repository.events(EventFilter.ALL.withDyad(query.dyad()), PageRequest.first(25)).items()));
        model.put("eventsLink", "/events?a=" + a + "&b=" + b + (either ? "&either=true" : ""));
        model.put("feed", "/feeds/dyads/" + a + "/" + b + ".atom");
        model.put("reverse", Links.dyad(b, a));
        coverage(a, b, model);
        gdelt(query, model);
        templates.page(ctx, "dyad", model);
    }

    /** The pair's coverage under the timeline: a compact chart, whose side is heard, and a link to the full page. */
    private void coverage(String a, String b, Map<String, Object> model) {
        CoverageQuery query = CoverageQuery.of(a, b);
        model.put("coverage", DyadCoverage.of(query, repository.coverage(query)));
        model.put("coverageApi", Links.coverageApi(a, b));
        model.put("coverageLink", Links.coverage(a, b));
    }

    /**
     * GDELT's series for the same pair and filters, when events imported from GDELT have any: a second
     * chart below Dyad's own (never summed with it), from the timeline API with {@code source=gdelt}.
     */
    private void gdelt(TimelineQuery query, Map<String, Object> model) {
        model.put("gdeltApi", null);
        DyadTimeline imported = gdelt.timeline(query);
        long events = imported.months().stream().flatMap(m -> m.events().values().stream()).mapToLong(Long::longValue).sum();
        if (events == 0) {
            return;
        }
        String api = (String) model.get("api");
        model.put("gdeltApi", api + (api.contains("?") ? "&" : "?") + "source=gdelt");
        model.put("gdeltEvents", events);
        model.put("gdeltView", view(imported));
    }

    /**
     * What the chart shows first: months when at least {@value #MONTHS_FOR_MONTHLY_CHART} months
     * have events, else years (news often dates an act only to its year; a chart of one or two
     * monthly bars says less than the years do). The page's toggle switches between them.
     */
    static String view(DyadTimeline t) {
        long monthsWithEvents = t.months().stream().filter(m -> !m.events().isEmpty()).count();
        return monthsWithEvents >= MONTHS_FOR_MONTHLY_CHART || t.years().isEmpty() ? "months" : "years";
    }
}
