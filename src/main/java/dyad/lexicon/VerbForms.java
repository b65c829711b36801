package dyad.lexicon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds the verb a pattern comment names ("# CALLED_OFF", "# PLAYED") among the dictionary's
 * verbs, through their irregular forms and naively generated regular forms (-s, -es, -ies, -d, -ed,
 * -ied, -ing, a doubled final consonant). Looks in the pattern's own block first.
 */
final class VerbForms {

    private final Map<String, VerbDictionary.Verb> global = new HashMap<>();
    private final Map<VerbDictionary.Block, Map<String, VerbDictionary.Verb>> byBlock = new HashMap<>();

    VerbForms(VerbDictionary dictionary) {
        for (VerbDictionary.Block block : dictionary.blocks()) {
            Map<String, VerbDictionary.Verb> local = new HashMap<>();
            for (VerbDictionary.Verb verb : block.verbs()) {
                for (String form : forms(verb)) {
                    local.putIfAbsent(form, verb);
                    global.putIfAbsent(form, verb);
                }
            }
            byBlock.put(block, local);
        }
    }

    /** The verbs a pattern applies to: the comment's verb, else (no comment, or not found) every verb of the block. */
    List<VerbDictionary.Verb> of(VerbDictionary.Block block, VerbDictionary.Pattern pattern) {
        if (pattern.verb() != null) {
            String key = pattern.verb().toUpperCase(Locale.ROOT);
            VerbDictionary.Verb v = byBlock.get(block).get(key);
            if (v == null) {
                v = global.get(key);
            }
            if (v != null) {
                return List.of(v);
            }
        }
        return block.verbs();
    }

    /** "ANGERED" → "ANGER" when it is a form of a one-word verb; else the word itself. */
    String base(String word) {
        VerbDictionary.Verb v = global.get(word);
        return v != null && v.words().size() == 1 ? v.words().get(0) : word;
    }

    boolean knows(VerbDictionary.Block block, VerbDictionary.Pattern pattern) {
        return pattern.verb() != null && (byBlock.get(block).containsKey(pattern.verb().toUpperCase(Locale.ROOT))
                || global.containsKey(pattern.verb().toUpperCase(Locale.ROOT)));
    }

    /** Every spelling of a verb, words joined by '_': "ASK_FOR", "ASKED_FOR", "ASKING_FOR", … */
    static List<String> forms(VerbDictionary.Verb verb) {
        List<String> out = new ArrayList<>();
        String first = verb.words().get(0);
        String rest = verb.words().size() > 1 ? "_" + String.join("_", verb.words().subList(1, verb.words().size())) : "";
        for (String f : inflections(first)) {
            out.add(f + rest);
        }
        for (List<String> form : verb.forms()) {
            out.add(String.join("_", form));
        }
        return out;
    }

    static List<String> inflections(String w) {
        List<String> out = new ArrayList<>(List.of(w));
        char last = w.charAt(w.length() - 1);
        boolean consonantY = w.endsWith("Y") && w.length() > 1 && "AEIOU".indexOf(w.charAt(w.length() - 2)) < 0;
        if (consonantY) {
            String stem = w.substring(0, w.length() - 1);
            out.addAll(List.of(stem + "IES", stem + "IED", w + "ING"));
            return out;
        }
        out.add(w.matches(".*(S|SH|CH|X|Z)") ? w + "ES" : w + "S");
        if (w.endsWith("E")) {
            out.addAll(List.of(w + "D", w.substring(0, w.length() - 1) + "ING"));
        } else {
            out.addAll(List.of(w + "ED", w + "ING", w + last + "ED", w + last + "ING"));
        }
        return out;
    }
}
