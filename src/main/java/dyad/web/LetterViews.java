package dyad.web;

import dyad.accountability.Decision;
import dyad.accountability.DemandEvidence;
import dyad.accountability.NoReplyClaim;
import dyad.accountability.RecordRef;
import dyad.accountability.ReplyLink;
import dyad.accountability.StrandedDecision;
import dyad.accountability.TimelineEntry;
import dyad.accountability.TrackedDemand;
import dyad.accountability.TrackedLetter;
import dyad.accountability.UnlinkedReply;
import dyad.model.Actor;
import dyad.model.Letter;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The JSON shapes (and page rows) of tracked letters: states and codes as the command line prints them. */
final class LetterViews {

    private LetterViews() {
    }

    /** A letter in a list: its state, days and demand states; {@code record} is the letter as extracted. */
    record Summary(String id, LocalDate sent, String state, boolean setByHand, boolean cited, int replyWindowDays,
                   Integer daysWaiting, Integer daysOverdue, boolean conflicting, String recipients, String signatories,
                   int answers, List<DemandState> demands, String link, String documentLink, Letter record) {
        static Summary of(TrackedLetter t) {
            return new Summary(t.id(), t.sent(), t.state().code(), t.setByHand(), t.cited(), t.replyWindowDays(),
                    t.daysWaiting(), t.daysOverdue(), t.conflicting(), names(t.recipients()), names(t.signatories()),
                    (int) t.replies().stream().filter(ReplyLink::accepted).count(),
                    t.demands().stream().map(d -> new DemandState(d.demand().n(), d.state().code(), d.setByHand())).toList(),
                    Links.letter(t.id()), Links.document(t.ref().letter().documentHash()), t.letter());
        }
    }

    record DemandState(int n, String state, boolean setByHand) {
    }

    /**
     * One letter in full: demands with evidence, answers (conflicting ones all listed), reports, decisions,
     * timeline, and the decisions made on an earlier version of its file that could not follow it and need a person.
     */
    record Detail(Summary letter, List<DemandView> demands, List<ReplyView> replies, List<NoReplyClaim> noReplyClaims,
                  List<DecisionView> decisions, List<TimelineEntry> timeline, List<StrandedView> stranded) {
        static Detail of(TrackedLetter t, List<TimelineEntry> timeline, List<StrandedDecision> stranded) {
            String hash = t.ref().letter().documentHash();
            return new Detail(Summary.of(t),
                    t.demands().stream().map(d -> DemandView.of(hash, t.cited(), d)).toList(),
                    t.replies().stream().map(ReplyView::of).toList(), t.noReplyClaims(),
                    t.decisions().stream().map(DecisionView::of).toList(), timeline,
                    stranded.stream().map(StrandedView::of).toList());
        }
    }

    /** A decision that could not follow its letter (or the record it links) to its file's new version: needs a person. */
    record StrandedView(DecisionView decision, String reason, List<String> candidates, List<String> candidateLinks,
                        String settle) {
        static StrandedView of(StrandedDecision s) {
            return new StrandedView(DecisionView.of(s.decision()), s.reason(), s.candidates(),
                    s.candidates().stream().map(Links::letter).toList(),
                    "dyad letters mark ID --settle " + s.decision().id() + " --by WHO --why TEXT");
        }
    }

    /** A demand, its state and every piece of evidence behind it (accepted or a candidate), with the sentence. */
    record DemandView(int n, String summary, String text, String addressee, String state, boolean setByHand,
                      List<String> actionClasses, List<EvidenceView> evidence, String link) {
        static DemandView of(String hash, boolean cited, TrackedDemand d) {
            var m = d.demand();
            return new DemandView(m.n(), m.summary() == null ? "" : m.summary(), m.text(),
                    m.addressee() == null ? "" : RecordSpans.name(m.addressee()), d.state().code(), d.setByHand(),
                    d.actionClasses(), d.evidence().stream().map(EvidenceView::of).toList(),
                    cited ? null : Links.span(hash, m.start(), m.end()));
        }
    }

    record EvidenceView(String id, String outcome, String actionClass, double confidence, boolean accepted, boolean byHand,
                        String date, String type, String sentence, String link) {
        static EvidenceView of(DemandEvidence e) {
            return new EvidenceView(e.id(), e.outcome().code(), e.actionClass(), e.confidence(), e.accepted(), e.byHand(),
                    e.event().date().known() ? e.event().date().value() : null, e.event().type().name(),
                    e.event().evidence().text(), recordLink(e.ref()));
        }
    }

    /** An answer: a reply document or a later letter's report; {@code link} null for reports. */
    record ReplyView(String id, String kind, LocalDate date, double confidence, boolean accepted, boolean byHand,
                     String from, String reportedBy, String reason, String link) {
        static ReplyView of(ReplyLink r) {
            return new ReplyView(r.id(), r.kind().code(), r.date(), r.confidence(), r.accepted(), r.byHand(),
                    r.letter() == null ? "" : names(r.letter().authors()), r.reportedBy(), r.reason(), recordLink(r.reply()));
        }
    }

    /** An entry of the audit log. */
    record DecisionView(long id, String action, Integer demand, String value, LocalDate effective, String who,
                        Instant at, String why) {
        static DecisionView of(Decision d) {
            return new DecisionView(d.id(), d.action().code(), d.demand(), d.value(), d.effective(), d.who(), d.at(), d.why());
        }
    }

    /** A reply citing no tracked letter: kept and shown, never dropped. */
    record UnlinkedView(String id, String kind, String date, String from, String to, String reason, String link) {
        static UnlinkedView of(UnlinkedReply u) {
            return new UnlinkedView(u.id(), u.kind().code(), u.letter().date().known() ? u.letter().date().value() : null,
                    names(u.letter().authors()), names(u.letter().recipients()), u.reason(), recordLink(u.ref()));
        }
    }

    private static String recordLink(RecordRef ref) {
        return ref == null ? null : Links.record(ref.documentHash(), ref.n());
    }

    static String names(List<Actor> actors) {
        return String.join(", ", actors.stream().map(RecordSpans::name).toList());
    }
}
