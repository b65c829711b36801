package dyad.nlp;

import dyad.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns layout (markdown markup, hard-wrapped lines, list markers, news datelines) into what
 * the sentence splitter should see, without moving a single character.
 *
 * <p>The result has exactly the length of the input and differs only where a character was
 * replaced by {@code ' '} or {@code '\n'}, so an offset found in the normalised text is an
 * offset into the document text. The splitter treats every {@code '\n'} as a sentence break
 * and runs of spaces as nothing; so markup becomes spaces, a newline that merely wraps a
 * sentence becomes a space (soft), and a newline that ends a sentence, a heading, a list item
 * or a paragraph stays {@code '\n'} (hard).
 */
public final class LayoutNormalizer {

    private enum Kind { BLANK, RULE, HEADING, LIST_ITEM, TEXT }

    private static final String MONTH =
            "(?:January|February|March|April|May|June|July|August|September|October|November|December"
            + "|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?)";

    private static final String DATE = MONTH + "\\h+\\d{1,2}\\b(?:,\\h*\\d{4}\\b)?";

    private static final String AGENCY = "\\([^()\\n]{1,40}\\)";

    /** An all-caps place: WASHINGTON, NEW YORK, ST. JOHN'S, U.S. */
    private static final String PLACE = "\\p{Lu}[\\p{Lu}.'’-]+(?:\\h\\p{Lu}[\\p{Lu}.'’-]*){0,3}";

    /** An optional region after the place, as in AP style: "SPRINGFIELD, Ill." */
    private static final String REGION = "(?:,\\h*\\p{Lu}[\\p{L}.]*(?:\\h\\p{Lu}[\\p{L}.]*)?)?";

    /**
     * A dateline: PLACE [, Region] [Date] [(Agency)] dash, or Date (Agency) dash, or
     * (Agency) dash. A date alone before a dash is NOT a dateline: in a chronology
     * ("Jan. 3 — U.S. forces ...") it is content. A hyphen needs spaces around it so that
     * "WASHINGTON-based" is not a dateline.
     */
    private static final Pattern DATELINE = Pattern.compile(
            "(?:(?<place>" + PLACE + REGION + ")(?:,?\\h+(?<date>" + DATE + "))?(?:\\h*(?<agency>" + AGENCY + "))?"
            + "|" + DATE + "\\h*" + AGENCY
            + "|" + AGENCY + ")"
            + "(?:\\h*[—–]|\\h+--?(?=\\h))");

    private static final Pattern HEADING = Pattern.compile("#{1,6}(?=\\h|$)");

    /** -, *, +, bullets; 1. 2) a. b) A) (a) (1) (iv). Three digits at most, so "2026." is not a marker. */
    private static final Pattern LIST_MARKER = Pattern.compile(
            "(?:[-*+•◦▪‣]|\\d{1,3}[.)]|[a-z][.)]|[A-Z]\\)|\\((?:\\d{1,3}|[a-z]|[ivx]{1,4})\\))(?:\\h+|$)");

    /** Thematic breaks (---, * * *), setext underlines (===) and link reference definitions. */
    private static final Pattern RULE = Pattern.compile(
            "\\h{0,3}(?:(?:\\*\\h*){3,}|(?:-\\h*){3,}|(?:_\\h*){3,}|=+\\h*"
            + "|\\[[^\\]\\n]+\\]:\\h*\\S+(?:\\h+(?:\"[^\"\\n]*\"|'[^'\\n]*'|\\([^)\\n]*\\)))?\\h*)");

    /** Bounds on how far markup may reach, so a paragraph full of stray '[' or '*' stays linear. */
    private static final int MAX_LINK_TEXT = 1000;
    private static final int MAX_LINK_TARGET = 2000;
    private static final int MAX_OPEN_EMPHASIS = 32;

    private static final String SENTENCE_END = ".!?:;…";
    private static final String CLOSERS = "\"'”’»)]";
    private static final String OPENERS = "\"'“‘«([";

