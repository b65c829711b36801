package dyad.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.Predicate;

/**
 * Stanford CoreNLP behind the {@link Nlp} boundary. Models load once, in the constructor;
 * the instance is thread-safe and meant to be shared. No NER: Dyad's gazetteer names the
 * actors, and the dependency parser runs only on sentences that may hold an event, which is
 * where the time goes in the stock pipeline.
 */
public final class CoreNlp implements Nlp {

    private final StanfordCoreNLP splitter;
    private final StanfordCoreNLP tagger;
    private final StanfordCoreNLP parser;

    public CoreNlp() {
        Properties split = new Properties();
        split.setProperty("annotators", "tokenize,ssplit");
        // The layout normaliser turns every real break into '\n' and soft wraps into spaces.
        split.setProperty("ssplit.newlineIsSentenceBreak", "always");
        split.setProperty("tokenize.options", "untokenizable=noneKeep,invertible=false");
        splitter = new StanfordCoreNLP(split);

        // Tagged after over-long sentences are cut (LongSentences), so no annotator sees one.
        Properties tag = new Properties();
        tag.setProperty("annotators", "pos,lemma");
        tag.setProperty("enforceRequirements", "false");
        tagger = new StanfordCoreNLP(tag);

        Properties parse = new Properties();
        parse.setProperty("annotators", "depparse");
        parse.setProperty("enforceRequirements", "false");
        parser = new StanfordCoreNLP(parse);
    }

    @Override
    public Analysis analyze(String text, Predicate<Sentence> needsParse) {
        Annotation doc = new Annotation(text);
        splitter.annotate(doc);
        List<Cut> cuts = new ArrayList<>();
        List<CoreMap> maps = LongSentences.cut(doc.get(CoreAnnotations.SentencesAnnotation.class), cuts);
        doc.set(CoreAnnotations.SentencesAnnotation.class, maps);
        tagger.annotate(doc);
        HeadlineVerbs.retag(maps);
        List<Sentence> sentences = new ArrayList<>(maps.size());
        List<CoreMap> toParse = new ArrayList<>();
        List<Integer> parseIndex = new ArrayList<>();
        for (CoreMap map : maps) {
            Sentence s = toSentence(sentences.size(), map);
            sentences.add(s);
            if (needsParse.test(s)) {
                toParse.add(map);
                parseIndex.add(s.index());
            }
        }
        if (!toParse.isEmpty()) {
            Annotation sub = new Annotation(text);
            sub.set(CoreAnnotations.SentencesAnnotation.class, toParse);
            parser.annotate(sub);
            for (int k = 0; k < toParse.size(); k++) {
                CoreMap map = toParse.get(k);
                int i = parseIndex.get(k);
                sentences.set(i, sentences.get(i).withParse(
                        arcs(map.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class)),
                        arcs(map.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class))));
            }
        }
        return new Analysis(sentences, cuts);
    }

    private static Sentence toSentence(int index, CoreMap map) {
        List<CoreLabel> labels = map.get(CoreAnnotations.TokensAnnotation.class);
        List<Token> tokens = new ArrayList<>(labels.size());
        for (CoreLabel l : labels) {
            tokens.add(new Token(tokens.size(), l.originalText(), l.lemma(), l.tag(),
                    l.beginPosition(), l.endPosition()));
        }
        int start = tokens.isEmpty() ? 0 : tokens.get(0).start();
        int end = tokens.isEmpty() ? 0 : tokens.get(tokens.size() - 1).end();
        return new Sentence(index, start, end, tokens, List.of(), List.of());
    }

    private static List<Arc> arcs(SemanticGraph graph) {
        if (graph == null) {
            return List.of();
        }
        List<Arc> out = new ArrayList<>();
        for (var root : graph.getRoots()) {
            out.add(new Arc(-1, root.index() - 1, "root"));
        }
        for (SemanticGraphEdge e : graph.edgeIterable()) {
            out.add(new Arc(e.getGovernor().index() - 1, e.getDependent().index() - 1, e.getRelation().toString()));
        }
        return out;
    }
}
