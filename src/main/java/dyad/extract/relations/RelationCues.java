package dyad.extract.relations;

import dyad.extract.actors.TsvTable;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Words in an event's sentence that say which relation state the event leaves, from
 * {@code dyad/lexicon/relations/cues.tsv} (kind, cue, note). A cue is one or more folded
 * words: {@code word*} matches any word starting with "word", {@code ...} up to three words
 * of any kind, {@code #year} a four-digit year, {@code #number} a count in digits or words.
 * Immutable once loaded.
 */
public final class RelationCues {

    static final String RESOURCE = "/dyad/lexicon/relations/cues.tsv";
    private static final int MAX_GAP = 3;
    private static final Pattern COUNT = Pattern.compile(
            "\\d[\\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen"
                    + "|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?");

    /** What a cue says; see the comments in the data file. */
    enum Kind {
        IMPOSE, REIMPOSE, EASE, LIFT, PRIVILEGE, PARTIAL, HEDGE, RECOGNITION_WITHDRAWN, EXPULSION, CUT, RECALL, CLOSE, HEAD, STAFF,
        MISSION, SOME_DIPLOMATS, RESTORE, INTENT, DOWNGRADE, CHARGE, EMBASSY, INTERESTS, NO_TIES, ENVOY_BACK, BOTH, TRADE_MEASURE, NEGATION, PROTECTS, INTERESTS_WORD,
        PRESENT_VERB, PRESENT_ADVERB, PAST_FRAME, SANCTIONS_WORD, DIPLOMATIC_WORD, RECOGNITION_WORD
    }

    /** A cue found at words [first, last] of a sentence. */
    record Match(Kind kind, int first, int last) {
    }

    private final Map<Kind, List<String[]>> cues;

    private RelationCues(Map<Kind, List<String[]>> cues) {
        this.cues = cues;
    }

    public static RelationCues load() {
        return parse(TsvTable.read(RESOURCE, 3));
    }

    static RelationCues parse(List<TsvTable.Row> rows) {
        Map<Kind, List<String[]>> byKind = new EnumMap<>(Kind.class);
        Set<String> seen = new HashSet<>();
        for (TsvTable.Row row : rows) {
            Kind kind;
            try {
                kind = Kind.valueOf(row.cell(0).toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw row.error("unknown cue kind '" + row.cell(0) + "'; allowed: " + List.of(Kind.values()));
            }
            String cue = row.cell(1);
            if (cue.isEmpty() || !cue.equals(Words.fold(cue)) || !cue.matches("\\S+( \\S+)*")) {
                throw row.error("cue '" + cue + "' must be lower-case words without accents, single-spaced");
            }
            if (cue.startsWith("...") || cue.endsWith("...")) {
                throw row.error("cue '" + cue + "' cannot start or end with '...'");
            }
            if (!seen.add(kind + "\t" + cue)) {
                throw row.error("repeated cue '" + cue + "' for " + kind);
            }
            byKind.computeIfAbsent(kind, k -> new ArrayList<>()).add(cue.split(" "));
        }
        for (Kind k : Kind.values()) {
            if (!byKind.containsKey(k)) {
                throw new IllegalArgumentException(RESOURCE + ": no cue of kind " + k);
            }
        }
        Map<Kind, List<String[]>> frozen = new EnumMap<>(Kind.class);
        byKind.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        return new RelationCues(frozen);
    }

    /** Every match of a cue of {@code kind}, in sentence order. */
    List<Match> find(Kind kind, Words words) {
        List<Match> out = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            int best = -1;
            for (String[] cue : cues.get(kind)) {
                best = Math.max(best, matchFrom(cue, 0, words, i));
            }
            if (best >= 0) {
                out.add(new Match(kind, i, best));
            }
        }
        return out;
    }

    Optional<Match> first(Kind kind, Words words) {
        List<Match> all = find(kind, words);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }

    boolean any(Kind kind, Words words) {
        return !find(kind, words).isEmpty();
    }

    /** Whether a cue of {@code kind} covers a word in [from, to]. */
    boolean anyWithin(Kind kind, Words words, int from, int to) {
        return find(kind, words).stream().anyMatch(m -> m.first() <= to && m.last() >= from);
    }

    /** The index of the last word matched when {@code cue[c..]} matches from word {@code i}, or -1. */
    private static int matchFrom(String[] cue, int c, Words words, int i) {
        if (c == cue.length) {
            return i - 1;
        }
        if (cue[c].equals("...")) {
            for (int skip = 0; skip <= MAX_GAP; skip++) {
                int end = matchFrom(cue, c + 1, words, i + skip);
                if (end >= 0) {
                    return end;
                }
            }
            return -1;
        }
        if (i >= words.size() || !wordMatches(cue[c], words.get(i).folded())) {
            return -1;
        }
        return matchFrom(cue, c + 1, words, i + 1);
    }

    private static boolean wordMatches(String pattern, String word) {
        if (pattern.equals("#year")) {
            return word.matches("(1[89]|20)\\d\\d");
        }
        if (pattern.equals("#number")) {
            return COUNT.matcher(word).matches();
        }
        if (pattern.endsWith("*")) {
            return word.startsWith(pattern.substring(0, pattern.length() - 1));
        }
        return word.equals(pattern);
    }
}