    /** Same length as {@code text}; each character kept or replaced by ' ' or '\n'. */
    public String normalize(String text) {
        char[] out = text.toCharArray();
        List<Line> lines = lines(text, out);
        for (Line line : lines) {
            blankPrefix(text, out, line);
        }
        for (int[] unit : inlineUnits(lines)) {
            blankLinks(out, unit[0], unit[1]);
            blankEmphasis(out, unit[0], unit[1]);
        }
        decideBreaks(out, lines);
        return new String(out);
    }

    /** Datelines at the start of a line ("Dec. 1 (Bloomberg) —"), in text order, dash included. */
    public List<Span> datelines(String text) {
        char[] scratch = text.toCharArray();
        List<Span> spans = new ArrayList<>();
        for (Line line : lines(text, scratch)) {
            blankPrefix(text, scratch, line);
            if (line.dateline != null) {
                spans.add(line.dateline);
            }
        }
        return spans;
    }

    // ---- lines ------------------------------------------------------------------------

    private static final class Line {
        final int start;
        final int end;        // end of content, before the terminator
        final int terminator; // length of "\n", "\r" or "\r\n"; 0 on the last line
        Kind kind = Kind.TEXT;
        Span dateline;

        Line(int start, int end, int terminator) {
            this.start = start;
            this.end = end;
            this.terminator = terminator;
        }
    }

