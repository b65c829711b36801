package dyad.lexicon;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * CAMEO verb dictionary → trigger rows (pos V). A verb with a code of its own or its block's is a
 * bare row; a phrasal verb ("ASK_FOR") is its first word requiring its last content word, else its
 * particle; a pattern is a row of the verb its comment names (else of every verb of its block)
 * requiring the pattern's head words ({@link PatternHeads}). Paired codes "A:B" keep A; a pattern
 * coded only for the reversed pair (":B") or "---" is dropped. Rows sharing (lemma, requires) keep
 * the most frequent CAMEO code, ties to the first; a required word already claimed by an earlier row
 * of the same lemma (bare rows first, then fewer required words first) is dropped from later rows,
 * since only the first row holding a word can ever fire.
 */
final class TriggerConverter {

    /** How many candidates fell out, and why, for the converter's report. */
    final Map<String, Integer> dropped = new LinkedHashMap<>();

    private final VerbDictionary dictionary;
    private final CameoPlover plover;
    private final VerbForms forms;
    private final PatternHeads heads;
    private final String fileName;

    TriggerConverter(VerbDictionary dictionary, CameoPlover plover, String fileName) {
        this.dictionary = dictionary;
        this.plover = plover;
        this.forms = new VerbForms(dictionary);
        this.heads = new PatternHeads(dictionary.synsets());
        this.fileName = fileName;
    }

    List<TriggerRow> rows() {
        Map<String, List<TriggerRow>> byKey = new LinkedHashMap<>();
        for (VerbDictionary.Block block : dictionary.blocks()) {
            for (VerbDictionary.Verb verb : block.verbs()) {
                String code = verb.code() != null ? verb.code() : block.code();
                List<String> requires = verb.words().size() > 1 ? particle(verb.words()) : List.of();
                String source = String.join("_", verb.words()) + " (" + fileName + " line " + verb.line() + ")";
                add(byKey, code, lemma(verb), requires, source, verb.line());
            }
            for (VerbDictionary.Pattern pattern : block.patterns()) {
                List<String> required = heads.of(pattern.body());
                if (required.isEmpty()) {
                    count("pattern without a content word after '*'");
                    continue;
                }
                if (!forms.knows(block, pattern)) {
                    count("pattern whose comment names no verb of the dictionary (applied to the whole block)");
                }
                String source = "- " + pattern.body() + (pattern.verb() == null ? "" : " # " + pattern.verb())
                        + " (" + fileName + " line " + pattern.line() + ")";
                for (VerbDictionary.Verb verb : forms.of(block, pattern)) {
                    add(byKey, pattern.code(), lemma(verb), required, source, pattern.line());
                }
            }
        }
        List<TriggerRow> chosen = new ArrayList<>();
        byKey.values().forEach(candidates -> chosen.add(mostFrequentCode(candidates)));
        return unshadowed(chosen);
    }

    private void add(Map<String, List<TriggerRow>> byKey, String rawCode, String lemma, List<String> requires,
                     String source, int line) {
        String code = forward(rawCode);
        if (code == null) {
            count(rawCode.equals("---") ? "no event code ('---')" : "code for the reversed pair only (':B')");
            return;
        }
        if (!plover.knows(code)) {
            throw new SourceException(fileName, line, "CAMEO code " + code + " is not in cameo2plover.tsv");
        }
        var mapped = plover.map(code);
        if (mapped.isEmpty()) {
            count(code.startsWith("01") ? "CAMEO 01x (statements)" : "CAMEO code PLOVER drops");
            return;
        }
        if (!lemma.matches("[\\p{Ll}][\\p{Ll}'-]*") || requires.stream().anyMatch(w -> !w.matches("[\\p{Ll}\\d][\\p{Ll}\\d'-]*"))) {
            count("not a one-word lower-case lemma");
            return;
        }
        TriggerRow row = new TriggerRow(mapped.get().type(), mapped.get().mode(), 'V', lemma, requires, code, source);
        byKey.computeIfAbsent(lemma + "|" + new TreeSet<>(requires), k -> new ArrayList<>()).add(row);
    }

    /** "042:043" → "042"; ":173" and "---" → null; "080!" → "080". */
    static String forward(String code) {
        String c = code.replace("!", "");
        if (c.equals("---")) {
            return null;
        }
        int colon = c.indexOf(':');
        String first = colon < 0 ? c : c.substring(0, colon);
        return first.isEmpty() ? null : first;
    }

    private String lemma(VerbDictionary.Verb verb) {
        String first = verb.words().size() > 1 ? forms.base(verb.words().get(0)) : verb.words().get(0);
        return first.toLowerCase(Locale.ROOT);
    }

    /** "ASK_FOR" → [for]; "TAKE_PART_IN" → [part]; "COME_TO_TERMS" → [terms, term]. */
    private static List<String> particle(List<String> words) {
        List<String> after = words.subList(1, words.size()).stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
        for (int i = after.size() - 1; i >= 0; i--) {
            if (!PatternHeads.FUNCTION_WORDS.contains(after.get(i))) {
                return PatternHeads.withSingulars(List.of(after.get(i)));
            }
        }
        return List.of(after.get(after.size() - 1));
    }

    private static TriggerRow mostFrequentCode(List<TriggerRow> candidates) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        candidates.forEach(r -> counts.merge(r.code(), 1, Integer::sum));
        int best = counts.values().stream().max(Integer::compare).orElseThrow();
        String code = counts.entrySet().stream().filter(e -> e.getValue() == best).findFirst().orElseThrow().getKey();
        return candidates.stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow();
    }

    private List<TriggerRow> unshadowed(List<TriggerRow> rows) {
        List<TriggerRow> ordered = new ArrayList<>(rows);
        ordered.sort(Comparator.comparing(TriggerRow::lemma).thenComparingInt(r -> r.requires().size()));
        List<TriggerRow> out = new ArrayList<>();
        Map<String, Set<String>> claimed = new LinkedHashMap<>();
        for (TriggerRow row : ordered) {
            Set<String> taken = claimed.computeIfAbsent(row.lemma(), k -> new HashSet<>());
            if (row.requires().isEmpty()) {
                out.add(row);
                continue;
            }
            Set<String> left = new LinkedHashSet<>(row.requires());
            left.removeAll(taken);
            if (left.isEmpty()) {
                count("pattern whose words an earlier row of its verb already requires");
                continue;
            }
            taken.addAll(left);
            out.add(row.withRequires(List.copyOf(left)));
        }
        return out;
    }

    private void count(String why) {
        dropped.merge(why, 1, Integer::sum);
    }
}
