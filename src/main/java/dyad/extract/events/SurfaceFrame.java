package dyad.extract.events;

import dyad.extract.actors.Mention;
import dyad.nlp.Sentence;
import dyad.nlp.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Who acts and who is acted on by word order alone, for verbs whose parse went wrong (the tagger
 * read "imposed" as an adjective, "freezes" as a verb): the actors just before the verb in its
 * clause act, the first actors after it are acted on, as older event coders read sentences. Used
 * only where the dependency frame finds no one.
 */
final class SurfaceFrame {

    /** How far from the verb a party may stand, in tokens. */
    private static final int REACH = 8;
    private static final Set<String> CLAUSE_ENDS = Set.of(";", ":", "—", "–", "(", ")", "\"", "“", "”");
    private static final Set<String> CLAUSE_STARTS = Set.of("which", "who", "that", "while", "whereas", "after",
            "before", "because", "although", "when", "since", "if", "unless", "as");

    private SurfaceFrame() {
    }

    /** The resolved mentions right before the verb in its clause (a list of states counts whole). */
    static List<Mention> before(Sentence s, int verb, List<Mention> mentions) {
        List<Mention> out = new ArrayList<>();
        for (int i = verb - 1; i >= 0 && verb - i <= REACH; i--) {
            if (boundary(s.token(i))) {
                break;
            }
            int token = i;
            List<Mention> here = Phrases.covering(token, mentions);
            if (!here.isEmpty()) {
                out.addAll(0, here);
                i = here.get(0).first();
                continue;
            }
            if (!out.isEmpty() && !joiner(s.token(i))) {
                break;
            }
        }
        return out;
    }

    /** The resolved mentions after the verb up to the clause's end, the first phrase of them (with its list). */
    static List<Mention> after(Sentence s, int verb, List<Mention> mentions) {
        List<Mention> out = new ArrayList<>();
        for (int i = verb + 1; i < s.tokens().size() && i - verb <= REACH; i++) {
            if (boundary(s.token(i)) || s.token(i).isVerb() && out.isEmpty() && i > verb + 1 && !s.token(i).pos().equals("VBN")) {
                break;
            }
            int token = i;
            List<Mention> here = Phrases.covering(token, mentions);
            if (!here.isEmpty()) {
                out.addAll(here);
                i = here.get(here.size() - 1).last();
                continue;
            }
            if (!out.isEmpty() && !joiner(s.token(i))) {
                break;
            }
        }
        return out;
    }

    private static boolean boundary(Token t) {
        return CLAUSE_ENDS.contains(t.word()) || CLAUSE_STARTS.contains(t.word().toLowerCase(Locale.ROOT));
    }

    /** "Brazil, Chile and Mexico": words that join the members of a list. */
    private static boolean joiner(Token t) {
        return t.word().equals(",") || t.pos().equals("CC") || t.pos().equals("DT");
    }
}
