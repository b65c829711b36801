package dyad.accountability;

import dyad.model.Actor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Timelines, feed entries, response-time statistics and CSV rows computed from a {@link Tracking}. */
final class LetterViews {

    static final String[] CSV_HEADER = {"id", "sent", "state", "set_by_hand", "recipients", "signatories",
        "reply_window_days", "days_waiting", "days_overdue", "answers", "conflicting", "demands"};

    private final TrackingConfig config;

    LetterViews(TrackingConfig config) {
        this.config = config;
    }

    /** The letter's dated steps, oldest first; undated steps last. */
    List<TimelineEntry> timeline(TrackedLetter t, LocalDate asOf) {
        List<TimelineEntry> out = new ArrayList<>();
        String id = t.id();
        if (t.sent() != null) {
            out.add(new TimelineEntry(t.sent(), id, "sent", null, "to " + names(t.recipients())));
            LocalDate answered = t.replies().stream().filter(ReplyLink::accepted).map(ReplyLink::date)
                    .filter(Objects::nonNull).min(Comparator.naturalOrder()).orElse(null);
            LocalDate overdue = t.sent().plusDays(t.replyWindowDays() + 1L);
            LocalDate very = t.sent().plusDays((long) t.replyWindowDays() * config.veryOverdueFactor() + 1);
            if (!overdue.isAfter(asOf) && (answered == null || answered.isAfter(overdue))) {
                out.add(new TimelineEntry(overdue, id, "overdue", null, "no answer within " + t.replyWindowDays() + " days"));
            }
            if (!very.isAfter(asOf) && (answered == null || answered.isAfter(very))) {
                out.add(new TimelineEntry(very, id, "very_overdue", null, "no answer within "
                        + t.replyWindowDays() * config.veryOverdueFactor() + " days"));
            }
        }
        for (ReplyLink r : t.replies()) {
            String kind = r.reply() == null ? "answer_reported" : r.kind().code();
            out.add(new TimelineEntry(r.date(), id, kind, r.reply() == null ? r.reportedBy() : r.id(),
                    (r.accepted() ? "" : "candidate, not counted: ") + r.reason()
                            + String.format(Locale.ROOT, " (confidence %.2f)", r.confidence())));
        }
        for (NoReplyClaim c : t.noReplyClaims()) {
            out.add(new TimelineEntry(c.asOf(), id, "no_reply_reported", c.by(), "letter " + c.by() + " reports no answer yet"));
        }
        for (TrackedDemand d : t.demands()) {
            for (DemandEvidence ev : d.evidence()) {
                out.add(new TimelineEntry(ev.event().date().firstDay(), id, "evidence", ev.id(),
                        "demand " + d.demand().n() + " " + ev.outcome().code() + (ev.accepted() ? "" : " (candidate)")
                                + String.format(Locale.ROOT, " (%s, confidence %.2f): ", ev.actionClass(), ev.confidence())
                                + ev.event().evidence().text()));
            }
        }
        for (Decision d : t.decisions()) {
            out.add(new TimelineEntry(d.effective(), id, "decision", String.valueOf(d.id()),
                    d.action().code() + (d.demand() == null ? "" : " demand " + d.demand()) + " = " + d.value()
                            + " by " + d.who() + " at " + d.at() + ": " + d.why()));
        }
        out.sort(Comparator.comparing(TimelineEntry::date, Comparator.nullsLast(Comparator.naturalOrder())));
        return out;
    }

    /**
     * Overdue steps and state changes of every letter, and the decisions that need a person (dated
     * when their file's new version was stored), latest first.
     */
    List<TimelineEntry> feed(Tracking tracking) {
        List<TimelineEntry> stranded = tracking.stranded().stream().map(s -> new TimelineEntry(
                s.since() != null ? s.since() : s.decision().effective(), s.candidates().isEmpty() ? "" : s.candidates().get(0),
                "decision_needs_a_person", String.valueOf(s.decision().id()), s.describe())).toList();
        return java.util.stream.Stream.concat(stranded.stream(),
                        tracking.letters().stream().flatMap(t -> timeline(t, tracking.asOf()).stream()))
                .filter(e -> e.date() != null && !e.kind().equals("sent"))
                .sorted(Comparator.comparing(TimelineEntry::date).reversed())
                .toList();
    }

    /** Per recipient (canonical name), letters with their answer rates, most letters first. */
    List<RecipientStats> responseTimes(Tracking tracking) {
        Map<String, List<TrackedLetter>> byRecipient = new LinkedHashMap<>();
        Map<String, String> countries = new LinkedHashMap<>();
        for (TrackedLetter t : tracking.letters()) {
            for (Actor a : t.recipients()) {
                String name = a.name() != null ? a.name() : a.text();
                byRecipient.computeIfAbsent(name, k -> new ArrayList<>()).add(t);
                countries.putIfAbsent(name, a.country());
            }
        }
        List<RecipientStats> out = new ArrayList<>();
        byRecipient.forEach((name, letters) -> {
            int unanswered = (int) letters.stream().filter(t -> t.state().unanswered()).count();
            int overdue = (int) letters.stream()
                    .filter(t -> t.state() == LetterState.OVERDUE || t.state() == LetterState.VERY_OVERDUE).count();
            List<Integer> days = letters.stream().filter(t -> !t.state().unanswered() && t.daysWaiting() != null)
                    .map(TrackedLetter::daysWaiting).sorted().toList();
            out.add(new RecipientStats(name, countries.get(name), letters.size(), letters.size() - unanswered, unanswered,
                    overdue, median(days), (double) unanswered / letters.size()));
        });
        out.sort(Comparator.comparingInt(RecipientStats::letters).reversed().thenComparing(RecipientStats::recipient));
        return out;
    }

    private static Double median(List<Integer> sorted) {
        if (sorted.isEmpty()) {
            return null;
        }
        int mid = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(mid) : (sorted.get(mid - 1) + sorted.get(mid)) / 2.0;
    }

    void csv(List<TrackedLetter> letters, Appendable out) {
        // Not closed: that would close the caller's writer.
        try {
            CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(CSV_HEADER).get());
            for (TrackedLetter t : letters) {
                csv.printRecord(t.id(), t.sent(), t.state().code(), t.setByHand(), names(t.recipients()),
                        names(t.signatories()), t.replyWindowDays(), t.daysWaiting(), t.daysOverdue(),
                        t.replies().stream().filter(ReplyLink::accepted).map(r -> r.kind().code() + "@" + r.date())
                                .collect(Collectors.joining("; ")),
                        t.conflicting(),
                        t.demands().stream().map(d -> d.demand().n() + ":" + d.state().code())
                                .collect(Collectors.joining("; ")));
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the letters CSV", e);
        }
    }

    static String names(List<Actor> actors) {
        return actors.stream().map(a -> a.name() != null ? a.name() : a.text()).collect(Collectors.joining(", "));
    }
}
