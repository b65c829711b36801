package dyad.extract.dates;

import java.time.DayOfWeek;
import java.time.Month;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The closed word classes of dates (months, weekdays, small numbers) and the look-around helpers the rules share. */
final class DateWords {

    /** Capitalised month names and abbreviations; case-sensitive so that "may" and "march" stay verbs. */
    static final String MONTH = "(?<month>January|February|March|April|May|June|July|August|September|October"
            + "|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\b"
            // An abbreviation keeps its period; a full name leaves a sentence's final period alone.
            + "(?:(?<=Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.)?";

    static final String WEEKDAY = "(?<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b";

    private static final String COUNTS = "\\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve";

    /** A count, captured as group "n": "two months later", "a year later", "3 days ago". */
    static final String NUMBER = "(?<n>" + COUNTS + ")";

    /** A count, not captured: "for two years". */
    static final String COUNT = "(?:" + COUNTS + ")";

    private static final Map<String, Integer> NUMBER_WORDS = Map.ofEntries(
            Map.entry("a", 1), Map.entry("an", 1), Map.entry("one", 1), Map.entry("two", 2),
            Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
            Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("eleven", 11), Map.entry("twelve", 12));

    private static final Pattern WORD_BEFORE = Pattern.compile("(\\p{L}+)[\\s\\[(“\"'‘-]*$");
    private static final Pattern POSSESSIVE_BEFORE = Pattern.compile("\\p{L}['’]s\\s+$");
    private static final Pattern WORD_AFTER = Pattern.compile("^\\s*(\\p{L}+)");

    /** How far back a cue may sit; cues are at most two short words. */
    private static final int LOOKBACK = 40;

    private DateWords() {
    }

    /** Transparent bounds: \\b and look-behind see the text just outside the sentence. */
    static Matcher matcher(Pattern p, String text, int from, int to) {
        return p.matcher(text).region(from, to).useTransparentBounds(true).useAnchoringBounds(false);
    }

    static Month month(String name) {
        String key = name.substring(0, 3).toUpperCase(Locale.ROOT);
        for (Month m : Month.values()) {
            if (m.name().startsWith(key)) {
                return m;
            }
        }
        throw new IllegalArgumentException("not a month: " + name);
    }

    static DayOfWeek weekday(String name) {
        return DayOfWeek.valueOf(name.toUpperCase(Locale.ROOT));
    }

    static int number(String word) {
        Integer n = NUMBER_WORDS.get(word.toLowerCase(Locale.ROOT));
        return n != null ? n : Integer.parseInt(word);
    }

    /** The text just before {@code pos}, not reaching before {@code from}. */
    static String before(String text, int from, int pos) {
        return text.substring(Math.max(from, pos - LOOKBACK), pos);
    }

    /** The word just before {@code pos}, as written; skips spaces, brackets, quotes, a hyphen ("mid-2019", "[2002]"). */
    static String wordBefore(String text, int from, int pos) {
        Matcher m = WORD_BEFORE.matcher(before(text, from, pos));
        return m.find() ? m.group(1) : "";
    }

    /** The word just after {@code pos}, lower-cased, or "". */
    static String wordAfter(String text, int pos, int to) {
        Matcher m = WORD_AFTER.matcher(text.substring(pos, Math.min(to, pos + LOOKBACK)));
        return m.find() ? m.group(1).toLowerCase(Locale.ROOT) : "";
    }

    static boolean possessiveBefore(String text, int from, int pos) {
        return POSSESSIVE_BEFORE.matcher(before(text, from, pos)).find();
    }

    /** True when the text before {@code pos} ends with one of the (possibly multi-word) cues, as whole words. */
    static boolean cueBefore(String text, int from, int pos, Set<String> cues) {
        String prefix = before(text, from, pos).toLowerCase(Locale.ROOT).replaceFirst("[\\s\\[(“\"'‘-]+$", "");
        for (String cue : cues) {
            if (prefix.endsWith(cue)) {
                int at = prefix.length() - cue.length();
                if (at == 0 || !Character.isLetter(prefix.charAt(at - 1))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static final Pattern JOINED = Pattern.compile("^(?:\\s*,)?\\s*(?:and|or|to|through|until|till|-|–)\\s*$");

    /** "between January and March", "2015 to 2018": text[previousEnd, start) only joins two dates. */
    static boolean joined(String text, int previousEnd, int start) {
        return previousEnd >= 0 && JOINED.matcher(text.substring(previousEnd, start)).matches();
    }

    private static final java.util.regex.Pattern A_YEAR = java.util.regex.Pattern.compile("\\b(1[89]|20)\\d{2}\\b");

    /** Whether text[from, at) names a year ("in 2019 and again in April"). */
    static boolean yearBefore(String text, int from, int at) {
        return at > from && A_YEAR.matcher(text).region(from, at).find();
    }
}