    /** Splits on \n, \r\n and \r; the \r of \r\n becomes a space so only '\n' carries the break. */
    private static List<Line> lines(String text, char[] out) {
        List<Line> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                int length = c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n' ? 2 : 1;
                if (length == 2) {
                    out[i] = ' ';
                } else {
                    out[i] = '\n';
                }
                lines.add(new Line(start, i, length));
                i += length - 1;
                start = i + 1;
            }
        }
        lines.add(new Line(start, text.length(), 0));
        return lines;
    }

    // ---- line prefixes: rules, quote markers, headings, list markers, datelines ---------

    private static void blankPrefix(String text, char[] out, Line line) {
        if (isBlank(text, line.start, line.end)) {
            line.kind = Kind.BLANK;
            return;
        }
        if (RULE.matcher(text).region(line.start, line.end).matches()) {
            blank(out, line.start, line.end);
            line.kind = Kind.RULE;
            return;
        }
        int pos = skipIndent(text, line.start, line.end);
        // Quoted mail and markdown block quotes: the markers are not text.
        while (pos < line.end && text.charAt(pos) == '>') {
            out[pos] = ' ';
            pos = skipIndent(text, pos + 1, line.end);
        }
        if (pos == line.end) {
            line.kind = Kind.BLANK;
            return;
        }
        Matcher heading = HEADING.matcher(text).region(pos, line.end);
        if (heading.lookingAt()) {
            blank(out, pos, heading.end());
            blankClosingHashes(text, out, heading.end(), line.end);
            line.kind = Kind.HEADING;
            return;
        }
        Matcher marker = LIST_MARKER.matcher(text).region(pos, line.end);
        if (marker.lookingAt()) {
            blank(out, pos, marker.end());
            line.kind = Kind.LIST_ITEM;
            return;
        }
        Matcher dateline = DATELINE.matcher(text).region(pos, line.end);
        if (dateline.lookingAt() && isDateline(text, dateline, line.end)) {
            blank(out, pos, skipIndent(text, dateline.end(), line.end));
            line.dateline = Span.of(text, pos, dateline.end());
        }
    }

    /** "## Title ##": the closing run counts only after a space, so "C#" keeps its '#'. */
    private static void blankClosingHashes(String text, char[] out, int from, int end) {
        int last = end;
        while (last > from && Character.isWhitespace(text.charAt(last - 1))) {
            last--;
        }
        int hashes = last;
        while (hashes > from && text.charAt(hashes - 1) == '#') {
            hashes--;
        }
        if (hashes < last && (hashes == from || Character.isWhitespace(text.charAt(hashes - 1)))) {
            blank(out, hashes, last);
        }
    }

    /**
     * A bare capitalised word before a dash ("URGENT - please read", "UN – the body said")
     * is only a dateline when it looks like a place and the story follows as a new sentence.
     */
    private static boolean isDateline(String text, Matcher m, int end) {
        if (m.group("place") == null || m.group("date") != null || m.group("agency") != null) {
            return true;
        }
        long letters = m.group("place").chars().filter(Character::isLetter).count();
        int next = skipIndent(text, m.end(), end);
        return letters >= 3 && (next == end || !Character.isLowerCase(text.charAt(next)));
    }

    // ---- inline markup: links, images, emphasis -----------------------------------------

    /**
     * Stretches of lines in which inline markup may pair up: a paragraph, cut at headings
     * (a unit of their own) and at list items, so emphasis never pairs across them.
     */
    private static List<int[]> inlineUnits(List<Line> lines) {
        List<int[]> units = new ArrayList<>();
        int start = -1;
        int end = -1;
        for (Line line : lines) {
            boolean content = line.kind != Kind.BLANK && line.kind != Kind.RULE;
            boolean opensUnit = line.kind == Kind.HEADING || line.kind == Kind.LIST_ITEM;
            if (start >= 0 && (!content || opensUnit)) {
                units.add(new int[] {start, end});
                start = -1;
            }
            if (content) {
                if (start < 0) {
                    start = line.start;
                }
                end = line.end;
                if (line.kind == Kind.HEADING) {
                    units.add(new int[] {start, end});
                    start = -1;
                }
            }
        }
        if (start >= 0) {
            units.add(new int[] {start, end});
        }
        return units;
    }

    /** [text](target) keeps text; [text][ref] keeps text; ![alt](src) disappears. */
    private static void blankLinks(char[] out, int from, int to) {
        for (int i = from; i < to; i++) {
            if (out[i] != '[') {
                continue;
            }
            int close = matching(out, i, Math.min(to, i + MAX_LINK_TEXT), '[', ']', true);
            if (close < 0 || close + 1 >= to) {
                continue;
            }
            char after = out[close + 1];
            int targetTo = Math.min(to, close + 1 + MAX_LINK_TARGET);
            int targetEnd = after == '(' ? matching(out, close + 1, targetTo, '(', ')', false)
                    : after == '[' ? matching(out, close + 1, targetTo, '[', ']', false) : -1;
            if (targetEnd < 0) {
                continue;
            }
            boolean image = i > from && out[i - 1] == '!';
            if (image) {
                blank(out, i - 1, targetEnd + 1);
                i = targetEnd;
            } else {
                out[i] = ' ';
                blank(out, close, targetEnd + 1);
            }
        }
    }

    /** Index of the bracket closing the one at {@code open}, or -1. */
    private static int matching(char[] out, int open, int to, char left, char right, boolean acrossLines) {
        int depth = 0;
        for (int i = open; i < to; i++) {
            char c = out[i];
            if (c == '\n' && !acrossLines) {
                return -1;
            }
            if (c == left) {
                depth++;
            } else if (c == right && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Blanks *, **, _, __ (and ***) that open or close emphasis, pairing like markdown does.
     * Stricter than CommonMark on purpose: a marker must sit at a word edge, so "a*b*c",
     * "snake_case" and "5 * 3" are left alone; unpaired markers (footnote stars) stay.
     */
    private static void blankEmphasis(char[] out, int from, int to) {
        List<int[]> openers = new ArrayList<>(); // {char, start, remaining end}
        int i = from;
        while (i < to) {
            char c = out[i];
            if (c != '*' && c != '_') {
                i++;
                continue;
            }
            int runEnd = i;
            while (runEnd < to && out[runEnd] == c) {
                runEnd++;
            }
            char before = i > from ? out[i - 1] : ' ';
            char after = runEnd < to ? out[runEnd] : ' ';
            boolean canOpen = !isSpace(after) && (isSpace(before) || isPunctuation(before));
            boolean canClose = !isSpace(before) && (isSpace(after) || isPunctuation(after));
            int pos = i;
            if (canClose) {
                for (int k = openers.size() - 1; k >= 0 && pos < runEnd; k--) {
                    int[] opener = openers.get(k);
                    if (opener[0] != c) {
                        continue;
                    }
                    while (pos < runEnd && opener[2] > opener[1]) {
                        int use = runEnd - pos >= 2 && opener[2] - opener[1] >= 2 ? 2 : 1;
                        blank(out, opener[2] - use, opener[2]);
                        blank(out, pos, pos + use);
                        opener[2] -= use;
                        pos += use;
                    }
                    // Openers inside the closed pair are unpaired for good; so is a spent opener.
                    openers.subList(opener[2] == opener[1] ? k : k + 1, openers.size()).clear();
                }
            }
            if (canOpen && pos < runEnd) {
                if (openers.size() == MAX_OPEN_EMPHASIS) {
                    openers.remove(0);
                }
                openers.add(new int[] {c, pos, runEnd});
            }
            i = runEnd;
        }
    }

    // ---- line breaks ------------------------------------------------------------------

    /** Between consecutive content lines, makes each newline soft (' ') or hard ('\n'). */
    private static void decideBreaks(char[] out, List<Line> lines) {
        int previous = -1;
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (line.kind == Kind.BLANK || line.kind == Kind.RULE) {
                continue;
            }
            if (previous >= 0 && !hardBreak(out, lines, previous, i)) {
                for (int k = previous; k < i; k++) {
                    Line gap = lines.get(k);
                    out[gap.end + gap.terminator - 1] = ' ';
                }
            }
            previous = i;
        }
    }

    private static boolean hardBreak(char[] out, List<Line> lines, int before, int after) {
        Line a = lines.get(before);
        Line b = lines.get(after);
        if (a.kind == Kind.HEADING || b.kind == Kind.HEADING || b.kind == Kind.LIST_ITEM || b.dateline != null) {
            return true;
        }
        boolean paragraphGap = false;
        for (int k = before + 1; k < after; k++) {
            if (lines.get(k).kind == Kind.RULE) {
                return true;
            }
            paragraphGap = true;
        }
        int last = a.end - 1;
        while (last >= a.start && (isSpace(out[last]) || out[last] == '*' || out[last] == '_')) {
            last--;
        }
        if (last < a.start || endsSentence(out, a.start, last)) {
            return true;
        }
        if (!paragraphGap) {
            return false;
        }
        // A blank line inside a sentence ("... and\n\nexpressed concern") does not end it.
        int first = b.start;
        while (first < b.end && (isSpace(out[first]) || out[first] == '*' || out[first] == '_'
                || OPENERS.indexOf(out[first]) >= 0)) {
            first++;
        }
        return first == b.end || !Character.isLowerCase(out[first]);
    }

    /** True when the text ending at {@code last} ends with . ! ? : ; … possibly then quotes or brackets. */
    private static boolean endsSentence(char[] out, int from, int last) {
        int i = last;
        while (i > from && CLOSERS.indexOf(out[i]) >= 0) {
            i--;
        }
        return SENTENCE_END.indexOf(out[i]) >= 0;
    }

    // ---- helpers ------------------------------------------------------------------------

    private static void blank(char[] out, int from, int to) {
        for (int i = from; i < to; i++) {
            if (out[i] != '\n') {
                out[i] = ' ';
            }
        }
    }

    private static int skipIndent(String text, int from, int end) {
        int i = from;
        // A byte order mark (kept by the decoder) must not hide a heading or list on line one.
        while (i < end && (text.charAt(i) == ' ' || text.charAt(i) == '\t' || text.charAt(i) == '\uFEFF')) {
            i++;
        }
        return i;
    }

    private static boolean isBlank(String text, int from, int end) {
        for (int i = from; i < end; i++) {
            if (!Character.isWhitespace(text.charAt(i)) && text.charAt(i) != '\uFEFF') {
                return false;
            }
        }
        return true;
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\uFEFF';
    }

    private static boolean isPunctuation(char c) {
        return !Character.isLetterOrDigit(c) && !isSpace(c);
    }
}
