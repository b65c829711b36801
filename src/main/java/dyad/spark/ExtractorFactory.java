package dyad.spark;

import dyad.pipeline.Extractors;
import dyad.model.Document;
import dyad.model.Extraction;
import java.io.Serializable;
import java.util.function.Function;

/**
 * How an executor makes the per-document function: the one seam between the Spark job and
 * extraction. The factory travels with the job (it is serialised into each task); the function
 * it makes never does: {@link LoadedExtractors} makes it once per JVM, on first use.
 *
 * <p>Use a named class, not a lambda: functions are kept per factory class.
 */
@FunctionalInterface
public interface ExtractorFactory extends Serializable {

    /** The function from a document to its records and notes; called once per JVM and factory class. */
    Function<Document, Extraction> create();

    /** What {@code dyad extract} runs per document: CoreNLP, the gazetteer and the trigger lexicon. */
    ExtractorFactory MODELS = new FullModels();

    /** {@link #MODELS}. */
    final class FullModels implements ExtractorFactory {
        private static final long serialVersionUID = 1L;

        @Override
        public Function<Document, Extraction> create() {
            return Extractors.MODELS.get(); // the very function the local pipeline runs
        }
    }
}
