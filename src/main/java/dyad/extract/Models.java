package dyad.extract;

import dyad.extract.actors.Gazetteer;
import dyad.extract.dates.DateExpressionFinder;
import dyad.extract.dates.DateLexicon;
import dyad.extract.events.TriggerLexicon;
import dyad.extract.letters.LetterLexicon;
import dyad.extract.quotes.QuoteLexicon;
import dyad.extract.relations.RelationDeriver;
import dyad.nlp.CoreNlp;
import dyad.nlp.Nlp;

/**
 * Everything slow to load, loaded once per process and passed to whoever needs it: the NLP
 * models, the gazetteer, and the lexicons of triggers, dates, letters, quotes and relation cues.
 */
public record Models(Nlp nlp, Gazetteer gazetteer, TriggerLexicon lexicon, DateExpressionFinder dateFinder,
                     LetterLexicon letterLexicon, QuoteLexicon quoteLexicon, RelationDeriver relations) {

    /** The shipped models and lexicons, from the class path. */
    public static Models load() {
        return with(new CoreNlp());
    }

    /** The shipped lexicons around another NLP (a test's, say). */
    public static Models with(Nlp nlp) {
        return new Models(nlp, Gazetteer.load(), TriggerLexicon.load(), new DateExpressionFinder(DateLexicon.load()),
                LetterLexicon.load(), QuoteLexicon.load(), new RelationDeriver());
    }

    public DocumentExtractor extractor() {
        return new DocumentExtractor(this);
    }
}
