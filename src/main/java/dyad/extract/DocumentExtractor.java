package dyad.extract;

import dyad.extract.actors.Discourse;
import dyad.extract.actors.Gazetteer;
import dyad.extract.actors.Mention;
import dyad.extract.actors.MentionFinder;
import dyad.extract.actors.SpokenVoices;
import dyad.extract.actors.Voices;
import dyad.extract.dates.DateExpressionFinder;
import dyad.extract.dates.DateResolver;
import dyad.extract.events.DemandEvents;
import dyad.extract.events.EventDating;
import dyad.extract.events.EventExtractor;
import dyad.extract.events.EventTense;
import dyad.extract.events.Focus;
import dyad.extract.events.TriggerLexicon;
import dyad.extract.letters.LetterExtractor;
import dyad.extract.letters.LetterRequests;
import dyad.extract.quotes.AttributedQuote;
import dyad.extract.quotes.QuoteFinder;
import dyad.extract.quotes.SpeakerResolver;
import dyad.extract.relations.RelationDeriver;
import dyad.extract.relations.StateClock;
import dyad.ingest.LayoutNormalizer;
import dyad.model.Actor;
import dyad.model.Document;
import dyad.model.Event;
import dyad.model.Extraction;
import dyad.model.Letter;
import dyad.model.Quote;
import dyad.model.Record;
import dyad.model.Relation;
import dyad.model.Role;
import dyad.model.Span;
import dyad.nlp.Analysis;
import dyad.nlp.Cut;
import dyad.nlp.Nlp;
import dyad.nlp.Sentence;
import java.time.LocalDate;
import dyad.model.EventDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One document through every extraction stage: layout normalisation, NLP, actor mentions,
 * the letter (whose signatories are "we"), events with dates and modality, quotes with
 * speakers, and relation states. Built once with the loaded lexicons and models; safe to
 * call from several threads.
 */
public final class DocumentExtractor {

    private final Nlp nlp;
    private final Gazetteer gazetteer;
    private final MentionFinder mentionFinder;
    private final EventExtractor events;
    private final LetterExtractor letters;
    private final SpokenVoices spoken;
    private final RelationDeriver relations = new RelationDeriver();

    public DocumentExtractor(Nlp nlp, Gazetteer gazetteer, TriggerLexicon lexicon) {
        this.nlp = nlp;
        this.gazetteer = gazetteer;
        this.mentionFinder = new MentionFinder(gazetteer);
        this.events = new EventExtractor(lexicon);
        this.letters = new LetterExtractor(gazetteer);
        this.spoken = new SpokenVoices(gazetteer);
    }

    /** The document's records (its notes, if any, dropped: see {@link #extractWithNotes}). */
    public List<Record> extract(Document doc) {
        return extractWithNotes(doc).records();
    }

