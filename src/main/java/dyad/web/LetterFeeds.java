package dyad.web;

import com.rometools.rome.feed.synd.SyndEntry;
import dyad.accountability.LetterService;
import dyad.accountability.TimelineEntry;
import dyad.accountability.TrackedLetter;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

/**
 * Atom feeds of letter accountability: {@code /feeds/letters/overdue.atom} (letters past their reply
 * window, longest waiting first) and {@code /feeds/letters/changes.atom} (letters falling overdue, answers,
 * evidence and decisions, latest first). Both take {@code as_of}. Entries link to the letter page.
 */
final class LetterFeeds {

    private final Supplier<LetterService> letters;

    LetterFeeds(Supplier<LetterService> letters) {
        this.letters = letters;
    }

    void register(RouteTable routes) {
        routes.page("/feeds/letters/overdue.atom", this::overdue);
        routes.page("/feeds/letters/changes.atom", this::changes);
    }

    private void overdue(Context ctx) {
        LocalDate asOf = LetterParams.asOf(new Params(ctx));
        String base = Feeds.base(ctx);
        List<SyndEntry> entries = letters.get().overdue(asOf).stream().limit(Feeds.ENTRIES).map(t -> {
            LetterViews.Summary s = LetterViews.Summary.of(t);
            String text = "Letter of " + t.sent() + " from " + s.signatories() + " to " + s.recipients() + ": " + t.state().code()
                    + ", " + t.daysWaiting() + " days without an answer (" + t.daysOverdue() + " past the " + t.replyWindowDays()
                    + "-day window).";
            return Feeds.entry("urn:dyad:letter:" + t.id() + ":" + t.state().code(), "Overdue: letter to " + s.recipients(),
                    text, overdueSince(t), base + s.link());
        }).toList();
        Feeds.write(ctx, Feeds.feed("Dyad: overdue letters", base + "/letters/overdue", base + ctx.path(), entries));
    }

    /** The day it fell overdue (the feed entry's date), null when undated. */
    private static LocalDate overdueSince(TrackedLetter t) {
        return t.sent() == null ? null : t.sent().plusDays(t.replyWindowDays() + 1L);
    }

    private void changes(Context ctx) {
        LocalDate asOf = LetterParams.asOf(new Params(ctx));
        String base = Feeds.base(ctx);
        List<TimelineEntry> feed = letters.get().feed(asOf);
        List<SyndEntry> entries = feed.stream().limit(Feeds.ENTRIES).map(e -> Feeds.entry(
                "urn:dyad:letter:" + e.letterId() + ":" + e.kind() + ":" + e.date() + ":" + (e.ref() == null ? "" : e.ref()),
                "Letter " + e.letterId() + ": " + e.kind().replace('_', ' '), e.detail(), e.date(),
                base + Links.letter(e.letterId()))).toList();
        Feeds.write(ctx, Feeds.feed("Dyad: letter state changes", base + "/letters", base + ctx.path(), entries));
    }
}
