package dyad.extract.relations;

import dyad.extract.relations.RelationCues.Kind;
import dyad.model.Actor;
import dyad.model.Event;
import dyad.model.EventDate;
import java.time.LocalDate;

/**
 * When a derived relation state holds. A dated event dates its state. Otherwise the state holds
 * at the document date when the words around the cue put it in the present ("has suspended
 * sanctions", "still refuses to recognise", "is seeking to restore ties", "now"), and its date
 * is unknown when they put it in the plain past or the sentence names an earlier time frame.
 */
final class StateDating {

    /** Words before and after the cue that may carry its tense, within one clause. */
    private static final int BACK = 8;
    private static final int FORWARD = 4;

    private final RelationCues cues;

    StateDating(RelationCues cues) {
        this.cues = cues;
    }

    /**
     * @param anchor the index of the word where the state is stated, or -1 when none was found
     * @param told   the first date the sentence names, or unknown: the date of a state told in the
     *               past whose event is undated ("In January, ... and the administration eased restrictions")
     */
    EventDate dateOf(Event e, Words words, int anchor, EventDate told, EventDate documentDate) {
        boolean present = documentDate.known() && anchor >= 0 && !cues.any(Kind.PAST_FRAME, words)
                && toldInPresent(words, anchor, verbWindowStart(e.source(), words, clauseStart(words, anchor), anchor));
        if (e.date().known() && !afterWriting(e.date(), documentDate) && !(readAsNow(e, documentDate, told) && !present)) {
            return e.date();
        }
        if (present) {
            return documentDate;
        }
        return afterWriting(told, documentDate) ? EventDate.UNKNOWN : told;
    }

    /**
     * An act dated at the writing in a sentence that names an earlier date and tells no present
     * ("In March 2014 the EU imposed asset freezes", "freezes" read as a present verb): the date
     * the sentence names.
     */
    private static boolean readAsNow(Event e, EventDate documentDate, EventDate told) {
        return e.date().equals(documentDate) && told.known() && told.firstDay().isBefore(documentDate.firstDay());
    }

    /** A state that holds or was brought about cannot be dated after the writing ("ahead of next year's vote"). */
    private static boolean afterWriting(EventDate date, EventDate documentDate) {
        return date.known() && documentDate.known() && date.firstDay().isAfter(lastDay(documentDate));
    }

    /** The last day a date covers. */
    static LocalDate lastDay(EventDate d) {
        LocalDate first = d.firstDay();
        return switch (d.precision()) {
            case YEAR -> first.plusYears(1).minusDays(1);
            case MONTH -> first.plusMonths(1).minusDays(1);
            default -> first;
        };
    }

    /**
     * Whether the words around {@code anchor}, within its clause, put the state in the present: an
     * adverb of the present anywhere there, or a present or present-perfect verb from {@code verbFrom} on.
     */
    boolean toldInPresent(Words words, int anchor, int verbFrom) {
        int lo = clauseStart(words, anchor);
        int hi = anchor;
        while (hi + 1 < words.size() && hi - anchor < FORWARD && !words.get(hi + 1).breakBefore()) {
            hi++;
        }
        if (cues.anyWithin(Kind.PRESENT_ADVERB, words, lo, hi)) {
            return true;
        }
        return cues.anyWithin(Kind.PRESENT_VERB, words, Math.max(lo, verbFrom), hi);
    }

    /** Whether the sentence names an explicit earlier time frame ("last fall", "in 2019"). */
    boolean pastFrame(Words words) {
        return cues.any(Kind.PAST_FRAME, words);
    }

    private static int clauseStart(Words words, int anchor) {
        int lo = anchor;
        while (lo > 0 && anchor - lo < BACK && !words.get(lo).breakBefore()) {
            lo--;
        }
        return lo;
    }

    /**
     * A present verb before the cue counts only after the actor's own mention: in "people who
     * have suffered from sanctions imposed by the U.S." the "have" belongs to someone else.
     */
    private static int verbWindowStart(Actor source, Words words, int lo, int anchor) {
        if (source.start() == null) {
            return lo;
        }
        if (source.start() >= words.get(anchor).start()) {
            return anchor;
        }
        return Math.max(lo, words.indexAt(source.end()));
    }
}
