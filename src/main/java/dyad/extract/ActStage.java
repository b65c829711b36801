package dyad.extract;

import dyad.extract.actors.Mention;
import dyad.extract.dates.DateExpressionFinder;
import dyad.extract.dates.DateResolver;
import dyad.extract.events.DemandEvents;
import dyad.extract.events.EventExtractor;
import dyad.extract.events.Focus;
import dyad.extract.letters.LetterExtractor;
import dyad.extract.relations.RelationDeriver;
import dyad.extract.relations.StateClock;
import dyad.extract.stage.Stage;
import dyad.extract.stage.Work;
import dyad.model.Actor;
import dyad.model.Document;
import dyad.model.Event;
import dyad.model.EventDate;
import dyad.model.Relation;
import dyad.model.Span;
import dyad.nlp.Sentence;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The acts the document tells, sentence by sentence in reading order, each dated from where the
 * narrative stands (the last date told, the writing day); a letter's demands; and the relation
 * states its sentences state outright, dated the same way.
 */
final class ActStage extends Stage {

    private final EventExtractor events;
    private final RelationDeriver relations;
    private final DateExpressionFinder dateFinder;

    ActStage(EventExtractor events, RelationDeriver relations, DateExpressionFinder dateFinder) {
        super("acts", List.of(Slots.SENTENCES, Slots.MENTIONS, Slots.NAMED, Slots.LETTER, Slots.VOICED), List.of(Slots.TOLD, Slots.STATEMENTS));
        this.events = events;
        this.relations = relations;
        this.dateFinder = dateFinder;
    }

    @Override
    public void run(Work work) {
        Document doc = work.document();
        String text = doc.text();
        List<Sentence> sentences = work.get(Slots.SENTENCES);
        List<List<Mention>> voiced = work.get(Slots.VOICED);
        Actor signatories = work.get(Slots.LETTER).map(LetterExtractor.Reading::letter).map(Signatories::of).orElse(null);
        DateResolver dates = new DateResolver(dateFinder, doc.date());
        Focus focus = new Focus();
        work.get(Slots.MENTIONS).forEach(focus::mentioned);
        List<String> mainPair = RelationDeriver.mainPair(work.get(Slots.NAMED).stream().map(Mention::actor).toList());
        List<Event> told = new ArrayList<>();
        List<Relation> stated = new ArrayList<>();
        List<Relation> listed = new ArrayList<>();
        Map<Integer, EventDate> toldDates = new HashMap<>();
        StoryDating dating = new StoryDating(text, doc.date(), dates);
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            List<Mention> mentions = voiced.get(i);
            told.addAll(events.extract(doc.id(), text, s, mentions, dating, focus));
            if (signatories != null) {
                told.addAll(DemandEvents.extract(doc.id(), text, s, mentions, signatories, doc.date()));
            }
            EventDate sentenceDate = dateFinder.find(text, s.start(), s.end(), doc.date(), dates.anchor()).stream()
                    .filter(t -> t.anchors()).findFirst().map(t -> t.date()).orElse(EventDate.UNKNOWN);
            toldDates.put(s.start(), sentenceDate);
            List<Actor> actors = mentions.stream().filter(Mention::resolved).map(Mention::actor).toList();
            Span span = Span.of(text, s.start(), s.end());
            StateClock clock = (offset, present) -> {
                EventDate at = dates.dateFor(text, s.start(), s.end(), offset, present, doc.date());
                return at.known() || present ? at : sentenceDate;
            };
            stated.addAll(relations.statedIn(doc.id(), span, actors, mainPair, clock));
            listed.addAll(relations.listedIn(doc.id(), span, actors, clock));
            dates.advance(text, s.start(), s.end());
        }
        work.put(Slots.TOLD, List.copyOf(told));
        work.put(Slots.STATEMENTS, new RelationStatements(stated, listed, toldDates));
    }
}
