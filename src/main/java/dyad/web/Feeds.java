package dyad.web;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import dyad.model.Event;
import dyad.model.EventDate;
import dyad.model.Letter;
import dyad.store.Dyad;
import dyad.store.EventFilter;
import dyad.store.LetterFilter;
import dyad.store.Clusters;
import dyad.store.PageRequest;
import dyad.store.RecordKey;
import dyad.store.Repository;
import dyad.store.Stored;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Atom feeds: {@code /feeds/dyads/{a}/{b}.atom} the latest events between two countries (either
 * direction), {@code /feeds/letters.atom} the latest open letters. Entries link to the evidence.
 * An act told by several reports is one entry, its id the cluster's: published when first
 * reported, and updated (same id, {@code <updated>} moved to the last report, the summary telling
 * how many sources) as later reports corroborate it, so a reader shows it once.
 */
final class Feeds {

    static final int ENTRIES = 50;

    private final Repository repository;

    Feeds(Repository repository) {
        this.repository = repository;
    }

    void register(RouteTable routes) {
        routes.page("/feeds/dyads/{a}/{b}.atom", this::dyad);
        routes.page("/feeds/letters.atom", this::letters);
    }

    private void dyad(Context ctx) {
        String a = Params.countryCode("a", ctx.pathParam("a"));
        String b = Params.countryCode("b", ctx.pathParam("b"));
        String base = base(ctx);
        List<SyndEntry> entries = new ArrayList<>();
        List<Stored<Event>> events = repository.events(EventFilter.ALL.withDyad(Dyad.either(a, b)),
                PageRequest.first(ENTRIES)).items();
        Map<RecordKey, Clusters.Sources> clusters = Told.of(repository, events);
        Set<Long> announced = new HashSet<>();
        for (Stored<Event> s : events) {
            Event e = s.record();
            String title = RecordSpans.name(e.source()) + " " + e.type() + " " + RecordSpans.name(e.target());
            Clusters.Sources c = clusters.get(s.key());
            if (c == null) {
                entries.add(entry(s, title, e.evidence().text(), e.date(), base + Links.record(s)));
            } else if (announced.add(c.cluster())) {
                entries.add(act(c, title, e, base));
            }
        }
        write(ctx, feed("Dyad events: " + a + " and " + b, base + Links.dyad(a, b), base + ctx.path(), entries));
    }

    /** The entry of a cluster's act: first reported, updated by its last report, told by how many sources. */
    private static SyndEntry act(Clusters.Sources c, String title, Event e, String base) {
        LocalDate day = e.date().known() ? e.date().firstDay() : null;
        LocalDate published = c.firstReport() != null ? c.firstReport() : day;
        LocalDate updated = c.lastReport() != null ? c.lastReport() : published;
        String told = Told.sentence(c);
        SyndEntry entry = entry("urn:dyad:cluster:" + c.cluster(), title, e.evidence().text() + "\n\n" + told,
                published, base + Links.cluster(c.cluster()));
        if (updated != null) {
            entry.setUpdatedDate(Date.from(updated.atStartOfDay(ZoneOffset.UTC).toInstant()));
        }
        SyndContent summary = new SyndContentImpl();
        summary.setType("text/plain");
        summary.setValue(told);
        entry.setDescription(summary);
        return entry;
    }

    private void letters(Context ctx) {
        String base = base(ctx);
        List<SyndEntry> entries = new ArrayList<>();
        for (Stored<Letter> s : repository.letters(LetterFilter.ALL, PageRequest.first(ENTRIES)).items()) {
            LetterRows.LetterRow row = LetterRows.of(s);
            StringBuilder text = new StringBuilder("From " + row.authors() + " to " + row.recipients() + ".");
            row.demands().forEach(d -> text.append("\n").append(d.n()).append(". ").append(d.text()));
            entries.add(entry(s, "Letter to " + row.recipients(), text.toString(), s.record().date(), base + row.link()));
        }
        write(ctx, feed("Dyad: open letters", base + "/letters", base + ctx.path(), entries));
    }

    private static SyndEntry entry(Stored<?> s, String title, String text, EventDate date, String link) {
        return entry("urn:dyad:" + s.documentHash() + ":" + s.key().n(), title, text,
                date.known() ? date.firstDay() : null, link);
    }

    /** An entry dated {@code day} (null: undated) with plain text content. */
    static SyndEntry entry(String uri, String title, String text, LocalDate day, String link) {
        SyndEntry entry = new SyndEntryImpl();
        entry.setUri(uri);
        entry.setTitle(title);
        entry.setLink(link);
        if (day != null) {
            Date when = Date.from(day.atStartOfDay(ZoneOffset.UTC).toInstant());
            entry.setUpdatedDate(when);
            entry.setPublishedDate(when);
        }
        SyndContent content = new SyndContentImpl();
        content.setType("text/plain"); // Rome escapes it; readers show it as text, never as markup
        content.setValue(text);
        entry.setContents(List.of(content));
        return entry;
    }

    static SyndFeed feed(String title, String link, String self, List<SyndEntry> entries) {
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType("atom_1.0");
        feed.setTitle(title);
        feed.setLink(link);
        feed.setUri(self);
        feed.setPublishedDate(entries.stream().map(SyndEntry::getUpdatedDate).filter(d -> d != null)
                .max(Date::compareTo).orElse(new Date(0)));
        feed.setEntries(entries);
        return feed;
    }

    static void write(Context ctx, SyndFeed feed) {
        try {
            ctx.contentType("application/atom+xml; charset=utf-8").result(new SyndFeedOutput().outputString(feed));
        } catch (FeedException e) {
            throw new IllegalStateException("cannot write feed " + feed.getTitle(), e);
        }
    }

    /** The scheme and host the client used, so feed links work from a feed reader. */
    static String base(Context ctx) {
        return ctx.scheme() + "://" + ctx.host();
    }
}
