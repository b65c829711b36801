package dyad.pipeline;

import dyad.extract.Models;
import dyad.model.Document;
import dyad.model.Extraction;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Where a run gets its extraction: the stages over the loaded models in production, any function
 * from a document to its records (and notes) in tests. Asked at most once per run, and only when
 * there is a document to extract, because loading the models takes seconds.
 */
@FunctionalInterface
public interface Extractors extends Supplier<Function<Document, Extraction>> {

    /** Every stage over CoreNLP, the gazetteer and the lexicons. */
    Extractors MODELS = () -> Models.load().extractor()::extractWithNotes;
}
