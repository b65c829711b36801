package dyad.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.Properties;

/**
 * The stock CoreNLP pipeline (tokenize, ssplit, pos, lemma, ner, depparse; default settings)
 * that Dyad's extraction is benchmarked against. Used only by `dyad bench`.
 */
public final class StockPipeline {

    private final StanfordCoreNLP pipeline;

    public StockPipeline() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse");
        pipeline = new StanfordCoreNLP(p);
    }

    /** Annotates a text and returns its token count. */
    public int annotate(String text) {
        Annotation a = new Annotation(text);
        pipeline.annotate(a);
        return a.get(CoreAnnotations.TokensAnnotation.class).size();
    }
}
