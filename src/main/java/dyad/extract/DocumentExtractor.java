package dyad.extract;

import dyad.extract.actors.MentionFinder;
import dyad.extract.actors.SpokenVoices;
import dyad.extract.events.EventExtractor;
import dyad.extract.letters.LetterExtractor;
import dyad.extract.stage.Stages;
import dyad.model.Document;
import dyad.model.Extraction;
import dyad.model.Record;
import java.util.List;

/**
 * One document through every extraction stage. The order the stages run in is this file's
 * {@link #stages}; each says what it needs and makes ({@link Slots}), and the order is checked
 * when it is built. Built once from the loaded {@link Models}; safe to call from several threads.
 */
public final class DocumentExtractor {

    private final Stages stages;

    public DocumentExtractor(Models models) {
        this.stages = stages(models);
    }

    private static Stages stages(Models models) {
        MentionFinder mentions = new MentionFinder(models.gazetteer());
        DiscourseStage discourse = new DiscourseStage(mentions);
        return new Stages(List.of(
                new LayoutStage(),
                new AnalysisStage(models.nlp(), mentions, models.lexicon()),
                new LetterStage(new LetterExtractor(models.gazetteer(), models.letterLexicon()), models.dateFinder()),
                discourse,
                new QuoteStage(models.quoteLexicon()),
                new VoiceStage(new SpokenVoices(models.gazetteer()), discourse),
                new ActStage(new EventExtractor(models.lexicon(), models.gazetteer()), models.relations(), models.dateFinder()),
                new LetterRequestStage(),
                new RelationStage(models.relations()),
                new RecordStage()));
    }

    /** The document's records (its notes, if any, dropped: see {@link #extractWithNotes}). */
    public List<Record> extract(Document doc) {
        return extractWithNotes(doc).records();
    }

    /** The document's records, and a note for each sentence too long to analyse whole (cut into parts). */
    public Extraction extractWithNotes(Document doc) {
        return stages.run(doc).get(Slots.EXTRACTION);
    }

    /** The stage names in the order they run. */
    public List<String> stageNames() {
        return stages.names();
    }
}
