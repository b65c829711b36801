package dyad.lexicon;

import java.util.List;
import java.util.Map;

/**
 * What {@link CameoVerbReader} reads from a PETRARCH verb dictionary: the synonym sets and the
 * verb blocks, codes kept as written ("020", "042:043", ":173", "---").
 */
record VerbDictionary(String file, Map<String, List<String>> synsets, List<Block> blocks, int transformations) {

    /** {@code --- NAME [code] ---}, its verbs and patterns. */
    record Block(String name, String code, int line, List<Verb> verbs, List<Pattern> patterns) {
    }

    /**
     * A verb line: {@code words} is the verb ("ASK") or phrasal verb ("ASK", "FOR"), {@code forms}
     * its irregular forms from {...} (each split into words), {@code code} null when it has none.
     */
    record Verb(List<String> words, List<List<String>> forms, String code, int line) {
    }

    /** {@code - … * … [code] # VERB}: {@code verb} is the comment's first word, or null. */
    record Pattern(String body, String code, String verb, int line) {
    }
}
