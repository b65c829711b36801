package dyad.accountability;

import dyad.model.Demand;
import dyad.model.Event;
import dyad.model.Letter;
import dyad.store.Stored;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Works out every letter's state as of a day from stored letters, government events and the
 * decisions people made. Pure: the same inputs give the same tracking, so history can be replayed.
 * A decision people made always wins over automatic linking.
 */
public final class LetterTracker {

    private final TrackingConfig config;
    private final ReplyLinker replies;
    private final DemandMatcher demands;
    private final ReplyCues cues;

    public LetterTracker(TrackingConfig config, DemandRules rules, ReplyCues cues) {
        this.config = config;
        this.cues = cues;
        this.replies = new ReplyLinker(config, cues);
        this.demands = new DemandMatcher(rules, PartyNames.load(), config);
    }

    /**
     * @param letters   stored letters (those dated after {@code asOf} are left out)
     * @param events    candidate government events, and any event a decision links by hand
     * @param decisions the decision log (those effective after {@code asOf} are left out)
     * @param textOf    a document's text by hash (null when not stored), to tell refusals and acknowledgements
     */
    public Tracking track(List<Stored<Letter>> letters, List<Stored<Event>> events, List<Decision> decisions,
                          Function<String, String> textOf, LocalDate asOf) {
        List<Stored<Letter>> known = letters.stream()
                .filter(s -> !s.record().date().known() || !s.record().date().firstDay().isAfter(asOf))
                .sorted(Comparator.comparing((Stored<Letter> s) -> s.record().date().firstDay(),
                        Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(s -> s.key().toString()))
                .toList();
        List<UnlinkedReply> unlinked = new ArrayList<>();
        List<Entry> entries = replies.link(known, textOf, unlinked);
        Map<LetterRef, List<Decision>> byLetter = new HashMap<>();
        decisions.stream().filter(d -> !d.effective().isAfter(asOf)).sorted(Comparator.comparingLong(Decision::id))
                .forEach(d -> byLetter.computeIfAbsent(d.letter(), k -> new ArrayList<>()).add(d));
        Map<RecordRef, Stored<Letter>> letterByRef = new HashMap<>();
        letters.forEach(s -> letterByRef.put(ReplyLinker.ref(s), s));
        Map<RecordRef, Stored<Event>> eventByRef = new HashMap<>();
        events.forEach(s -> eventByRef.put(new RecordRef(s.documentHash(), s.key().n()), s));

        List<TrackedLetter> out = new ArrayList<>();
        for (Entry e : entries) {
            List<Decision> mine = byLetter.getOrDefault(e.ref, List.of());
            applyReplyDecisions(e, mine, letterByRef, textOf, unlinked);
            out.add(state(e, mine, events, eventByRef, asOf));
        }
        out.sort(Comparator.comparing(TrackedLetter::sent, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(TrackedLetter::id));
        return new Tracking(asOf, out, unlinked);
    }

    private void applyReplyDecisions(Entry e, List<Decision> mine, Map<RecordRef, Stored<Letter>> letterByRef,
                                     Function<String, String> textOf, List<UnlinkedReply> unlinked) {
        for (Decision d : mine) {
            if (d.action() == Decision.Action.LINK_REPLY) {
                RecordRef target = RecordRef.parse(d.value());
                e.replies.removeIf(r -> target.equals(r.reply()));
                Stored<Letter> s = letterByRef.get(target);
                Letter reply = s == null ? null : s.record();
                e.replies.add(new ReplyLink(s == null ? null : s.key().toString(), target, reply, null,
                        cues.kindOf(textOf.apply(target.documentHash())),
                        reply != null && reply.date().known() ? reply.date().firstDay() : d.effective(), 1.0, true, true,
                        "linked by " + d.who() + ": " + d.why() + (s == null ? " (the reply is no longer stored)" : "")));
                unlinked.removeIf(u -> u.ref().equals(target));
            } else if (d.action() == Decision.Action.UNLINK_REPLY) {
                RecordRef target = RecordRef.parse(d.value());
                e.replies.removeIf(r -> target.equals(r.reply()));
            }
        }
    }

    private TrackedLetter state(Entry e, List<Decision> mine, List<Stored<Event>> events,
                                Map<RecordRef, Stored<Event>> eventByRef, LocalDate asOf) {
        int window = config.replyWindow(e.letter.recipients());
        List<ReplyLink> accepted = e.replies.stream().filter(ReplyLink::accepted).toList();
        ReplyLink latest = accepted.stream()
                .max(Comparator.comparing(ReplyLink::date, Comparator.nullsFirst(Comparator.naturalOrder())))
                .orElse(null);
        LetterState auto;
        Integer waiting = null;
        Integer overdue = null;
        if (latest != null) {
            auto = latest.kind();
            waiting = e.sent != null && latest.date() != null ? days(e.sent, latest.date()) : null;
        } else if (e.sent == null) {
            auto = LetterState.AWAITING_REPLY;
        } else {
            waiting = days(e.sent, asOf);
            overdue = Math.max(0, waiting - window);
            auto = waiting > window * config.veryOverdueFactor() ? LetterState.VERY_OVERDUE
                    : waiting > window ? LetterState.OVERDUE : LetterState.AWAITING_REPLY;
        }
        boolean conflicting = accepted.stream().map(ReplyLink::kind).distinct().count() > 1
                || e.claims.stream().anyMatch(c -> accepted.stream().anyMatch(r -> r.date() != null && r.date().isBefore(c.asOf())));
        LetterState human = latestState(mine, Decision.Action.LETTER_STATE, null, LetterState::parse);
        List<TrackedDemand> tracked = new ArrayList<>();
        for (Demand d : e.letter.demands()) {
            tracked.add(demand(e, d, mine, events, eventByRef, asOf));
        }
        return new TrackedLetter(e.id, e.ref, e.letter, e.sent, human != null ? human : auto, human != null, window,
                waiting, overdue, e.replies, e.claims, conflicting, tracked, mine);
    }

    private TrackedDemand demand(Entry e, Demand d, List<Decision> mine, List<Stored<Event>> events,
                                 Map<RecordRef, Stored<Event>> eventByRef, LocalDate asOf) {
        List<String> classes = demands.classes(d);
        List<DemandEvidence> evidence = new ArrayList<>(demands.evidence(d, e.sent, e.documentHash(), events, asOf));
        for (Decision x : mine) {
            if (!Objects.equals(x.demand(), d.n())) {
                continue;
            }
            if (x.action() == Decision.Action.LINK_EVIDENCE || x.action() == Decision.Action.UNLINK_EVIDENCE) {
                RecordRef target = RecordRef.parse(x.value());
                evidence.removeIf(ev -> ev.ref().equals(target));
                Stored<Event> s = eventByRef.get(target);
                if (x.action() == Decision.Action.LINK_EVIDENCE && s != null) {
                    evidence.add(new DemandEvidence(s.key().toString(), target, s.record(), "by_hand", DemandState.MET,
                            1.0, true, true));
                }
            }
        }
        DemandState human = latestState(mine, Decision.Action.DEMAND_STATE, d.n(), DemandState::parse);
        return new TrackedDemand(d, classes, human != null ? human : DemandMatcher.state(classes, evidence), human != null,
                evidence);
    }

    /** The state the latest decision of this kind set, or null when none did or the latest handed it back. */
    private static <S> S latestState(List<Decision> mine, Decision.Action action, Integer demand,
                                     Function<String, S> parse) {
        S state = null;
        for (Decision d : mine) {
            if (d.action() == action && Objects.equals(d.demand(), demand)) {
                state = d.value().equals(Decision.AUTO) ? null : parse.apply(d.value());
            }
        }
        return state;
    }

    private static int days(LocalDate from, LocalDate to) {
        return (int) ChronoUnit.DAYS.between(from, to);
    }
}
