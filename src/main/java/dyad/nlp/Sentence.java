package dyad.nlp;

import java.util.ArrayList;
import java.util.List;

/**
 * A sentence as plain records: tokens with document offsets, the basic dependency tree
 * and the enhanced++ graph (both empty when the sentence was not parsed).
 */
public record Sentence(int index, int start, int end, List<Token> tokens, List<Arc> tree, List<Arc> graph) {

    public Sentence {
        tokens = List.copyOf(tokens);
        tree = List.copyOf(tree);
        graph = List.copyOf(graph);
    }

    /** The marks that end a sentence; a line ending in none of them is a title or a fragment. */
    public static final java.util.Set<String> FULL_STOPS = java.util.Set.of(".", "!", "?");

    public boolean parsed() {
        return !tree.isEmpty();
    }

    /** Whether the last token is no full stop: "Peru downgrades ties with Mexico" as a headline. */
    public boolean endsWithoutStop() {
        return tokens.isEmpty() || !FULL_STOPS.contains(tokens.get(tokens.size() - 1).word());
    }

    public Sentence withParse(List<Arc> newTree, List<Arc> newGraph) {
        return new Sentence(index, start, end, tokens, newTree, newGraph);
    }

    public Token token(int i) {
        return tokens.get(i);
    }

    /** The tree arc whose dependent is {@code i}, or null for the root or an unparsed sentence. */
    public Arc head(int i) {
        for (Arc a : tree) {
            if (a.dependent() == i) {
                return a.governor() < 0 ? null : a;
            }
        }
        return null;
    }

    public List<Arc> children(int i) {
        List<Arc> out = new ArrayList<>();
        for (Arc a : tree) {
            if (a.governor() == i) {
                out.add(a);
            }
        }
        return out;
    }

    /** Enhanced-graph arcs out of {@code i}: adds propagated subjects of xcomp and conjuncts. */
    public List<Arc> graphChildren(int i) {
        List<Arc> out = new ArrayList<>();
        for (Arc a : graph) {
            if (a.governor() == i) {
                out.add(a);
            }
        }
        return out;
    }

    /** Token indexes of the subtree rooted at {@code i} (including i), in order. */
    public List<Integer> subtree(int i) {
        boolean[] in = new boolean[tokens.size()];
        collect(i, in);
        List<Integer> out = new ArrayList<>();
        for (int k = 0; k < in.length; k++) {
            if (in[k]) {
                out.add(k);
            }
        }
        return out;
    }

    private void collect(int i, boolean[] in) {
        if (in[i]) {
            return;
        }
        in[i] = true;
        for (Arc a : children(i)) {
            collect(a.dependent(), in);
        }
    }

    /** Index of the token covering document offset {@code offset}, or -1. */
    public int tokenAt(int offset) {
        for (Token t : tokens) {
            if (offset >= t.start() && offset < t.end()) {
                return t.index();
            }
        }
        return -1;
    }
}
