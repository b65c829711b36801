package dyad.web;

import dyad.accountability.LetterService;
import dyad.accountability.LetterState;
import dyad.accountability.RecipientStats;
import dyad.accountability.TrackedLetter;
import dyad.accountability.Tracking;
import dyad.store.PageRequest;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The letter pages: {@code /letters} (tracked letters with states and demands, filtered by recipient,
 * state, signatory and country, replayable with {@code as_of}; replies citing no tracked letter below),
 * {@code /letters/overdue}, {@code /letters/stats} (response times per recipient) and
 * {@code /letters/{id}} (demands with their evidence, answers, decisions, timeline).
 */
final class LettersPage {

    private final Supplier<LetterService> letters;
    private final Templates templates;

    LettersPage(Supplier<LetterService> letters, Templates templates) {
        this.letters = letters;
        this.templates = templates;
    }

    void register(RouteTable routes) {
        routes.page("/letters", this::list);
        routes.page("/letters/overdue", this::overdue);
        routes.page("/letters/stats", this::stats);
        routes.page("/letters/{id}", this::one);
    }

    /** A letter on a list page: its summary, its demands (each opening its place in the letter) and its citations. */
    record Row(LetterViews.Summary letter, List<LetterViews.DemandView> demands, List<String> references) {
        static Row of(TrackedLetter t) {
            String hash = t.ref().letter().documentHash();
            return new Row(LetterViews.Summary.of(t), t.demands().stream().map(d -> LetterViews.DemandView.of(hash, t.cited(), d)).toList(),
                    t.cited() ? List.of() : t.letter().references().stream().map(LetterRows::reference).toList());
        }
    }

    private void list(Context ctx) {
        Params params = new Params(ctx);
        LetterParams filter = LetterParams.of(params);
        PageRequest page = params.page();
        Tracking tracking = letters.get().track(filter.asOf());
        List<TrackedLetter> matching = tracking.letters().stream().filter(filter.accepts()).toList();
        Map<String, Object> model = model("Letters", filter.asOf(), tracking.asOf());
        model.put("letters", matching.stream().skip(page.offset()).limit(page.limit()).map(Row::of).toList());
        model.put("total", matching.size());
        model.put("recipient", filter.recipient());
        model.put("signatory", filter.signatory());
        model.put("country", filter.country() == null ? "" : filter.country());
        model.put("states", Arrays.stream(LetterState.values()).map(s -> new Choice(s.code(), filter.states().contains(s.code()))).toList());
        model.put("unlinked", tracking.unlinkedReplies().stream().map(LetterViews.UnlinkedView::of).toList());
        model.put("pager", Pager.of(ctx, page, page.offset() + page.limit() < matching.size()));
        templates.page(ctx, "letters", model);
    }

    record Choice(String value, boolean selected) {
    }

    private void overdue(Context ctx) {
        LocalDate asOf = LetterParams.asOf(new Params(ctx));
        Map<String, Object> model = model("Overdue letters", asOf, asOf);
        model.put("letters", letters.get().overdue(asOf).stream().map(LetterViews.Summary::of).toList());
        templates.page(ctx, "letters-overdue", model);
    }

    private void stats(Context ctx) {
        LocalDate asOf = LetterParams.asOf(new Params(ctx));
        Map<String, Object> model = model("Response times", asOf, asOf);
        model.put("recipients", letters.get().responseTimes(asOf).stream().map(StatsRow::of).toList());
        templates.page(ctx, "letters-stats", model);
    }

    /** A recipient's row, numbers formatted for reading. */
    record StatsRow(String recipient, String country, int letters, int answered, int unanswered, int overdue,
                    String medianDays, String shareUnanswered) {
        static StatsRow of(RecipientStats s) {
            return new StatsRow(s.recipient(), s.country() == null ? "" : s.country(), s.letters(), s.answered(),
                    s.unanswered(), s.overdue(), s.medianDaysToReply() == null ? "–"
                    : String.format(Locale.ROOT, "%.1f", s.medianDaysToReply()),
                    String.format(Locale.ROOT, "%.0f%%", s.shareUnanswered() * 100));
        }
    }

    private void one(Context ctx) {
        LocalDate asOf = LetterParams.asOf(new Params(ctx));
        String id = ctx.pathParam("id");
        LetterViews.Detail detail = LettersApi.detail(letters.get(), id, asOf);
        Map<String, Object> model = model("Letter " + id, asOf, asOf);
        model.put("d", detail);
        templates.page(ctx, "letter", model);
    }

    /** {@code asOf} as asked (empty: today) for the form, and the day shown. */
    private static Map<String, Object> model(String title, LocalDate asked, LocalDate shown) {
        Map<String, Object> model = new HashMap<>();
        model.put("title", title);
        model.put("asOf", asked == null ? "" : asked.toString());
        model.put("asOfShown", shown == null ? "today" : shown.toString());
        return model;
    }
}
