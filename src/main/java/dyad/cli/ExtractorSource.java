package dyad.cli;

import dyad.extract.Models;
import dyad.model.Document;
import dyad.model.Extraction;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Where the commands get their extractor: the models in production, any function from a
 * document to its records (and notes) in tests. Asked at most once per run, and only when there
 * is a document to extract (see {@link dyad.extract.CorpusRunner}), because loading the models
 * takes seconds.
 */
@FunctionalInterface
interface ExtractorSource extends Supplier<Function<Document, Extraction>> {

    /** The full pipeline: CoreNLP, the gazetteer and the trigger lexicon. */
    ExtractorSource MODELS = () -> Models.load().extractor()::extractWithNotes;
}
