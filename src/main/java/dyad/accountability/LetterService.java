package dyad.accountability;

import dyad.model.Event;
import dyad.model.Letter;
import dyad.model.Record;
import dyad.store.ContentHash;
import dyad.store.EventFilter;
import dyad.store.LetterFilter;
import dyad.store.Page;
import dyad.store.PageRequest;
import dyad.store.RecordKey;
import dyad.store.Repository;
import dyad.store.Stored;
import dyad.store.StoredDocument;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Letter accountability over a store: what the command line and the web layer call. Every
 * view is computed as of a day ({@code null} = today), from the stored letters and events and
 * the decision log, so history can be replayed.
 */
public final class LetterService {

    private static final int PAGE = PageRequest.MAX_LIMIT;

    private final Repository repository;
    private final DecisionLog log;
    private final TrackingConfig config;
    private final LetterTracker tracker;
    private final DemandRules rules;
    private final LetterViews views;
    private final Clock clock;
    private final StoreVersions versions;

    public LetterService(Repository repository, DecisionLog log, TrackingConfig config, DemandRules rules,
                         ReplyCues cues, Clock clock) {
        this.repository = repository;
        // A decision changes what the letters show: like the store's own writes, it moves the store's version on.
        this.log = new SignallingDecisionLog(log, repository.changes());
        this.rules = rules;
        this.config = config;
        this.tracker = new LetterTracker(config, rules, cues);
        this.views = new LetterViews(config);
        this.clock = clock;
        this.versions = new StoreVersions(repository);
    }

    /** With the shipped rules and cues. */
    public static LetterService of(Repository repository, DecisionLog log, TrackingConfig config, Clock clock) {
        return new LetterService(repository, log, config, DemandRules.load(), ReplyCues.load(), clock);
    }

    private LocalDate day(LocalDate asOf) {
        return asOf != null ? asOf : LocalDate.now(clock);
    }

    /** Every tracked letter (latest first), the unlinked replies and the decisions that need a person. */
    public Tracking track(LocalDate asOf) {
        List<Stored<Letter>> letters = all(p -> repository.letters(LetterFilter.ALL, p));
        DecisionPlacement.Result placement = DecisionPlacement.place(log.all(), letters, versions);
        List<Decision> decisions = placement.placed();
        List<Stored<Event>> events = new ArrayList<>();
        Set<RecordRef> fetched = new HashSet<>();
        for (EventFilter f : DemandCandidates.filters(letters, rules.eventTypes(), config.evidenceWindowDays(), day(asOf))) {
            for (Stored<Event> e : all(p -> repository.events(f, p))) {
                if (fetched.add(new RecordRef(e.documentHash(), e.key().n()))) {
                    events.add(e);
                }
            }
        }
        // Events linked by hand may be of types or dates no filter fetches; each is added once.
        for (Decision d : decisions) {
            RecordRef ref = d.action() == Decision.Action.LINK_EVIDENCE ? RecordRef.parse(d.value()) : null;
            if (ref != null && fetched.add(ref)) {
                event(ref).ifPresent(events::add);
            }
        }
        Map<String, String> texts = new HashMap<>();
        Function<String, String> textOf = hash -> texts.computeIfAbsent(hash,
                h -> repository.document(h).map(StoredDocument::text).orElse(null));
        return tracker.track(letters, events, decisions, textOf, day(asOf)).withStranded(placement.stranded());
    }

    /**
     * After an ingest stored new versions of the files at {@code paths}: one line per file whose
     * decisions followed their letter (or linked record) to its new version, and per reason decisions
     * could not and need a person. Empty when no decision was about a record read from those files.
     */
    public List<String> followReport(Set<String> paths) {
        List<Decision> decisions = log.all();
        if (paths.isEmpty() || decisions.isEmpty()) {
            return List.of();
        }
        List<Stored<Letter>> letters = all(p -> repository.letters(LetterFilter.ALL, p));
        return FollowReport.lines(DecisionPlacement.place(decisions, letters, versions), paths);
    }

    private static <T> List<T> all(Function<PageRequest, Page<T>> fetch) {
        List<T> out = new ArrayList<>();
        PageRequest request = PageRequest.first(PAGE);
        Page<T> page;
        do {
            page = fetch.apply(request);
            out.addAll(page.items());
            request = request.next();
        } while (page.more());
        return out;
    }

    /** Letters matching the query, latest first. */
    public List<TrackedLetter> letters(LetterQuery query, LocalDate asOf) {
        return track(asOf).letters().stream().filter(query::accepts).toList();
    }

    /** One letter with its demands, their states and evidence, and its answers. */
    public Optional<TrackedLetter> letter(String id, LocalDate asOf) {
        return track(asOf).letters().stream().filter(t -> t.id().equals(id)).findFirst();
    }

    /** A letter's story: sent, overdue, answers, reports, evidence and decisions, oldest first. */
    public List<TimelineEntry> timeline(String id, LocalDate asOf) {
        return letter(id, asOf).map(t -> views.timeline(t, day(asOf))).orElse(List.of());
    }

    /** Unanswered letters past their reply window, longest waiting first. */
    public List<TrackedLetter> overdue(LocalDate asOf) {
        return track(asOf).letters().stream()
                .filter(t -> t.state() == LetterState.OVERDUE || t.state() == LetterState.VERY_OVERDUE)
                .sorted(Comparator.comparing(TrackedLetter::daysWaiting, Comparator.nullsLast(Comparator.reverseOrder())))
                .toList();
    }

