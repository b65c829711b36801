package dyad.extract;

import dyad.extract.actors.Mention;
import dyad.extract.letters.LetterExtractor;
import dyad.extract.quotes.AttributedQuote;
import dyad.extract.quotes.QuoteFinder;
import dyad.extract.quotes.QuoteLexicon;
import dyad.extract.quotes.SpeakerResolver;
import dyad.extract.stage.Stage;
import dyad.extract.stage.Work;
import dyad.model.Actor;
import dyad.model.Document;
import dyad.model.Letter;
import dyad.model.Quote;
import dyad.model.Span;
import java.util.ArrayList;
import java.util.List;

/** Quotations and who spoke them; a letter's "you" is its first recipient. */
final class QuoteStage extends Stage {

    private final QuoteLexicon lexicon;

    QuoteStage(QuoteLexicon lexicon) {
        super("quotes", List.of(Slots.SENTENCES, Slots.RESOLVED, Slots.LETTER), List.of(Slots.QUOTES));
        this.lexicon = lexicon;
    }

    @Override
    public void run(Work work) {
        Document doc = work.document();
        String text = doc.text();
        List<Span> spans = work.get(Slots.SENTENCES).stream().map(s -> Span.of(text, s.start(), s.end())).toList();
        List<AttributedQuote> found = QuoteFinder.find(text, spans, lexicon.verbs());
        if (found.isEmpty()) {
            work.put(Slots.QUOTES, List.of());
            return;
        }
        List<Mention> mentions = work.get(Slots.RESOLVED).stream().flatMap(List::stream).toList();
        Actor addressee = work.get(Slots.LETTER).map(LetterExtractor.Reading::letter).map(Letter::recipients)
                .flatMap(r -> r.stream().findFirst()).orElse(null);
        SpeakerResolver speakers = SpeakerResolver.forDocument(lexicon, text, spans, mentions, addressee);
        List<Actor> earlier = new ArrayList<>();
        List<Quote> out = new ArrayList<>();
        for (AttributedQuote q : found) {
            Actor speaker = speakers.resolve(q.speaker(), earlier);
            if (speaker != null) {
                earlier.add(speaker);
            }
            out.add(new Quote(doc.id(), speaker, q.verb(), q.quote().text(), q.quote().start(), q.quote().end()));
        }
        work.put(Slots.QUOTES, List.copyOf(out));
    }
}
