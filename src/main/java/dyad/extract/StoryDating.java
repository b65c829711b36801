package dyad.extract;

import dyad.extract.dates.DateResolver;
import dyad.extract.events.EventDating;
import dyad.extract.events.EventTense;
import dyad.model.EventDate;
import dyad.nlp.Sentence;

/** Dates the acts of one sentence for the event extractor, from where the document's narrative stands. */
final class StoryDating implements EventDating {

    private final String text;
    private final EventDate documentDate;
    private final DateResolver dates;

    StoryDating(String text, EventDate documentDate, DateResolver dates) {
        this.text = text;
        this.documentDate = documentDate;
        this.dates = dates;
    }

    @Override
    public EventDate dateFor(Sentence sentence, int trigger, boolean present) {
        if (present && EventTense.happeningNow(sentence, trigger)) {
            return documentDate;
        }
        boolean past = EventTense.past(sentence, trigger);
        EventDate told = dates.dateFor(text, sentence.start(), sentence.end(), sentence.token(trigger).start(), present, documentDate);
        int reporter = past ? -1 : EventTense.pastReporter(sentence, trigger);
        // "On June 11 Riyadh said it would ease the ban": the date is the past saying's, not the plan's ("would hold talks in July")
        boolean reportersDate = reporter >= 0 && told.known() && told.equals(dates.dateFor(text, sentence.start(), sentence.end(),
                sentence.token(reporter).start(), false, documentDate));
        EventDate at = DateResolver.notAfterWriting(told, documentDate, past || reportersDate);
        if (at.known()) {
            return at;
        }
        if (headline(sentence)) { // "Peru downgrades ties with Mexico", "Brazil to challenge tariffs": the day's news
            return documentDate;
        }
        EventDate story = EventTense.simplePast(sentence, trigger) ? dates.storysDay() : EventDate.UNKNOWN;
        if (story.known()) { // a wire report's undated news happened on its writing day
            return story;
        }
        // "They called for unity": a sentence opening with a pronoun goes on at the date told just before
        if (past && EventTense.opensWithPronoun(sentence)) {
            return dates.previousSentenceDate();
        }
        // "On 4 May the army crossed the border. Planes bombed the capital.": the story goes on at the day told
        return EventTense.simplePast(sentence, trigger) ? dates.narrativeDate() : EventDate.UNKNOWN;
    }

    /** The document's first line when it ends without a full stop: a title. */
    private static boolean headline(Sentence sentence) {
        return sentence.index() == 0 && sentence.endsWithoutStop();
    }

    @Override
    public EventDate referredDate(Sentence sentence, int trigger) {
        return dates.referredDate(text, sentence.start(), sentence.end(), sentence.token(trigger).start());
    }
}