    /** Feed entries: letters falling overdue and every state change, latest first. */
    public List<TimelineEntry> feed(LocalDate asOf) {
        return views.feed(track(asOf));
    }

    /** Response times and unanswered shares per recipient. */
    public List<RecipientStats> responseTimes(LocalDate asOf) {
        return views.responseTimes(track(asOf));
    }

    /** Replies that cite no tracked letter. */
    public List<UnlinkedReply> unlinkedReplies(LocalDate asOf) {
        return track(asOf).unlinkedReplies();
    }

    /** The letters matching the query as CSV (header first), one row per letter. */
    public void exportCsv(LetterQuery query, LocalDate asOf, Appendable out) {
        views.csv(letters(query, asOf), out);
    }

    /** These letters (from {@link #track}, filtered by the caller) as CSV, header first. */
    public void exportCsv(List<TrackedLetter> letters, Appendable out) {
        views.csv(letters, out);
    }

    /** The decision log, oldest first. */
    public List<Decision> decisions() {
        return log.all();
    }

    /**
     * Records a correction in the audit log; from its effective day it wins over automatic tracking.
     *
     * @throws IllegalArgumentException naming what is wrong (unknown letter, demand, reply or event; bad state)
     */
    public Decision mark(Mark m) {
        LocalDate today = LocalDate.now(clock);
        LocalDate effective = m.effective() != null ? m.effective() : today;
        LocalDate lookup = effective.isAfter(today) ? effective : today;
        Tracking tracking = track(lookup);
        TrackedLetter letter = tracking.letters().stream().filter(t -> t.id().equals(m.letterId())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no tracked letter '" + m.letterId() + "' (see 'dyad letters' for ids)"));
        if (m.demand() != null && letter.demands().stream().noneMatch(d -> d.demand().n() == m.demand())) {
            throw new IllegalArgumentException("letter " + m.letterId() + " has no demand " + m.demand());
        }
        String value = m.value();
        if (m.action() == Decision.Action.LINK_REPLY || m.action() == Decision.Action.UNLINK_REPLY) {
            RecordRef reply = recordRef(value, Letter.class);
            if (reply.equals(letter.ref().letter()) && !letter.cited()) {
                throw new IllegalArgumentException("letter " + m.letterId() + " cannot answer itself");
            }
            value = reply.toString();
        } else if (m.action() == Decision.Action.LINK_EVIDENCE || m.action() == Decision.Action.UNLINK_EVIDENCE) {
            value = recordRef(value, Event.class).toString();
        } else if (m.action() == Decision.Action.SETTLE) {
            String n = value == null ? "" : value.trim();
            if (tracking.stranded().stream().noneMatch(x -> String.valueOf(x.decision().id()).equals(n))) {
                throw new IllegalArgumentException("decision " + n + " does not need a person (see 'dyad letters')");
            }
        }
        Anchor target = null;
        if (value != null && (m.action() == Decision.Action.LINK_REPLY || m.action() == Decision.Action.UNLINK_REPLY
                || m.action() == Decision.Action.LINK_EVIDENCE || m.action() == Decision.Action.UNLINK_EVIDENCE)) {
            RecordRef ref = RecordRef.parse(value);
            Record r = repository.records(ref.documentHash()).get(ref.n());
            target = new Anchor(versions.pathOf(ref.documentHash()),
                    r instanceof Event e ? RecordIdentity.event(e) : RecordIdentity.letter((Letter) r));
        }
        Anchor anchor = new Anchor(versions.pathOf(letter.ref().letter().documentHash()), RecordIdentity.letter(letter.letter()));
        Decision d = new Decision(0, letter.ref(), m.action(), m.demand(), value == null ? null : value.trim(), effective,
                m.who() == null ? null : m.who().trim(), clock.instant(), m.why() == null ? null : m.why().trim(),
                anchor, target);
        return log.append(d);
    }

    /** A record key ({@code 12-3}) or {@code HASH:N} naming a stored record of this kind. */
    private RecordRef recordRef(String value, Class<? extends Record> kind) {
        RecordRef ref;
        if (value != null && value.contains(":")) {
            ref = RecordRef.parse(value);
        } else {
            RecordKey key = RecordKey.parse(value);
            String hash = repository.documentHash(key.document()).orElseThrow(() -> new IllegalArgumentException(
                    "no stored document " + key.document() + " (record " + key + ")"));
            ref = new RecordRef(hash, key.n());
        }
        List<Record> records = repository.records(ref.documentHash());
        if (ref.n() >= records.size() || !kind.isInstance(records.get(ref.n()))) {
            throw new IllegalArgumentException("record " + value + " is not a stored " + kind.getSimpleName().toLowerCase(Locale.ROOT));
        }
        return ref;
    }

    private Optional<Stored<Event>> event(RecordRef ref) {
        if (!ContentHash.valid(ref.documentHash())) {
            return Optional.empty();
        }
        Optional<StoredDocument> doc = repository.document(ref.documentHash());
        List<Record> records = repository.records(ref.documentHash());
        if (doc.isEmpty() || ref.n() >= records.size() || !(records.get(ref.n()) instanceof Event e)) {
            return Optional.empty();
        }
        return Optional.of(new Stored<>(new RecordKey(doc.get().info().id(), ref.n()), ref.documentHash(), e));
    }
}
