package dyad.extract.relations;

import dyad.extract.relations.RelationCues.Kind;
import dyad.extract.relations.RelationCues.Match;
import dyad.model.Actor;
import dyad.model.Event;
import dyad.model.EventDate;
import dyad.model.Modality;
import dyad.model.PloverType;
import dyad.model.Relation;
import dyad.model.Role;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Relation states implied by the events of one document, for pairs of states only.
 * <ul>
 * <li>recognition from SUPPORT/recognize (refused: not recognised) and from withdrawn
 * recognition or credentials (SANCTION/diplomatic);</li>
 * <li>diplomatic level also from recalled and expelled envoys (SANCTION/withdraw, SANCTION/expel)
 * in a sentence that names diplomats or ties;</li>
 * <li>sanctions from SANCTION/sanction (imposed, or reimposed when the cue nearest the actor says
 * so or an earlier easing or lifting of the pair's sanctions is dated before) and CONCEDE/ease_sanctions
 * (eased, or lifted when the cue nearest the actor lifts them whole);</li>
 * <li>diplomatic level (sender, host): broken ties and recalled envoys leave none on the actor's
 * side, expelled envoys or stripped credentials none on the other side, a downgrade leaves a
 * chargé; seeking or refusing to restore ties says there are none; sending junior diplomats or a
 * chargé, naming an ambassador, or consular service through others name the level.</li>
 * </ul>
 * Cue words come from {@link RelationCues}; dates from {@link StateDating}. The same state of
 * the same pair at the same date is kept once.
 */
public final class RelationDeriver {

    /** Words before a reimpose or lift cue that make it a threat or a possibility. */
    private static final int HEDGE_REACH = 3;
    /** Words around a lift cue that make it partial ("lifted some", "temporarily lifted"). */
    private static final int PARTIAL_REACH = 3;
    /** Words after a stripping or expelling cue where withdrawn credentials or legitimacy are named. */
    private static final int RECOGNITION_REACH = 8;

    /**
     * Recalling one's envoys (SANCTION/withdraw) and expelling the other's (SANCTION/expel) change
     * the diplomatic level when the sentence names diplomats or ties: withdrawn inspectors or an
     * organisation left do not.
     */
    private static final Set<String> ENVOY_MODES = Set.of("withdraw", "expel");

    private final RelationCues cues;
    private final StateDating dating;

    public RelationDeriver() {
        this(RelationCues.load());
    }

    public RelationDeriver(RelationCues cues) {
        this.cues = cues;
        this.dating = new StateDating(cues);
    }

    /** States of an undated document: only dated events give dated states. */
    public List<Relation> derive(List<Event> events) {
        return derive(events, EventDate.UNKNOWN);
    }

    /**
     * @param documentDate when the document was written: the date of states it describes in
     *                     the present
     */
    public List<Relation> derive(List<Event> events, EventDate documentDate) {
        List<Relation> found = new ArrayList<>();
        for (Event e : events) {
            found.addAll(statesOf(e, documentDate));
        }
        List<Relation> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Relation r : reimposedAfterRelief(found)) {
            if (seen.add(r.pair() + r.attribute() + r.value() + r.date().value())) {
                out.add(r);
            }
        }
        return out;
    }

    /** A state found by a rule: which way the pair runs and the word that states it. */
    private record Finding(boolean reversed, String attribute, String value, int anchor) {
    }

    private List<Relation> statesOf(Event e, EventDate documentDate) {
        Actor source = e.source();
        Actor target = e.target();
        if (source.country() == null || target.country() == null || source.country().equals(target.country())
                || source.org() != null || target.org() != null || !actsForState(source.role())) {
            return List.of();
        }
        Words words = Words.of(e.evidence());
        List<Relation> out = new ArrayList<>();
        for (Finding f : findings(e, words)) {
            boolean interests = f.value().equals("interests");
            if (!actsForState(target.role()) && !(interests && target.role() == Role.CVL)) {
                continue; // consular service is for the other state's people
            }
            List<String> pair = f.reversed() ? List.of(target.country(), source.country())
                    : List.of(source.country(), target.country());
            EventDate date = dating.dateOf(e, words, f.anchor(), documentDate);
            out.add(new Relation(e.doc(), pair, f.attribute(), f.value(), date, e.evidence()));
        }
        return out;
    }

    private static boolean actsForState(Role role) {
        return role == Role.GOV || role == Role.MIL;
    }

    private List<Finding> findings(Event e, Words words) {
        String mode = e.mode() == null ? "" : e.mode();
        Modality m = e.modality();
        PloverType type = e.type();
        List<Finding> out = new ArrayList<>();
        if (type == PloverType.SUPPORT && mode.equals("recognize") && (m == Modality.ASSERTED || m == Modality.NEGATED)) {
            String value = m == Modality.ASSERTED ? "recognized" : "not_recognized";
            out.add(new Finding(false, Relation.RECOGNITION, value, anchor(Kind.RECOGNITION_WORD, words)));
        } else if (type == PloverType.SANCTION && mode.equals("sanction") && m == Modality.ASSERTED) {
            out.add(sanctionsAct(e, words, Kind.REIMPOSE, "reimposed", Kind.IMPOSE, "imposed"));
        } else if (type == PloverType.CONCEDE && mode.equals("ease_sanctions") && m == Modality.ASSERTED) {
            out.add(sanctionsAct(e, words, Kind.LIFT, "lifted", Kind.EASE, "eased"));
        } else if (type == PloverType.SANCTION && m == Modality.ASSERTED && (mode.equals("diplomatic")
                || ENVOY_MODES.contains(mode) && !cues.find(Kind.DIPLOMATIC_WORD, words).isEmpty())) {
            out.addAll(reducedTies(e, words));
        } else if (type == PloverType.SUPPORT && mode.equals("diplomatic")) {
            if (m == Modality.INTENDED || m == Modality.NEGATED) {
                // Seeking, or refusing, to restore ties or replace an envoy says there are none.
                out.add(new Finding(false, Relation.DIPLOMATIC_LEVEL, "none", anchor(Kind.DIPLOMATIC_WORD, words)));
            } else if (m == Modality.ASSERTED) {
                level(e, words, Kind.CHARGE, Kind.INTERESTS, Kind.EMBASSY).ifPresent(out::add);
            }
        } else if (type == PloverType.CONSULT && m == Modality.ASSERTED) {
            level(e, words, Kind.CHARGE, Kind.INTERESTS).ifPresent(out::add);
        } else if ((type == PloverType.AID || type == PloverType.COOPERATE) && m == Modality.ASSERTED) {
            level(e, words, Kind.INTERESTS).ifPresent(out::add);
        }
        return out;
    }

    /**
     * What breaking, cutting or withdrawing diplomatic ties leaves. A sentence may tell two such
     * acts ("Kenya recalled its ambassador after Addis Ababa expelled two Kenyan diplomats"):
     * the act is the cue nearest the actor's mention.
     */
    private List<Finding> reducedTies(Event e, Words words) {
        List<Match> acts = new ArrayList<>();
        for (Kind kind : List.of(Kind.CUT, Kind.EXPULSION, Kind.DOWNGRADE, Kind.RECOGNITION_WITHDRAWN)) {
            acts.addAll(cues.find(kind, words));
        }
        Optional<Match> act = nearest(acts, actorPosition(e, words));
        if (act.isEmpty()) {
            return List.of(new Finding(false, Relation.DIPLOMATIC_LEVEL, "none", anchor(Kind.DIPLOMATIC_WORD, words)));
        }
        Match a = act.get();
        List<Finding> out = new ArrayList<>();
        boolean withdrawnRecognition = a.kind() == Kind.RECOGNITION_WITHDRAWN
                || cues.anyWithin(Kind.RECOGNITION_WITHDRAWN, words, a.first(), a.first() + RECOGNITION_REACH);
        if (withdrawnRecognition) {
            out.add(new Finding(false, Relation.RECOGNITION, "not_recognized", a.first()));
        }
        if (a.kind() == Kind.CUT && cues.anyWithin(Kind.RECOGNITION_WITHDRAWN, words, a.last() + 1, a.last() + 2)) {
            return out; // "withdrew recognition": the envoys are not named
        }
        switch (a.kind()) {
            // Expelled envoys or stripped credentials end the other state's representation here.
            case EXPULSION -> out.add(new Finding(true, Relation.DIPLOMATIC_LEVEL, "none", a.first()));
            case DOWNGRADE -> out.add(new Finding(false, Relation.DIPLOMATIC_LEVEL, "chargé", a.first()));
            // Broken ties, a recalled envoy, a closed embassy: the actor's side, as the text names it.
            case CUT -> out.add(new Finding(false, Relation.DIPLOMATIC_LEVEL, "none", a.first()));
            default -> {
                // withdrawn recognition alone says nothing of the envoys
            }
        }
        return out;
    }

    /** The word index of the actor's mention (the target's when the actor is implicit), or -1. */
    private static int actorPosition(Event e, Words words) {
        Integer at = e.source().start() != null ? e.source().start() : e.target().start();
        return at == null ? -1 : words.indexAt(at);
    }

    /** The match nearest word {@code position}, ties going to the later; the first one when the position is unknown. */
    private static Optional<Match> nearest(List<Match> matches, int position) {
        Match best = null;
        for (Match m : matches) {
            if (best == null) {
                best = m;
            } else if (position < 0) {
                best = m.first() < best.first() ? m : best;
            } else {
                int dm = distance(m, position);
                int db = distance(best, position);
                best = dm < db || dm == db && m.first() > best.first() ? m : best;
            }
        }
        return Optional.ofNullable(best);
    }

    private static int distance(Match m, int position) {
        return Math.abs(m.first() - position);
    }

    /**
     * The first of {@code levels} the sentence names, as the level of the actor's representation
     * with the target. The diplomats sent are not the host: a target mentioned inside the cue
     * ("sent low-ranking diplomats") was resolved wrongly and gives nothing.
     */
    private Optional<Finding> level(Event e, Words words, Kind... levels) {
        for (Kind kind : levels) {
            Optional<Match> cue = cues.first(kind, words);
            if (cue.isEmpty()) {
                continue;
            }
            Integer targetStart = e.target().start();
            if (targetStart != null && targetStart < words.get(cue.get().last()).end()
                    && e.target().end() > words.get(cue.get().first()).start()) {
                return Optional.empty();
            }
            String value = switch (kind) {
                case CHARGE -> "chargé";
                case INTERESTS -> "interests";
                default -> "embassy";
            };
            return Optional.of(new Finding(false, Relation.DIPLOMATIC_LEVEL, value, cue.get().first()));
        }
        return Optional.empty();
    }

    /**
     * Sanctions imposed or eased, or, when the cue nearest the actor says so, reimposed or lifted
     * ("imposed sanctions and threatened to reimpose more" stays imposed). A lift of "some" or a
     * "temporary" lift is an easing; a reimposition or lift just after a threat or modal is not one.
     */
    private Finding sanctionsAct(Event e, Words words, Kind special, String specialValue, Kind plain, String plainValue) {
        List<Match> acts = new ArrayList<>();
        for (Match c : cues.find(special, words)) {
            boolean hedged = cues.anyWithin(Kind.HEDGE, words, c.first() - HEDGE_REACH, c.first() - 1);
            boolean partial = special == Kind.LIFT
                    && cues.anyWithin(Kind.PARTIAL, words, c.first() - PARTIAL_REACH, c.last() + PARTIAL_REACH);
            if (!hedged && !partial) {
                acts.add(c);
            }
        }
        acts.addAll(cues.find(plain, words));
        Optional<Match> act = nearest(acts, actorPosition(e, words));
        if (act.isEmpty()) {
            return new Finding(false, Relation.SANCTIONS, plainValue, anchor(Kind.SANCTIONS_WORD, words));
        }
        String value = act.get().kind() == special ? specialValue : plainValue;
        return new Finding(false, Relation.SANCTIONS, value, act.get().first());
    }

    private int anchor(Kind kind, Words words) {
        return cues.first(kind, words).map(Match::first).orElse(-1);
    }

    /**
     * Sanctions imposed after the same pair's sanctions were eased or lifted are reimposed,
     * when both dates are known and one lies wholly before the other (the order of mention is
     * not the order of events).
     */
    private static List<Relation> reimposedAfterRelief(List<Relation> found) {
        List<Relation> out = new ArrayList<>();
        for (Relation r : found) {
            boolean again = r.attribute().equals(Relation.SANCTIONS) && r.value().equals("imposed") && r.date().known()
                    && found.stream().anyMatch(earlier -> earlier.pair().equals(r.pair())
                            && earlier.attribute().equals(Relation.SANCTIONS)
                            && (earlier.value().equals("eased") || earlier.value().equals("lifted"))
                            && earlier.date().known() && lastDay(earlier.date()).isBefore(r.date().firstDay()));
            out.add(again ? new Relation(r.doc(), r.pair(), r.attribute(), "reimposed", r.date(), r.evidence()) : r);
        }
        return out;
    }

    private static LocalDate lastDay(EventDate d) {
        LocalDate first = d.firstDay();
        return switch (d.precision()) {
            case YEAR -> first.plusYears(1).minusDays(1);
            case MONTH -> first.plusMonths(1).minusDays(1);
            default -> first;
        };
    }
}
