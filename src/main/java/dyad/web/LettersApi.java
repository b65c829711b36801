package dyad.web;

import dyad.accountability.LetterService;
import dyad.accountability.RecipientStats;
import dyad.accountability.TrackedLetter;
import dyad.accountability.Tracking;
import dyad.store.PageRequest;
import io.javalin.http.Context;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

/**
 * Tracked letters: {@code GET /api/letters} (filtered, paged, with states and days),
 * {@code /api/letters/{id}} (demands, evidence, answers, decisions, timeline), {@code /api/letters/overdue},
 * {@code /api/letters/stats} (response times per recipient), {@code /api/letters/unlinked} (replies citing
 * no tracked letter), {@code /api/letters/stranded} (decisions that need a person) and {@code /api/letters.csv}. Every one takes {@code as_of} to replay a past day.
 */
final class LettersApi {

    private final Supplier<LetterService> letters;

    LettersApi(Supplier<LetterService> letters) {
        this.letters = letters;
    }

    void register(RouteTable routes) {
        routes.api("/api/letters", this::list);
        routes.api("/api/letters.csv", this::csv);
        routes.api("/api/letters/overdue", this::overdue);
        routes.api("/api/letters/stats", this::stats);
        routes.api("/api/letters/unlinked", this::unlinked);
        routes.api("/api/letters/stranded", this::stranded);
        routes.api("/api/letters/{id}", this::one);
    }

    private void list(Context ctx) {
        Params params = new Params(ctx);
        LetterParams filter = LetterParams.of(params);
        PageRequest page = params.page();
        List<TrackedLetter> matching = letters.get().track(filter.asOf()).letters().stream().filter(filter.accepts()).toList();
        ctx.json(page(matching, page));
    }

    private void overdue(Context ctx) {
        Params params = new Params(ctx);
        LocalDate asOf = LetterParams.asOf(params);
        PageRequest page = params.page();
        ctx.json(page(letters.get().overdue(asOf), page));
    }

    private static Views.PageView<LetterViews.Summary> page(List<TrackedLetter> all, PageRequest page) {
        List<LetterViews.Summary> items = all.stream().skip(page.offset()).limit(page.limit()).map(LetterViews.Summary::of).toList();
        return new Views.PageView<>(items, page.offset(), page.limit(), page.offset() + page.limit() < all.size(),
                (long) all.size());
    }

    private void stats(Context ctx) {
        LocalDate asOf = LetterParams.asOf(new Params(ctx));
        ctx.json(new Stats(asOf, letters.get().responseTimes(asOf)));
    }

    /** {@code asOf} null: today. */
    record Stats(LocalDate asOf, List<RecipientStats> recipients) {
    }

    private void unlinked(Context ctx) {
        LocalDate asOf = LetterParams.asOf(new Params(ctx));
        ctx.json(new Unlinked(letters.get().unlinkedReplies(asOf).stream().map(LetterViews.UnlinkedView::of).toList()));
    }

    record Unlinked(List<LetterViews.UnlinkedView> items) {
    }

    /** Decisions that could not follow their letter to its file's new version: listed until a person settles them. */
    private void stranded(Context ctx) {
        LocalDate asOf = LetterParams.asOf(new Params(ctx));
        ctx.json(new Stranded(letters.get().track(asOf).stranded().stream().map(LetterViews.StrandedView::of).toList()));
    }

    record Stranded(List<LetterViews.StrandedView> items) {
    }

    private void one(Context ctx) {
        LocalDate asOf = LetterParams.asOf(new Params(ctx));
        ctx.json(detail(letters.get(), ctx.pathParam("id"), asOf));
    }

    /** One letter's detail, or 404 naming the id (shared with the letter page). */
    static LetterViews.Detail detail(LetterService service, String id, LocalDate asOf) {
        Tracking tracking = service.track(asOf);
        TrackedLetter t = tracking.letters().stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow(() ->
                new NotFound("no tracked letter " + Shown.quoted(id) + (asOf == null ? "" : " as of " + asOf)
                        + "; /api/letters lists them"));
        return LetterViews.Detail.of(t, service.timeline(id, asOf), tracking.strandedAt(id));
    }

    private void csv(Context ctx) {
        LetterParams filter = LetterParams.of(new Params(ctx));
        LetterService service = letters.get();
        List<TrackedLetter> matching = service.track(filter.asOf()).letters().stream().filter(filter.accepts()).toList();
        StringWriter out = new StringWriter();
        service.exportCsv(matching, out);
        ctx.header("Content-Disposition", "attachment; filename=\"letters.csv\"");
        ctx.contentType("text/csv; charset=utf-8").result(out.toString());
    }
}
