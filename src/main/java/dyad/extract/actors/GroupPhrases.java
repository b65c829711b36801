package dyad.extract.actors;

import dyad.model.Actor;
import dyad.model.Role;
import dyad.model.Span;
import dyad.nlp.Sentence;
import dyad.nlp.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * States referred to as a group: "the four countries", "these governments", "the three Gulf
 * states", "all five capitals". Such a phrase stands for the states the text listed last; it is
 * left for {@link Discourse} to expand (office {@value #OFFICE} + the number, or 0 when none is
 * given). Only phrases with a determiner or a number count: "Western countries" names no list.
 */
final class GroupPhrases {

    static final String OFFICE = "group:";

    private static final Set<String> DETERMINERS = Set.of("the", "these", "those", "all", "both");
    private static final Map<String, Integer> NUMBERS = Map.of("two", 2, "three", 3, "four", 4, "five", 5,
            "six", 6, "seven", 7, "eight", 8, "nine", 9, "ten", 10);
    private static final Set<String> GROUP_NOUNS = Set.of("countries", "states", "governments", "nations", "capitals",
            "allies", "neighbours", "neighbors", "powers", "monarchies", "members", "signatories", "parties");
    /** "the states" may be the United States, "the parties" political parties: alone they name no list. */
    private static final Set<String> AMBIGUOUS_ALONE = Set.of("states", "members", "parties", "signatories", "powers");
    private static final int MAX_MODIFIERS = 2;

    private GroupPhrases() {
    }

    /** Group phrases of the sentence that no mention covers yet. */
    static List<Mention> find(String text, Sentence s, List<Mention> found) {
        List<Mention> out = new ArrayList<>();
        List<Token> tokens = s.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            String w = tokens.get(i).word().toLowerCase(Locale.ROOT);
            if (!DETERMINERS.contains(w) && !NUMBERS.containsKey(w)) {
                continue;
            }
            int k = i + 1;
            int number = NUMBERS.getOrDefault(w, 0);
            if (k < tokens.size() && NUMBERS.containsKey(tokens.get(k).word().toLowerCase(Locale.ROOT))) {
                number = NUMBERS.get(tokens.get(k).word().toLowerCase(Locale.ROOT));
                k++;
            }
            int modifiers = 0;
            while (k < tokens.size() && modifiers < MAX_MODIFIERS && isModifier(tokens.get(k))) {
                k++;
                modifiers++;
            }
            String noun = k < tokens.size() ? tokens.get(k).word().toLowerCase(Locale.ROOT) : "";
            boolean group = GROUP_NOUNS.contains(noun)
                    && (number > 0 || modifiers > 0 || !w.equals("the") || !AMBIGUOUS_ALONE.contains(noun));
            if (!group) {
                continue;
            }
            int first = i;
            int last = k;
            if (found.stream().anyMatch(m -> m.first() <= last && first <= m.last())
                    || out.stream().anyMatch(m -> m.first() <= last && first <= m.last())) {
                continue;
            }
            Span span = Span.of(text, tokens.get(first).start(), tokens.get(last).end());
            out.add(new Mention(first, last, new Actor(span.text(), span.start(), span.end(), span.text(), null, null,
                    Role.GOV), EntryKind.ROLE_CUE, OFFICE + number));
            i = last;
        }
        return out;
    }

    /** "Gulf", "Arab", "boycotting", "neighbouring": a word that narrows the group. */
    private static boolean isModifier(Token t) {
        return t.pos().startsWith("JJ") || t.pos().equals("NNP") || t.pos().equals("VBG") || t.pos().equals("VBN");
    }

    /** The number a group phrase gives ("the four countries": 4), 0 when it gives none. */
    static int size(Mention m) {
        String office = m.office();
        return office != null && office.startsWith(OFFICE) ? Integer.parseInt(office.substring(OFFICE.length())) : -1;
    }
}
