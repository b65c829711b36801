package dyad.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.CoreMap;
import java.util.List;

/**
 * Headlines drop articles and end without a full stop, and the tagger then reads their verb as a
 * plural noun: in "Peru downgrades ties with Mexico" or "U.S. orders 60 diplomats out" nothing is a
 * verb, so nothing acts. In a line with no full stop that opens with a name ("Peru", "U.S."), a
 * plural noun right after the name is its verb, tagged so before the parse.
 */
final class HeadlineVerbs {

    private HeadlineVerbs() {
    }

    static void retag(List<CoreMap> sentences) {
        for (CoreMap sentence : sentences) {
            List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
            if (tokens.size() < 3 || endsLikeASentence(tokens)) {
                continue;
            }
            int name = 0;
            while (name < tokens.size() && tokens.get(name).tag() != null && tokens.get(name).tag().startsWith("NNP")) {
                name++;
            }
            if (name == 0 || name >= tokens.size() - 1) {
                continue;
            }
            CoreLabel t = tokens.get(name);
            if ("NNS".equals(t.tag()) && t.word().endsWith("s") && !t.word().endsWith("ss")) {
                t.setTag("VBZ");
            }
        }
    }

    private static boolean endsLikeASentence(List<CoreLabel> tokens) {
        return Sentence.FULL_STOPS.contains(tokens.get(tokens.size() - 1).word());
    }

}
