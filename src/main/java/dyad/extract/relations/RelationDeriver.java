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
import dyad.model.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.List;
import java.util.Set;

/**
 * Relation states implied by the events of one document, for pairs of states only.
 * <ul>
 * <li>recognition from SUPPORT/recognize (refused: not recognised) and from withdrawn
 * recognition or credentials (SANCTION/diplomatic);</li>
 * <li>sanctions from SANCTION/sanction or embargo (imposed, or reimposed when the cue nearest the
 * actor says so or an earlier easing or lifting of the pair's sanctions is dated before) and
 * CONCEDE/ease_sanctions (eased, or lifted when the cue nearest the actor lifts them whole):
 * {@link SanctionActs};</li>
 * <li>diplomatic level (sender, host) from acts on ties and envoys, and from seeking, refusing or
 * agreeing to restore ties: {@link DiplomaticActs}; sending junior diplomats or a chargé, naming
 * an ambassador, or consular service through others name the level.</li>
 * </ul>
 * Cue words come from {@link RelationCues}; dates from {@link StateDating}. The same state of
 * the same pair at the same date is kept once, and an undated one not at all when its sentence
 * dates it through another act ("withdrew its trade status on May 2 and soon raised duties").
 */
public final class RelationDeriver {

    private final RelationCues cues;
    private final StateDating dating;
    private final DiplomaticActs diplomatic;
    private final SanctionActs sanctions;
    private final StatedRelations stated;
    private final ListedActs listed;

    public RelationDeriver() {
        this(RelationCues.load());
    }

    public RelationDeriver(RelationCues cues) {
        this.cues = cues;
        this.dating = new StateDating(cues);
        this.diplomatic = new DiplomaticActs(cues);
        this.sanctions = new SanctionActs(cues);
        this.stated = new StatedRelations(cues, dating);
        this.listed = new ListedActs(cues, dating);
    }

    /** A state of a pair told in one sentence, whatever its date. */
    private static String sameState(Relation r) {
        return r.pair() + r.attribute() + r.value() + "@" + r.evidence().start() + ":" + r.evidence().text();
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
        return derive(events, List.of(), List.of(), Map.of(), documentDate);
    }

