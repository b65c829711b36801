package dyad.extract.quotes;

import java.util.ArrayList;
import java.util.List;

/**
 * Paragraph ranges of a document, which bound quotes: a quotation mark left open at a
 * paragraph end closes there, and a quote only continues another within one paragraph.
 *
 * <p>Feeds and converted web pages put one paragraph on a line, so a line break ends a
 * paragraph. Hard-wrapped plain text (every line short) breaks lines inside paragraphs;
 * there only a blank line ends one.
 */
final class Paragraphs {

    /** Lines this short throughout, and this many of them, mean the text was wrapped by hand. */
    private static final int WRAP_WIDTH = 100;
    private static final int MIN_WRAPPED_LINES = 5;

    private final int[] starts;
    private final int[] ends;

    private Paragraphs(int[] starts, int[] ends) {
        this.starts = starts;
        this.ends = ends;
    }

    static Paragraphs of(String text) {
        boolean wrapped = isHardWrapped(text);
        List<int[]> ranges = new ArrayList<>();
        int start = 0;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                int lineEnd = i;
                int next = skipLineBreak(text, i);
                boolean blankFollows = isBlankLineAt(text, next);
                if (!wrapped || blankFollows) {
                    addRange(ranges, text, start, lineEnd);
                    start = next;
                }
                i = next;
            } else {
                i++;
            }
        }
        addRange(ranges, text, start, text.length());
        int[] s = new int[ranges.size()];
        int[] e = new int[ranges.size()];
        for (int k = 0; k < s.length; k++) {
            s[k] = ranges.get(k)[0];
            e[k] = ranges.get(k)[1];
        }
        return new Paragraphs(s, e);
    }

    int size() {
        return starts.length;
    }

    int start(int paragraph) {
        return starts[paragraph];
    }

    /** End of the paragraph's last non-space character. */
    int end(int paragraph) {
        return ends[paragraph];
    }

    /** The paragraph holding this offset, or the one after it when the offset is between two. */
    int indexAt(int offset) {
        for (int k = 0; k < starts.length; k++) {
            if (offset < ends[k]) {
                return k;
            }
        }
        return starts.length - 1;
    }

    /** True when the characters at these two offsets lie in one paragraph. */
    boolean sameParagraph(int a, int b) {
        return indexAt(a) == indexAt(b);
    }

    private static void addRange(List<int[]> ranges, String text, int start, int end) {
        int e = end;
        while (e > start && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        int s = start;
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        if (s < e) {
            ranges.add(new int[] {s, e});
        }
    }

    private static int skipLineBreak(String text, int i) {
        if (text.charAt(i) == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
            return i + 2;
        }
        return i + 1;
    }

    private static boolean isBlankLineAt(String text, int i) {
        int k = i;
        while (k < text.length() && (text.charAt(k) == ' ' || text.charAt(k) == '\t')) {
            k++;
        }
        return k >= text.length() || text.charAt(k) == '\n' || text.charAt(k) == '\r';
    }

    private static boolean isHardWrapped(String text) {
        int lines = 0;
        for (String line : text.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            if (line.length() > WRAP_WIDTH) {
                return false;
            }
            lines++;
        }
        return lines >= MIN_WRAPPED_LINES;
    }
}
