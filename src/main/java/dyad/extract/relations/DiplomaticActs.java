package dyad.extract.relations;

import dyad.extract.relations.RelationCues.Kind;
import dyad.extract.relations.RelationCues.Match;
import dyad.model.Event;
import dyad.model.Relation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The diplomatic level (sender, host) and withdrawn recognition that acts on ties and envoys
 * leave:
 * <ul>
 * <li>broken or suspended ties, a closed embassy: none on the actor's side;</li>
 * <li>a recalled head of mission: a chargé on the actor's side (the embassy stays); recalled
 * diplomats or a withdrawn mission: none;</li>
 * <li>an expelled head of mission: a chargé on the other side; its diplomats expelled, or its
 * ambassador and chargé alike: none; a counted few diplomats expelled: no change;</li>
 * <li>a downgrade: a chargé; a closed consulate alone: no change;</li>
 * <li>agreeing, deciding or meaning to restore ties says there are none yet.</li>
 * </ul>
 */
final class DiplomaticActs {

    /** Words after a stripping or expelling cue where withdrawn credentials or legitimacy are named. */
    private static final int RECOGNITION_REACH = 8;
    /** Words after a recall or closure cue where what is recalled or closed is named. */
    private static final int OBJECT_REACH = 6;
    /** Words before and after an expulsion cue where the expelled are named ("declared X persona non grata"). */
    private static final int EXPELLED_BEFORE = 6;
    private static final int EXPELLED_AFTER = 10;
    /** Words before a cut cue where ties are restored ("restored the diplomatic relations they cut"). */
    private static final int RESTORED_REACH = 6;
    /** Words before a restoring cue where an intention stands ("agreed to reopen"). */
    private static final int INTENT_REACH = 4;

    private final RelationCues cues;

    DiplomaticActs(RelationCues cues) {
        this.cues = cues;
    }

    /**
     * What breaking, cutting or withdrawing diplomatic ties leaves. A sentence may tell two such
     * acts ("Kenya recalled its ambassador after Addis Ababa expelled Kenya's ambassador"):
     * the act is the cue nearest the actor's mention.
     */
    List<Finding> reduced(Event e, Words words) {
        List<Match> acts = new ArrayList<>();
        for (Kind kind : List.of(Kind.CUT, Kind.RECALL, Kind.CLOSE, Kind.EXPULSION, Kind.DOWNGRADE, Kind.RECOGNITION_WITHDRAWN)) {
            acts.addAll(cues.find(kind, words));
        }
        Optional<Match> act = CueSearch.nearest(acts, CueSearch.actorPosition(e, words));
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
        if ((a.kind() == Kind.CUT || a.kind() == Kind.RECALL)
                && cues.anyWithin(Kind.RECOGNITION_WITHDRAWN, words, a.last() + 1, a.last() + 2)) {
            return out; // "withdrew recognition": the envoys are not named
        }
        if (a.kind() == Kind.CUT && pastOrPartial(cues, words, a)) {
            return out;
        }
        levelLeftBy(a, words, CueSearch.actorPosition(e, words)).ifPresent(value ->
                out.add(new Finding(a.kind() == Kind.EXPULSION, Relation.DIPLOMATIC_LEVEL, value, a.first())));
        return out;
    }

    /**
     * A cut told as the background of a restoration ("restored the relations they cut"), or of
     * only part of the ties ("suspended high-level ties"): no level follows.
     */
    static boolean pastOrPartial(RelationCues cues, Words words, Match cut) {
        return cues.anyWithin(Kind.RESTORE, words, cut.first() - RESTORED_REACH, cut.first() - 1)
                || cues.anyWithin(Kind.PARTIAL, words, cut.last() + 1, cut.last() + 2);
    }

    /** The level an act leaves: on the other state's side for an expulsion, else on the actor's. */
    private Optional<String> levelLeftBy(Match a, Words words, int actor) {
        int after = a.last() + OBJECT_REACH;
        return switch (a.kind()) {
            case CUT -> Optional.of("none");
            case DOWNGRADE -> Optional.of("chargé");
            case RECALL -> cues.anyWithin(Kind.HEAD, words, a.first(), after) ? Optional.of("chargé")
                    : cues.anyWithin(Kind.STAFF, words, a.first(), after) ? Optional.of("none") : Optional.empty();
            case CLOSE -> cues.anyWithin(Kind.MISSION, words, a.last() + 1, after) ? Optional.of("none") : Optional.empty();
            case EXPULSION -> expelled(a, words, actor);
            default -> Optional.empty(); // withdrawn recognition alone says nothing of the envoys
        };
    }

    /** The expelled are named after the actor: "declared the ambassador persona non grata". */
    private Optional<String> expelled(Match a, Words words, int actor) {
        int from = actor >= 0 && actor < a.first() ? Math.max(actor + 1, a.first() - EXPELLED_BEFORE) : a.first() - EXPELLED_BEFORE;
        int to = a.last() + EXPELLED_AFTER;
        if (cues.anyWithin(Kind.SOME_DIPLOMATS, words, from, to)) {
            return Optional.empty(); // a few of its diplomats: the mission stays
        }
        boolean head = cues.anyWithin(Kind.HEAD, words, from, to);
        boolean charge = cues.anyWithin(Kind.CHARGE, words, from, to);
        return Optional.of(head && !charge ? "chargé" : "none");
    }

    /**
     * Ties or a mission restored as an asserted act: only an intention ("agreed to reopen their
     * embassies", "decided to restore ties") says there are none yet; else the level named.
     */
    List<Finding> restored(Event e, Words words) {
        for (Kind kind : List.of(Kind.RESTORE, Kind.EMBASSY, Kind.CHARGE)) {
            for (Match m : cues.find(kind, words)) {
                if (cues.anyWithin(Kind.INTENT, words, m.first() - INTENT_REACH, m.first() - 1)) {
                    return List.of(new Finding(false, Relation.DIPLOMATIC_LEVEL, "none", m.first()));
                }
            }
        }
        return level(e, words, Kind.CHARGE, Kind.INTERESTS, Kind.EMBASSY).stream().toList();
    }

    /** Seeking or refusing to restore ties or replace an envoy says there are none. */
    Finding noneYet(Words words) {
        return new Finding(false, Relation.DIPLOMATIC_LEVEL, "none", anchor(Kind.DIPLOMATIC_WORD, words));
    }

    /**
     * The first of {@code levels} the sentence names, as the level of the actor's representation
     * with the target. The diplomats sent are not the host: a target mentioned inside the cue
     * ("sent low-ranking diplomats") was resolved wrongly and gives nothing.
     */
    Optional<Finding> level(Event e, Words words, Kind... levels) {
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

    private int anchor(Kind kind, Words words) {
        return cues.first(kind, words).map(Match::first).orElse(-1);
    }
}