    /** The document's records, and a note for each sentence too long to analyse whole (cut into parts). */
    public Extraction extractWithNotes(Document doc) {
        String text = doc.text();
        String layout = new LayoutNormalizer().normalize(text);
        LocalDate day = doc.date().firstDay();
        Analysis analysis = nlp.analyze(layout,
                s -> (events.lexicon().mayTrigger(s) || DemandEvents.mayDemand(s)) && !mentionFinder.find(text, s, day).isEmpty());
        List<Sentence> sentences = analysis.sentences();

        List<List<Mention>> raw = new ArrayList<>();
        List<Mention> named = new ArrayList<>();
        for (Sentence s : sentences) {
            List<Mention> found = mentionFinder.find(text, s, day);
            raw.add(found);
            found.stream().filter(Mention::resolved).forEach(named::add);
        }
        DateExpressionFinder dateFinder = new DateExpressionFinder();
        Optional<LetterExtractor.Reading> reading = letters.read(new LetterExtractor.Context(doc, named, (from, to) ->
                dateFinder.find(text, from, to, doc.date(), doc.date()).stream()
                        .map(t -> new LetterExtractor.DatedSpan(t.span(), t.date())).toList()));
        Optional<Letter> letter = reading.map(LetterExtractor.Reading::letter);

        List<List<Mention>> perSentence = resolve(text, sentences, raw, day, letter, Voices.NONE);
        List<Mention> resolved = perSentence.stream().flatMap(List::stream).toList();
        List<Quote> quotes = quotes(doc, sentences, resolved, letter.flatMap(l -> l.recipients().stream().findFirst()).orElse(null));
        Voices voices = voices(letter.isPresent() ? List.of() : spoken.find(text, resolved), quotes);
        if (!voices.isEmpty()) { // "we" inside a quotation: its speaker's side, now that speakers are known
            perSentence = resolve(text, sentences, raw, day, letter, voices);
        }
        DateResolver dates = new DateResolver(doc.date());
        Focus focus = new Focus();
        raw.forEach(focus::mentioned);
        List<Record> out = new ArrayList<>();
        List<String> mainPair = RelationDeriver.mainPair(named.stream().map(Mention::actor).toList());
        List<Relation> stated = new ArrayList<>();
        List<Relation> listed = new ArrayList<>();
        Map<Integer, EventDate> toldDates = new HashMap<>();
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            List<Mention> mentions = perSentence.get(i);
            List<Event> found = events.extract(doc.id(), text, s, mentions, dating(text, doc.date(), dates), focus);
            out.addAll(found);
            letter.ifPresent(l -> out.addAll(DemandEvents.extract(doc.id(), text, s, mentions, signatories(l), doc.date())));
            EventDate told = dateFinder.find(text, s.start(), s.end(), doc.date(), dates.anchor()).stream()
                    .filter(t -> t.anchors()).findFirst().map(t -> t.date()).orElse(EventDate.UNKNOWN);
            toldDates.put(s.start(), told);
            List<Actor> actors = mentions.stream().filter(Mention::resolved).map(Mention::actor).toList();
            Span span = Span.of(text, s.start(), s.end());
            StateClock clock = (offset, present) -> {
                EventDate at = dates.dateFor(text, s.start(), s.end(), offset, present, doc.date());
                return at.known() || present ? at : told;
            };
            stated.addAll(relations.statedIn(doc.id(), span, actors, mainPair, clock));
            listed.addAll(relations.listedIn(doc.id(), span, actors, clock));
            dates.advance(text, s.start(), s.end());
        }
        if (reading.isPresent()) {
            List<Event> completed = LetterRequests.complete(doc.id(), text, sentences,
                    out.stream().map(Event.class::cast).toList(), reading.get(), signatories(letter.get()), doc.date());
            out.clear();
            out.addAll(completed);
        }
        List<Event> allEvents = out.stream().filter(Event.class::isInstance).map(Event.class::cast).toList();
        out.addAll(quotes);
        letter.ifPresent(out::add);
        out.addAll(relations.derive(allEvents, stated, listed, toldDates, doc.date()));
        return new Extraction(out, analysis.cuts().stream().map(DocumentExtractor::note).toList());
    }

    private static String note(Cut cut) {
        return String.format(Locale.ROOT, "the sentence at characters %d-%d has %,d tokens and no sentence end: "
                + "cut into %d parts of at most %d tokens, each analysed as a sentence (an act told across a cut may be missed)",
                cut.start(), cut.end(), cut.tokens(), cut.parts(), Nlp.MAX_SENTENCE_TOKENS);
    }

    /** Every sentence's mentions resolved in document order, by one discourse. */
    private List<List<Mention>> resolve(String text, List<Sentence> sentences, List<List<Mention>> raw, LocalDate day,
                                        Optional<Letter> letter, Voices voices) {
        Discourse discourse = new Discourse(mentionFinder);
        letter.ifPresent(l -> discourse.setFirstPerson(signatories(l)));
        letter.filter(l -> !l.recipients().isEmpty()).ifPresent(l -> discourse.setSecondPerson(l.recipients().get(0)));
        discourse.setVoices(voices);
        List<List<Mention>> out = new ArrayList<>(sentences.size());
        for (int i = 0; i < sentences.size(); i++) {
            out.add(discourse.resolve(text, raw.get(i), day, sentences.get(i)));
        }
        return out;
    }

    /** The spoken voices (turns, a statement's issuer) and inside them the quotations, which speak first. */
    private static Voices voices(List<Voices.Voice> spoken, List<Quote> quotes) {
        List<Voices.Voice> all = new ArrayList<>(spoken);
        quotes.stream().filter(q -> q.speaker() != null)
                .forEach(q -> all.add(new Voices.Voice(q.start(), q.end(), q.speaker())));
        return new Voices(all);
    }

    private List<Quote> quotes(Document doc, List<Sentence> sentences, List<Mention> mentions, Actor addressee) {
        String text = doc.text();
        List<Span> spans = sentences.stream().map(s -> Span.of(text, s.start(), s.end())).toList();
        List<Quote> out = new ArrayList<>();
        List<AttributedQuote> found = QuoteFinder.find(text, spans);
        if (found.isEmpty()) {
            return List.of();
        }
        SpeakerResolver speakers = SpeakerResolver.forDocument(text, spans, mentions, addressee);
        List<Actor> earlier = new ArrayList<>();
        for (AttributedQuote q : found) {
            Actor speaker = speakers.resolve(q.speaker(), earlier);
            if (speaker != null) {
                earlier.add(speaker);
            }
            out.add(new Quote(doc.id(), speaker, q.verb(), q.quote().text(), q.quote().start(), q.quote().end()));
        }
        return out;
    }

    /** The letter's "we": its signatories as one body, of their state when they all come from one, else of none. */
    private static Actor signatories(Letter l) {
        if (l.authors().isEmpty()) {
            return new Actor(null, null, null, "Signatories", null, null, Role.CSO);
        }
        List<String> countries = l.authors().stream().map(Actor::country).filter(c -> c != null).distinct().toList();
        String name = String.join(" and ", l.authors().stream().map(Actor::name).toList());
        return new Actor(null, null, null, name, countries.size() == 1 ? countries.get(0) : null, null, Role.CSO);
    }

    /** Dates the acts of one sentence for the event extractor, from the document's date state. */
    private static EventDating dating(String text, EventDate documentDate, DateResolver dates) {
        return new EventDating() {
            @Override
            public EventDate dateFor(Sentence sentence, int trigger, boolean present) {
                if (present && EventTense.happeningNow(sentence, trigger)) {
                    return documentDate;
                }
                boolean past = EventTense.past(sentence, trigger);
                EventDate at = DateResolver.notAfterWriting(dates.dateFor(text, sentence.start(), sentence.end(),
                        sentence.token(trigger).start(), present, documentDate), documentDate, past);
                if (at.known()) {
                    return at;
                }
                EventDate story = EventTense.simplePast(sentence, trigger) ? dates.storysDay() : EventDate.UNKNOWN;
                if (story.known()) { // a wire report's undated news happened on its writing day
                    return story;
                }
                // "They called for unity": a sentence opening with a pronoun goes on at the date told just before
                return past && EventTense.opensWithPronoun(sentence) ? dates.previousSentenceDate() : EventDate.UNKNOWN;
            }

            @Override
            public EventDate referredDate(Sentence sentence, int trigger) {
                return dates.referredDate(text, sentence.start(), sentence.end(), sentence.token(trigger).start());
            }
        };
    }
}
