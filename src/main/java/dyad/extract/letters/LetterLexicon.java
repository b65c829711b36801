package dyad.extract.letters;

import dyad.extract.actors.TsvTable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The words that shape a letter ({@code letters/cues.tsv}: headings, salutations, sign-offs,
 * honorifics, demand verbs …) and the cues that say whether an earlier letter was answered
 * ({@code letters/reply-cues.tsv}). Loaded once; a bad row fails with its file and line.
 */
public final class LetterLexicon {

    static final String CUES = "/dyad/lexicon/letters/cues.tsv";
    static final String REPLY_CUES = "/dyad/lexicon/letters/reply-cues.tsv";

    /** The kinds of {@code cues.tsv}, as its header documents them. */
    public enum Kind {
        HEADING, SALUTATION, SIGN_OFF, SIGNATURES, HONORIFIC, POST_NOMINAL, ADDRESS_THROUGH, DEMAND_VERB, CONNECTIVE,
        DEMAND_LIST, LETTER_NOUN, WRITING_VERB, SENDING_VERB, FIRST_PERSON, PLURAL_YOU, BODY_WORD, MEMBER_WORD,
        OFFICE_WORD, REQUEST_WORD, MEETING, NAME_PARTICLE, TOPIC_WORD, SUBJECT_LINE;

        static Kind parse(TsvTable.Row row) {
            try {
                return valueOf(row.cell(0).toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw row.error("unknown kind '" + row.cell(0) + "'");
            }
        }
    }

    private final Map<Kind, List<String>> phrases;
    private final List<Pattern> noReply;
    private final List<Pattern> replied;

    private LetterLexicon(Map<Kind, List<String>> phrases, List<Pattern> noReply, List<Pattern> replied) {
        this.phrases = phrases;
        this.noReply = List.copyOf(noReply);
        this.replied = List.copyOf(replied);
    }

    public static LetterLexicon load() {
        return load(CUES, REPLY_CUES);
    }

    static LetterLexicon load(String cues, String replyCues) {
        Map<Kind, List<String>> phrases = new EnumMap<>(Kind.class);
        Set<String> seen = new HashSet<>();
        for (TsvTable.Row row : TsvTable.read(cues, 2)) {
            Kind kind = Kind.parse(row);
            String phrase = row.cell(1);
            if (phrase.isEmpty()) {
                throw row.error("empty phrase");
            }
            if (!phrase.equals(phrase.toLowerCase(Locale.ROOT))) {
                throw row.error("'" + phrase + "' must be lower case");
            }
            if (!seen.add(kind + "\t" + phrase)) {
                throw row.error("duplicate " + kind.name().toLowerCase(Locale.ROOT) + " '" + phrase + "'");
            }
            phrases.computeIfAbsent(kind, k -> new ArrayList<>()).add(phrase);
        }
        for (Kind k : Kind.values()) {
            if (!phrases.containsKey(k)) {
                throw new IllegalArgumentException(cues + ": no phrase of kind " + k.name().toLowerCase(Locale.ROOT));
            }
        }
        List<Pattern> noReply = new ArrayList<>();
        List<Pattern> replied = new ArrayList<>();
        for (TsvTable.Row row : TsvTable.read(replyCues, 2)) {
            Pattern p = row.pattern(1, "cue");
            switch (row.cell(0)) {
                case "no_reply" -> noReply.add(p);
                case "replied" -> replied.add(p);
                default -> throw row.error("kind must be no_reply or replied, got '" + row.cell(0) + "'");
            }
        }
        return new LetterLexicon(phrases, noReply, replied);
    }

    public List<String> phrases(Kind kind) {
        return phrases.get(kind);
    }

    Set<String> set(Kind kind) {
        return Set.copyOf(phrases.get(kind));
    }

    /**
     * A regular expression matching any phrase of the kind as whole words, longest first, spaces
     * standing for any run of white space; not grouped for capture.
     */
    String alternation(Kind kind) {
        return phrases.get(kind).stream().sorted(Comparator.comparingInt(String::length).reversed())
                .map(LetterLexicon::phraseRegex).collect(Collectors.joining("|", "(?:", ")"));
    }

    private static String phraseRegex(String phrase) {
        String body = java.util.Arrays.stream(phrase.split(" ")).map(Pattern::quote).collect(Collectors.joining("\\s+"));
        String start = Character.isLetterOrDigit(phrase.charAt(0)) ? "\\b" : "";
        String end = Character.isLetterOrDigit(phrase.charAt(phrase.length() - 1)) ? "\\b" : "";
        return start + body + end;
    }

    /** Whether the text after an earlier letter says it went unanswered (FALSE), was answered (TRUE), or neither. */
    Boolean replied(String text) {
        if (noReply.stream().anyMatch(p -> p.matcher(text).find())) {
            return Boolean.FALSE;
        }
        return replied.stream().anyMatch(p -> p.matcher(text).find()) ? Boolean.TRUE : null;
    }
}
