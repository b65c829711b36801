package dyad.extract.quotes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of one stretch of the document (the sentences around a quote) as the
 * attribution rules see them: quoted words blanked out so a verb inside a quote never
 * attributes it, and markdown link targets, emphasis markers and short parentheticals
 * ("(GAC)") blanked too, so "[X said](#)" reads as "X said". Offsets stay the document's.
 */
final class Window {

    /** What lies between two adjacent words. */
    enum Gap {
        /** Only spaces (or markup blanked to spaces): the words belong together. */
        PLAIN,
        /** A comma: an appositive or a list may follow. */
        COMMA,
        /** Any other punctuation, a quote, or the window edge: a phrase never spans it. */
        HARD
    }

    private static final char QUOTE_BLANK = '"';
    /** Most words of a title between a quote and its speaker's name. */
    private static final int MAX_DESCRIPTION = 8;
    private static final Pattern WORD = Pattern.compile(
            "(?:\\b\\p{Lu}\\.){2,}"                                          // U.S., U.N.
            + "|\\b(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|Lt|Col|Capt|Amb|St|Jr|Sr)\\."  // titles keep their dot
            + "|\\b\\p{Lu}\\.(?=\\s\\p{Lu}\\p{Ll})"                            // an initial: John F. Kennedy
            + "|[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}]*(?:['’\\-‐][\\p{L}\\p{M}\\p{N}]+)*");
    private static final Pattern LINK_TARGET = Pattern.compile("\\]\\([^)\\s]*\\)");
    private static final Pattern PARENTHETICAL = Pattern.compile("\\([^()\"\\n]{1,60}\\)");

    private final String text;
    private final int from;
    private final String masked;
    private final List<Word> words;
    private final List<String> lowers;

    private Window(String text, int from, String masked, List<Word> words) {
        this.text = text;
        this.from = from;
        this.masked = masked;
        this.words = words;
        this.lowers = words.stream().map(Word::lower).toList();
    }

    static Window of(String text, int from, int to, List<QuotedSpan> quotes) {
        char[] m = text.substring(from, to).toCharArray();
        for (QuotedSpan q : quotes) {
            int s = Math.max(q.markStart(), from);
            int e = Math.min(q.markEnd(), to);
            if (s < e) {
                Arrays.fill(m, s - from, e - from, QUOTE_BLANK);
            }
        }
        blank(m, LINK_TARGET);
        blank(m, PARENTHETICAL);
        for (int i = 0; i < m.length; i++) {
            char c = m[i];
            if (c == '[' || c == ']' || c == '*' || c == '_' || c == '\n' || c == '\r' || c == '\t') {
                m[i] = ' ';
            }
        }
        String masked = new String(m);
        List<Word> words = new ArrayList<>();
        Matcher w = WORD.matcher(masked);
        while (w.find()) {
            int s = from + w.start();
            int e = from + w.end();
            words.add(new Word(text.substring(s, e), s, e));
        }
        return new Window(text, from, masked, words);
    }

    private static void blank(char[] m, Pattern p) {
        Matcher x = p.matcher(new String(m));
        while (x.find()) {
            Arrays.fill(m, x.start(), x.end(), ' ');
        }
    }

    String text() {
        return text;
    }

    int size() {
        return words.size();
    }

    Word word(int i) {
        return words.get(i);
    }

    String lower(int i) {
        return lowers.get(i);
    }

    List<String> lowers() {
        return lowers;
    }

    /** The gap before word i; the window start counts as a hard edge. */
    Gap gapBefore(int i) {
        if (i <= 0) {
            return Gap.HARD;
        }
        return classify(words.get(i - 1).end(), words.get(i).start());
    }

    /** The gap after word i; the window end counts as a hard edge. */
    Gap gapAfter(int i) {
        if (i >= words.size() - 1) {
            return Gap.HARD;
        }
        return gapBefore(i + 1);
    }

    /** True when the masked text between the offsets holds no word, quote or sentence punctuation. */
    boolean onlyMarkupBetween(int start, int end) {
        for (int k = start; k < end; k++) {
            char c = masked.charAt(k - from);
            if (Character.isLetterOrDigit(c) || c == QUOTE_BLANK || ".;!?".indexOf(c) >= 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when only a few words of a noun phrase stand between the offsets, with no sentence
     * punctuation, quote or clause word: the title before a speaker's name ("…,” foreign
     * ministry spokesman X said").
     */
    boolean onlyDescriptionBetween(int start, int end) {
        if (!onlyMarkupOrWordsBetween(start, end)) {
            return false;
        }
        int words = 0;
        for (int i = firstWordFrom(start); i < size() && word(i).end() <= end; i++) {
            if (++words > MAX_DESCRIPTION || FunctionWords.CLAUSE_WORDS.contains(lower(i))) {
                return false;
            }
        }
        return true;
    }

    private boolean onlyMarkupOrWordsBetween(int start, int end) {
        for (int k = start; k < end; k++) {
            char c = masked.charAt(k - from);
            if (c == QUOTE_BLANK || ".;:!?()".indexOf(c) >= 0 && !isTitleDot(k)) {
                return false;
            }
        }
        return true;
    }

    /** The dot of an abbreviation inside a word ("U.S.", "Jr."), which ends no sentence. */
    private boolean isTitleDot(int offset) {
        for (Word w : words) {
            if (w.start() <= offset && offset < w.end()) {
                return true;
            }
        }
        return false;
    }

    /** True when the masked text between the offsets, ignoring spaces, ends with a comma. */
    boolean commaBefore(int offset) {
        int k = offset - from - 1;
        while (k >= 0 && isSpace(masked.charAt(k))) {
            k--;
        }
        return k >= 0 && masked.charAt(k) == ',';
    }

    /** The masked text between two document offsets inside the window. */
    String masked(int start, int end) {
        return masked.substring(start - from, end - from);
    }

    /** True when, spaces and commas aside, a quote ends right before the offset. */
    boolean quoteBefore(int offset) {
        int k = offset - from - 1;
        while (k >= 0 && (isSpace(masked.charAt(k)) || masked.charAt(k) == ',')) {
            k--;
        }
        return k >= 0 && masked.charAt(k) == QUOTE_BLANK;
    }

    /** True when, spaces aside, a quote starts right after the offset. */
    boolean quoteAfter(int offset) {
        int k = offset - from;
        while (k < masked.length() && isSpace(masked.charAt(k))) {
            k++;
        }
        return k < masked.length() && masked.charAt(k) == QUOTE_BLANK;
    }

    /** Index of the first word starting at or after the offset (size() if none). */
    int firstWordFrom(int offset) {
        int i = 0;
        while (i < words.size() && words.get(i).start() < offset) {
            i++;
        }
        return i;
    }

    private Gap classify(int start, int end) {
        boolean comma = false;
        for (int k = start; k < end; k++) {
            char c = masked.charAt(k - from);
            if (c == ',') {
                comma = true;
            } else if (!(isSpace(c) || c == '’' || c == '\'' || c == '&')) {
                return Gap.HARD;
            }
        }
        return comma ? Gap.COMMA : Gap.PLAIN;
    }

    /** Whitespace including the no-break space that web pages are full of. */
    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
