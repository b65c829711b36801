package dyad.lexicon;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The words a verb pattern requires near its verb: the head of the first constituent after
 * {@code *} that holds a content word — a plain word, the last word of a {@code {compound}}, the
 * object of a {@code (PREP X)} phrase, the members of a {@code &SET} (their last words), each
 * alternative of {@code A/B} — lower-cased, with a naive singular added for plurals. Markers
 * ({@code $ + ^ %}), particles and other function words are never heads.
 */
final class PatternHeads {

    static final Set<String> FUNCTION_WORDS = Set.of("a", "an", "the", "to", "for", "of", "in", "on", "at", "by",
            "with", "from", "into", "onto", "over", "under", "up", "down", "out", "off", "away", "back", "forward",
            "aside", "about", "against", "along", "around", "before", "after", "behind", "between", "through",
            "toward", "towards", "until", "upon", "within", "without", "across", "near", "as", "that", "this",
            "these", "those", "it", "its", "him", "her", "them", "himself", "herself", "itself", "themselves",
            "his", "their", "our", "own", "and", "or", "not", "no", "will", "would", "be", "been", "is", "are",
            "was", "were", "has", "have", "had", "being", "so", "such", "than", "then", "there", "here", "also",
            "very", "more", "most", "all", "any", "some", "each", "one", "who", "which", "what", "if", "whether");

    private final Map<String, List<String>> synsets;

    PatternHeads(Map<String, List<String>> synsets) {
        this.synsets = synsets;
    }

    /** The required lemmas of a pattern body such as {@code * POLICE (TO BORDER)}; empty when it has none. */
    List<String> of(String body) {
        int star = body.indexOf('*');
        String after = body.substring(star + 1).replace('_', ' ').replace("*", " ");
        for (List<String> constituent : constituents(after)) {
            List<String> heads = heads(constituent);
            if (!heads.isEmpty()) {
                return withSingulars(heads);
            }
        }
        return List.of();
    }

    /** Splits "POLICE (TO {BORDER POST}) &SET" into [POLICE], [( TO BORDER POST], [&SET]. */
    private static List<List<String>> constituents(String text) {
        List<List<String>> out = new ArrayList<>();
        List<String> group = null;
        int depth = 0;
        for (String token : text.replace("(", " ( ").replace(")", " ) ").replace("{", " { ").replace("}", " } ")
                .trim().split("\\s+")) {
            if (token.isEmpty()) {
                continue;
            }
            if (token.equals("(") || token.equals("{")) {
                if (depth++ == 0) {
                    group = new ArrayList<>();
                    group.add(token);
                }
                continue;
            }
            if (token.equals(")") || token.equals("}")) {
                if (depth > 0 && --depth == 0) {
                    out.add(group);
                    group = null;
                }
                continue;
            }
            if (group != null) {
                group.add(token);
            } else {
                out.add(List.of(token));
            }
        }
        if (group != null) {
            out.add(group);
        }
        return out;
    }

    /** The content words of one constituent's head position. */
    private List<String> heads(List<String> constituent) {
        List<String> words = new ArrayList<>(constituent);
        boolean phrase = words.get(0).equals("(");
        if (phrase || words.get(0).equals("{")) {
            words.remove(0);
        }
        if (phrase && !words.isEmpty()) {
            words.remove(0); // the preposition
        }
        // The head is the last word that carries content (the last word of a compound, the object of a phrase).
        for (int i = words.size() - 1; i >= 0; i--) {
            List<String> content = content(words.get(i));
            if (!content.isEmpty()) {
                return content;
            }
            if (!phrase && constituent.size() == 1) {
                break;
            }
        }
        return List.of();
    }

    /** A token's content words: "&WEAPON" → its members' last words, "BOMBING/EXPLOSION" → both. */
    private List<String> content(String token) {
        List<String> out = new ArrayList<>();
        for (String alt : token.split("/")) {
            if (alt.startsWith("&")) {
                for (String member : synsets.getOrDefault(CameoVerbReader.setName(alt), List.of())) {
                    String[] ws = member.split(" ");
                    addWord(out, ws[ws.length - 1]);
                }
            } else {
                addWord(out, alt);
            }
        }
        return out;
    }

    private static void addWord(List<String> out, String word) {
        String w = word.toLowerCase(Locale.ROOT).replaceAll("^[$+^%]+|[$+^%]+$", "");
        if (w.matches("[\\p{Ll}\\d][\\p{Ll}\\d'-]*") && !FUNCTION_WORDS.contains(w) && !w.matches("\\d+")) {
            out.add(w);
        }
    }

    /** The words and, for plural-looking ones, a naive singular ("rallies" → "rally", "attacks" → "attack"). */
    static List<String> withSingulars(List<String> words) {
        Set<String> out = new LinkedHashSet<>();
        for (String w : words) {
            out.add(w);
            String s = singular(w);
            if (s != null) {
                out.add(s);
            }
        }
        return List.copyOf(out);
    }

    static String singular(String w) {
        if (w.length() < 4 || w.endsWith("ss") || w.endsWith("us") || w.endsWith("is") || !w.endsWith("s")) {
            return null;
        }
        if (w.endsWith("ies")) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.endsWith("sses") || w.endsWith("ches") || w.endsWith("shes") || w.endsWith("xes")) {
            return w.substring(0, w.length() - 2);
        }
        return w.substring(0, w.length() - 1);
    }
}
