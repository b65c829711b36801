package dyad.web;

import dyad.model.Span;
import dyad.store.Dyad;
import dyad.store.TimelineQuery;
import dyad.timeline.DyadTimeline;
import dyad.timeline.Timelines;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /api/dyads/{a}/{b}/timeline}: months and years with counts per PLOVER type and score,
 * the number of undated events, and the relation bands. {@code source} says whose events:
 * {@code dyad} (the default: those Dyad extracted), {@code gdelt} (those imported from GDELT) or
 * {@code both}, each its own timeline side by side, never summed. {@code count} says what a bar
 * counts: {@code acts} (the default: an act told by several reports once, where its canonical
 * telling falls) or {@code reports} (every stored event); imported events are not clustered and
 * always count as reports.
 */
final class TimelineApi {

    /** Whose events a timeline counts. */
    enum Source {
        DYAD, GDELT, BOTH;

        static Source of(Context ctx) {
            String v = new Params(ctx).text("source");
            if (v == null) {
                return DYAD;
            }
            return switch (v.toLowerCase(java.util.Locale.ROOT)) {
                case "dyad" -> DYAD;
                case "gdelt" -> GDELT;
                case "both" -> BOTH;
                default -> throw new BadParameter("source", "must be dyad, gdelt or both, got " + Shown.quoted(v));
            };
        }
    }

    private final Timelines timelines;
    private final Timelines gdelt;

    TimelineApi(Timelines timelines, Timelines gdelt) {
        this.timelines = timelines;
        this.gdelt = gdelt;
    }

    void register(RouteTable routes) {
        routes.api("/api/dyads/{a}/{b}/timeline", ctx -> {
            Source source = Source.of(ctx);
            TimelineQuery query = query(ctx);
            switch (source) {
                case DYAD -> ctx.json(view(timelines.timeline(query), "dyad", query.count()));
                case GDELT -> ctx.json(view(gdelt.timeline(query), "gdelt", TimelineQuery.Count.REPORTS));
                case BOTH -> ctx.json(new BothView(view(timelines.timeline(query), "dyad", query.count()),
                        view(gdelt.timeline(query), "gdelt", TimelineQuery.Count.REPORTS)));
            }
        });
    }

    /** {@code source=both}: Dyad's own timeline and GDELT's, side by side. */
    record BothView(TimelineView dyad, TimelineView gdelt) {
    }

    /** The query of the path's two countries and the parameters either, type, modality, from, to (months), count. */
    static TimelineQuery query(Context ctx) {
        Params params = new Params(ctx);
        Dyad path = Params.pathDyad(ctx);
        Dyad dyad = new Dyad(path.a(), path.b(), !params.flag("either"));
        YearMonth from = params.month("from");
        YearMonth to = params.month("to");
        Params.ordered("from", from, to);
        return new TimelineQuery(dyad, params.types("type"), params.modalities("modality"), from, to, count(params));
    }

    /** {@code count=acts|reports}, acts when absent. */
    static TimelineQuery.Count count(Params params) {
        String v = params.text("count");
        if (v == null || v.equalsIgnoreCase("acts")) {
            return TimelineQuery.Count.ACTS;
        }
        if (v.equalsIgnoreCase("reports")) {
            return TimelineQuery.Count.REPORTS;
        }
        throw new BadParameter("count", "must be acts or reports, got " + Shown.quoted(v));
    }

    /** {@code count}: what the numbers count, {@code acts} or {@code reports}. */
    record TimelineView(String source, String count, Dyad dyad, List<MonthView> months, List<YearView> years, long undated,
                        List<BandView> bands) {
    }

    record MonthView(YearMonth month, Map<dyad.model.PloverType, Long> events, long total, double score) {
    }

    record YearView(int year, Map<dyad.model.PloverType, Long> events, long total, double score) {
    }

    record BandView(String attribute, String value, LocalDate from, LocalDate to, EvidenceView evidence) {
    }

    /** The sentence proving a band's change, and the document page that marks it. */
    record EvidenceView(String documentHash, String documentName, String recordKey, Span span, String link) {
    }

    static TimelineView view(DyadTimeline t, String source, TimelineQuery.Count count) {
        List<MonthView> months = t.months().stream()
                .map(m -> new MonthView(m.month(), m.events(), total(m.events()), m.score()))
                .toList();
        List<YearView> years = t.years().stream()
                .map(y -> new YearView(y.year(), y.events(), total(y.events()), y.score()))
                .toList();
        List<BandView> bands = t.bands().stream().map(band -> new BandView(band.attribute(), band.value(), band.from(),
                band.to(), evidence(band.evidence()))).toList();
        return new TimelineView(source, count.name().toLowerCase(java.util.Locale.ROOT), t.dyad(), months, years, t.undated(), bands);
    }

    private static long total(Map<dyad.model.PloverType, Long> events) {
        return events.values().stream().mapToLong(Long::longValue).sum();
    }

    private static EvidenceView evidence(DyadTimeline.Evidence e) {
        if (e == null) {
            return null;
        }
        String link = e.span() == null ? Links.document(e.documentHash())
                : Links.span(e.documentHash(), e.span().start(), e.span().end());
        return new EvidenceView(e.documentHash(), e.documentName(), e.recordKey(), e.span(), link);
    }
}