    /**
     * @param statedInSentences states read from sentences by {@link #statedIn}, kept with those of
     *                          the events (each state of a pair at a date once)
     * @param listedInSentences acts on lists of states read from sentences by {@link #listedIn}: kept
     *                          for the pairs whose sentence gives no state of that attribute otherwise
     * @param toldDates         by the start offset of a sentence, the first date it names: the date of
     *                          a state told there in the past whose event is undated
     */
    public List<Relation> derive(List<Event> events, List<Relation> statedInSentences, List<Relation> listedInSentences,
            Map<Integer, EventDate> toldDates, EventDate documentDate) {
        List<Relation> found = new ArrayList<>();
        for (Event e : events) {
            found.addAll(statesOf(e, toldDates.getOrDefault(e.evidence().start(), EventDate.UNKNOWN), documentDate));
        }
        found.addAll(statedInSentences);
        Set<String> told = new HashSet<>();
        found.forEach(r -> told.add(r.pair() + r.attribute() + "@" + r.evidence().start()));
        listedInSentences.stream().filter(r -> !told.contains(r.pair() + r.attribute() + "@" + r.evidence().start()))
                .forEach(found::add);
        List<Relation> all = reimposedAfterRelief(found);
        Set<String> dated = new HashSet<>();
        all.stream().filter(r -> r.date().known()).forEach(r -> dated.add(sameState(r)));
        List<Relation> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Relation r : all) {
            boolean repeated = !r.date().known() && dated.contains(sameState(r));
            if (!repeated && seen.add(r.pair() + r.attribute() + r.value() + r.date().value())) {
                out.add(r);
            }
        }
        return out;
    }

    /**
     * Diplomatic levels one sentence states rather than tells as an act ("its embassy is run by a
     * chargé", "the two have no diplomatic relations"): see {@link StatedRelations}.
     *
     * @param named    the actors the sentence names, resolved
     * @param mainPair the two states the document is about ({@link #mainPair}), or empty
     * @param clock    dates a state at an offset of the sentence, as its events are dated
     */
    public List<Relation> statedIn(String doc, Span sentence, List<Actor> named, List<String> mainPair, StateClock clock) {
        return stated.read(doc, sentence, named, mainPair, clock);
    }

    /**
     * Acts told of lists of states that the events may have missed: see {@link ListedActs}.
     *
     * @param named the actors the sentence names, resolved (states and others alike)
     */
    public List<Relation> listedIn(String doc, Span sentence, List<Actor> named, StateClock clock) {
        return listed.read(doc, sentence, named, clock);
    }

    /**
     * The two states a document is about: the two most often named acting as states, when each is
     * named at least {@value #MAIN_PAIR_MENTIONS} times; else empty.
     */
    public static List<String> mainPair(List<Actor> named) {
        Map<String, Integer> counts = new HashMap<>();
        for (Actor a : named) {
            if (a.country() != null && a.org() == null && a.role().actsForState()) {
                counts.merge(a.country(), 1, Integer::sum);
            }
        }
        List<String> top = counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(2).filter(en -> en.getValue() >= MAIN_PAIR_MENTIONS).map(Map.Entry::getKey).toList();
        return top.size() == 2 ? top : List.of();
    }

    private static final int MAIN_PAIR_MENTIONS = 2;

    private List<Relation> statesOf(Event e, EventDate told, EventDate documentDate) {
        Actor source = e.source();
        Actor target = e.target();
        if (source.country() == null || target.country() == null || source.country().equals(target.country())
                || source.org() != null || target.org() != null || !source.role().actsForState()) {
            return List.of();
        }
        Words words = Words.of(e.evidence());
        List<Relation> out = new ArrayList<>();
        for (Finding f : findings(e, words)) {
            boolean interests = f.value().equals("interests");
            boolean onItsPeople = interests && target.role() == Role.CVL // consular service is for the other state's people
                    || f.attribute().equals(Relation.SANCTIONS); // sanctions on its exporters or officials are on the state
            if (!target.role().actsForState() && !onItsPeople) {
                continue;
            }
            List<String> pair = f.reversed() ? List.of(target.country(), source.country())
                    : List.of(source.country(), target.country());
            EventDate date = dating.dateOf(e, words, f.anchor(), told, documentDate);
            out.add(new Relation(e.doc(), pair, f.attribute(), f.value(), date, e.evidence()));
        }
        return out;
    }

    private List<Finding> findings(Event e, Words words) {
        String mode = e.mode() == null ? "" : e.mode();
        Modality m = e.modality();
        PloverType type = e.type();
        List<Finding> out = new ArrayList<>();
        if (type == PloverType.SUPPORT && mode.equals("recognize") && (m == Modality.ASSERTED || m == Modality.NEGATED)) {
            String value = m == Modality.ASSERTED ? "recognized" : "not_recognized";
            out.add(new Finding(false, Relation.RECOGNITION, value, anchor(Kind.RECOGNITION_WORD, words)));
        } else if (type == PloverType.SANCTION && SANCTIONING.contains(mode) && m == Modality.ASSERTED) {
            out.add(sanctions.imposed(e, words));
        } else if (type == PloverType.CONCEDE && mode.equals("ease_sanctions") && m == Modality.ASSERTED) {
            out.add(sanctions.eased(e, words));
        } else if (type == PloverType.SANCTION && m == Modality.ASSERTED && (mode.equals("diplomatic")
                || ON_ENVOYS.contains(mode) && cues.any(Kind.DIPLOMATIC_WORD, words))) {
            out.addAll(diplomatic.reduced(e, words));
        } else if (type == PloverType.SUPPORT && mode.equals("diplomatic")) {
            if (m == Modality.INTENDED || m == Modality.NEGATED || m == Modality.HYPOTHETICAL) {
                out.add(diplomatic.noneYet(words));
            } else if (m == Modality.ASSERTED) {
                out.addAll(diplomatic.restored(e, words));
            }
        } else if (type == PloverType.CONSULT && m == Modality.ASSERTED) {
            diplomatic.level(e, words, Kind.CHARGE, Kind.INTERESTS).ifPresent(out::add);
        } else if ((type == PloverType.AID || type == PloverType.COOPERATE) && m == Modality.ASSERTED) {
            diplomatic.level(e, words, Kind.INTERESTS).ifPresent(out::add);
        }
        return out;
    }

    /** SANCTION modes that impose sanctions: sanctions proper and embargoes or trade bans. */
    private static final Set<String> SANCTIONING = Set.of("sanction", "embargo");
    /** SANCTION modes that act on envoys when the sentence names diplomats, ties or missions. */
    private static final Set<String> ON_ENVOYS = Set.of("withdraw", "expel");

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
                            && earlier.date().known() && StateDating.lastDay(earlier.date()).isBefore(r.date().firstDay()));
            out.add(again ? new Relation(r.doc(), r.pair(), r.attribute(), "reimposed", r.date(), r.evidence()) : r);
        }
        return out;
    }
}
