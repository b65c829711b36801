package dyad.extract.quotes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The words that attribute a quote ("said", "according to", "called for"), from
 * {@code dyad/lexicon/quotes/speech_verbs.txt}: one surface form per line, lower case,
 * possibly several words. Immutable once loaded.
 */
public final class SpeechVerbs {

    static final String RESOURCE = "/dyad/lexicon/quotes/speech_verbs.txt";

    /** Entries by their first word, longest first, so the longest match wins. */
    private final Map<String, List<String[]>> byFirstWord;
    private final int size;

    private SpeechVerbs(Map<String, List<String[]>> byFirstWord, int size) {
        this.byFirstWord = byFirstWord;
        this.size = size;
    }

    public static SpeechVerbs load() {
        InputStream in = SpeechVerbs.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("missing lexicon resource " + RESOURCE);
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return parse(r.lines().toList(), RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** Parses lexicon lines; errors name the source and line. */
    static SpeechVerbs parse(List<String> lines, String source) {
        Map<String, List<String[]>> byFirst = new HashMap<>();
        Set<String> seen = new HashSet<>();
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String where = source + " line " + (n + 1);
            if (!line.equals(line.toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException(where + ": '" + line + "' must be lower case");
            }
            if (!line.matches("\\p{L}+( \\p{L}+)*")) {
                throw new IllegalArgumentException(where + ": '" + line + "' must be words separated by single spaces");
            }
            if (!seen.add(line)) {
                throw new IllegalArgumentException(where + ": duplicate entry '" + line + "'");
            }
            String[] words = line.split(" ");
            byFirst.computeIfAbsent(words[0], k -> new ArrayList<>()).add(words);
        }
        if (seen.isEmpty()) {
            throw new IllegalArgumentException(source + ": no entries");
        }
        for (List<String[]> entries : byFirst.values()) {
            entries.sort((a, b) -> Integer.compare(b.length, a.length));
        }
        Map<String, List<String[]>> frozen = new HashMap<>();
        byFirst.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        return new SpeechVerbs(Map.copyOf(frozen), seen.size());
    }

    /**
     * The number of words of the longest entry that starts at {@code lowerWords[i]}, or 0.
     * The caller checks the words are adjacent.
     */
    int longestMatch(List<String> lowerWords, int i) {
        List<String[]> entries = byFirstWord.get(lowerWords.get(i));
        if (entries == null) {
            return 0;
        }
        for (String[] entry : entries) {
            if (i + entry.length <= lowerWords.size()
                    && Arrays.equals(entry, lowerWords.subList(i, i + entry.length).toArray(String[]::new))) {
                return entry.length;
            }
        }
        return 0;
    }

    boolean contains(String lowerWord) {
        return byFirstWord.containsKey(lowerWord);
    }

    public int size() {
        return size;
    }
}
