package dyad.extract.events;

import dyad.extract.actors.TsvTable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Named lists of words a trigger may require ({@code events/word-sets.tsv}): "@envoy" stands for
 * every word for a diplomat, so that "expel", "recall" and "summon" all know the same ones. In a
 * trigger row, "@envoy" expands to its words and "leave+@envoy" to "leave+ambassador",
 * "leave+envoy", … (every part of a '+' alternative must be found).
 */
public final class WordSets {

    private final Map<String, List<String>> sets = new HashMap<>();

    private WordSets() {
    }

    public static WordSets load(String resource) {
        WordSets w = new WordSets();
        for (TsvTable.Row row : TsvTable.read(resource, 2)) {
            String name = row.cell(0);
            if (!name.matches("@[a-z][a-z-]*")) {
                throw row.error("a word set's name is '@' and lower-case letters: '" + name + "'");
            }
            List<String> words = new ArrayList<>();
            for (String word : row.list(1)) {
                if (word.startsWith("@")) { // a set may include an earlier one
                    words.addAll(w.named(word, row));
                } else {
                    words.add(word);
                }
            }
            if (w.sets.put(name, List.copyOf(new LinkedHashSet<>(words))) != null) {
                throw row.error("duplicate word set " + name);
            }
        }
        return w;
    }

    private List<String> named(String name, TsvTable.Row row) {
        List<String> words = sets.get(name);
        if (words == null) {
            throw row.error("unknown word set " + name + " (defined in " + TriggerLexicon.WORD_SETS + "?)");
        }
        return words;
    }

    /** The words of a set defined in the file ("@court"), lower case; empty when there is none. */
    public Set<String> words(String name) {
        return Set.copyOf(sets.getOrDefault(name, List.of()));
    }

    /** A requires cell with its sets expanded, alternatives in a '+' group crossed. */
    public Set<String> expand(List<String> requires, TsvTable.Row row) {
        Set<String> out = new LinkedHashSet<>();
        for (String alternative : requires) {
            List<String> combos = List.of("");
            for (String part : alternative.split("\\+")) {
                List<String> words = part.startsWith("@") ? named(part, row) : List.of(part);
                List<String> next = new ArrayList<>();
                for (String prefix : combos) {
                    for (String word : words) {
                        next.add(prefix.isEmpty() ? word : prefix + "+" + word);
                    }
                }
                combos = next;
            }
            out.addAll(combos);
        }
        return Set.copyOf(out);
    }
}
