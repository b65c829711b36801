package dyad.extract;

import dyad.extract.actors.Gazetteer;
import dyad.extract.events.TriggerLexicon;
import dyad.nlp.CoreNlp;
import dyad.nlp.Nlp;

/** Everything slow to load, loaded once per process and passed to whoever needs it. */
public record Models(Nlp nlp, Gazetteer gazetteer, TriggerLexicon lexicon) {

    public static Models load() {
        return new Models(new CoreNlp(), Gazetteer.load(), TriggerLexicon.load());
    }

    public DocumentExtractor extractor() {
        return new DocumentExtractor(nlp, gazetteer, lexicon);
    }
}
