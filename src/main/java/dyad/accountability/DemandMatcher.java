package dyad.accountability;

import dyad.model.Actor;
import dyad.model.Demand;
import dyad.model.Event;
import dyad.model.EventDate;
import dyad.model.Modality;
import dyad.model.Role;
import dyad.store.Stored;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Links later government acts to a letter's demands by the action-class rules: the act's source
 * is the government the demand is addressed to, its type fits the class, and it happened after
 * the letter (within evidenceWindowDays) and by the as-of day.
 */
final class DemandMatcher {

    /** A link without the target named in the demand keeps this share of the rule's confidence. */
    static final double UNNAMED_TARGET = 0.6;

    private final DemandRules rules;
    private final PartyNames names;
    private final TrackingConfig config;

    DemandMatcher(DemandRules rules, PartyNames names, TrackingConfig config) {
        this.rules = rules;
        this.names = names;
        this.config = config;
    }

    List<String> classes(Demand demand) {
        return rules.classify(demand.text()).stream().map(DemandRule::actionClass).toList();
    }

    /** Candidate evidence for a demand of a letter sent on {@code sent} (stored in document {@code letterDoc}). */
    List<DemandEvidence> evidence(Demand demand, LocalDate sent, String letterDoc, List<Stored<Event>> events,
                                  LocalDate asOf) {
        List<DemandEvidence> out = new ArrayList<>();
        Actor addressee = demand.addressee();
        if (sent == null || addressee == null || addressee.country() == null) {
            return out;
        }
        LocalDate last = sent.plusDays(config.evidenceWindowDays());
        for (DemandRule rule : rules.classify(demand.text())) {
            for (Stored<Event> s : events) {
                Event e = s.record();
                if (s.documentHash().equals(letterDoc) || !rule.eventTypes().contains(e.type())
                        || e.modality() == Modality.HYPOTHETICAL || e.source().role() != Role.GOV
                        || !addressee.country().equals(e.source().country()) || !e.date().known()
                        || lastDay(e.date()).isBefore(sent) || e.date().firstDay().isAfter(asOf)
                        || e.date().firstDay().isAfter(last)) {
                    continue;
                }
                double confidence = rule.confidence();
                if (rule.namedParty() && !names.named(e.target(), demand.text())) {
                    confidence *= UNNAMED_TARGET;
                }
                DemandState outcome = switch (e.modality()) {
                    case NEGATED -> DemandState.REJECTED;
                    case INTENDED -> DemandState.PARTIALLY_MET;
                    default -> DemandState.MET;
                };
                out.add(new DemandEvidence(s.key().toString(), new RecordRef(s.documentHash(), s.key().n()), e,
                        rule.actionClass(), outcome, confidence, confidence >= config.minLinkConfidence(), false));
            }
        }
        return out;
    }

    private static LocalDate lastDay(EventDate d) {
        return switch (d.precision()) {
            case DAY -> d.firstDay();
            case MONTH -> YearMonth.parse(d.value()).atEndOfMonth();
            case YEAR -> LocalDate.of(d.yearValue(), 12, 31);
            case UNKNOWN -> null;
        };
    }

    /**
     * The state accepted evidence gives a demand: evidence linked by hand meets it; otherwise per
     * action class the latest act counts: met when every class is met, partially met when some act
     * went its way, rejected when acts only refused.
     */
    static DemandState state(List<String> classes, List<DemandEvidence> evidence) {
        List<DemandEvidence> accepted = evidence.stream().filter(DemandEvidence::accepted).toList();
        if (accepted.isEmpty()) {
            return DemandState.OPEN;
        }
        if (accepted.stream().anyMatch(DemandEvidence::byHand)) {
            return DemandState.MET;
        }
        List<DemandState> outcomes = new ArrayList<>();
        List<String> all = new ArrayList<>(classes);
        accepted.stream().map(DemandEvidence::actionClass).filter(c -> !all.contains(c)).distinct().forEach(all::add);
        for (String c : all) {
            accepted.stream().filter(ev -> ev.actionClass().equals(c))
                    .max(Comparator.comparing((DemandEvidence ev) -> ev.event().date().firstDay(),
                            Comparator.nullsFirst(Comparator.naturalOrder())))
                    .ifPresentOrElse(ev -> outcomes.add(ev.outcome()), () -> outcomes.add(DemandState.OPEN));
        }
        if (outcomes.stream().allMatch(o -> o == DemandState.MET)) {
            return DemandState.MET;
        }
        if (outcomes.stream().anyMatch(o -> o == DemandState.MET || o == DemandState.PARTIALLY_MET)) {
            return DemandState.PARTIALLY_MET;
        }
        return outcomes.contains(DemandState.REJECTED) ? DemandState.REJECTED : DemandState.OPEN;
    }
}
