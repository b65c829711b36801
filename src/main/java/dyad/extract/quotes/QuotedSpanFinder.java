package dyad.extract.quotes;

import dyad.model.Span;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Finds the spans between pairs of quotation marks: “…”, "…", ‘…’, '…', «…» and „…“.
 *
 * <p>Only outermost quotes are reported: a quote nested inside another (single quotes
 * inside double ones) is part of the outer quote. Quotes may run across sentences but not
 * across paragraphs; a double quote left open at a paragraph end closes there (the
 * multi-paragraph convention repeats the opening mark on the next paragraph instead of
 * closing it).
 *
 * <p>The single marks double as apostrophes ("Norway’s", "don’t", "the '90s"), so they
 * open only at a word start and close only after a word and before a non-letter; a single
 * quote still open at its paragraph end was an apostrophe after all and is ignored.
 */
public final class QuotedSpanFinder {

    /** What an open mark can be closed by. */
    private enum Kind {
        CURLY_DOUBLE, LOW_DOUBLE, STRAIGHT_DOUBLE, GUILLEMET, CURLY_SINGLE, STRAIGHT_SINGLE;

        boolean single() {
            return this == CURLY_SINGLE || this == STRAIGHT_SINGLE;
        }
    }

    private record Open(Kind kind, int at) {
    }

    private QuotedSpanFinder() {
    }

    public static List<QuotedSpan> find(String text) {
        return find(text, Paragraphs.of(text));
    }

    static List<QuotedSpan> find(String text, Paragraphs paragraphs) {
        List<QuotedSpan> found = new ArrayList<>();
        for (int p = 0; p < paragraphs.size(); p++) {
            found.addAll(inParagraph(text, paragraphs.start(p), paragraphs.end(p)));
        }
        return found;
    }

    private static List<QuotedSpan> inParagraph(String text, int from, int to) {
        // A single mark left open at the paragraph end was an apostrophe: ignore it and scan
        // again, so that quotes it seemed to swallow are found.
        Set<Integer> apostrophes = new HashSet<>();
        while (true) {
            List<QuotedSpan> found = new ArrayList<>();
            Open strayOpen = scan(text, from, to, apostrophes, found);
            if (strayOpen == null) {
                return found;
            }
            apostrophes.add(strayOpen.at());
        }
    }

    /** Scans one paragraph; returns an unclosed single mark to ignore, or null when done. */
    private static Open scan(String text, int from, int to, Set<Integer> ignored, List<QuotedSpan> found) {
        Deque<Open> open = new ArrayDeque<>(); // top = innermost
        for (int i = from; i < to; i++) {
            if (ignored.contains(i)) {
                continue;
            }
            char c = text.charAt(i);
            switch (c) {
                case '“' -> {
                    if (!closeKind(open, Kind.LOW_DOUBLE, text, i, found)) {
                        open.push(new Open(Kind.CURLY_DOUBLE, i));
                    }
                }
                case '”' -> {
                    if (!closeKind(open, Kind.CURLY_DOUBLE, text, i, found)) {
                        closeKind(open, Kind.LOW_DOUBLE, text, i, found);
                    }
                }
                case '„' -> open.push(new Open(Kind.LOW_DOUBLE, i));
                case '«' -> open.push(new Open(Kind.GUILLEMET, i));
                case '»' -> closeKind(open, Kind.GUILLEMET, text, i, found);
                case '"' -> {
                    if (!closeKind(open, Kind.STRAIGHT_DOUBLE, text, i, found) && opensAfter(text, i, from)
                            && !spaceAt(text, i + 1, to)) {
                        open.push(new Open(Kind.STRAIGHT_DOUBLE, i));
                    }
                }
                case '‘' -> {
                    if (!isOpen(open, Kind.CURLY_SINGLE) && opensAfter(text, i, from) && !spaceAt(text, i + 1, to)) {
                        open.push(new Open(Kind.CURLY_SINGLE, i));
                    }
                }
                case '’' -> {
                    if (closesSingle(text, i, from, to)) {
                        closeKind(open, Kind.CURLY_SINGLE, text, i, found);
                    }
                }
                case '\'' -> {
                    boolean closed = closesSingle(text, i, from, to)
                            && closeKind(open, Kind.STRAIGHT_SINGLE, text, i, found);
                    if (!closed && !isOpen(open, Kind.STRAIGHT_SINGLE) && opensAfter(text, i, from)
                            && !spaceAt(text, i + 1, to)) {
                        open.push(new Open(Kind.STRAIGHT_SINGLE, i));
                    }
                }
                default -> {
                }
            }
        }
        if (open.isEmpty()) {
            return null;
        }
        Open outer = open.peekLast();
        if (outer.kind().single()) {
            return outer;
        }
        // The outer double quote runs to the paragraph end; anything nested in it is its text.
        if (to > outer.at() + 1) {
            found.add(new QuotedSpan(Span.of(text, outer.at() + 1, to), outer.at(), to, false));
        }
        return null;
    }

    /**
     * Closes the innermost open mark of this kind (and anything opened inside it that never
     * closed). When that was the outermost mark, records the quote. False if none is open.
     */
    private static boolean closeKind(Deque<Open> open, Kind kind, String text, int at, List<QuotedSpan> found) {
        if (!isOpen(open, kind)) {
            return false;
        }
        Open o;
        do {
            o = open.pop();
        } while (o.kind() != kind);
        if (open.isEmpty() && at > o.at() + 1) {
            found.add(new QuotedSpan(Span.of(text, o.at() + 1, at), o.at(), at + 1, true));
        }
        return true;
    }

    private static boolean isOpen(Deque<Open> open, Kind kind) {
        for (Iterator<Open> it = open.iterator(); it.hasNext();) {
            if (it.next().kind() == kind) {
                return true;
            }
        }
        return false;
    }

    /** An opening mark stands at a word start: after a space, an opening bracket, a dash, markup or another mark. */
    private static boolean opensAfter(String text, int i, int from) {
        if (i == from) {
            return true;
        }
        char prev = text.charAt(i - 1);
        return Character.isWhitespace(prev) || "([{<*_—–-/“‘\"'«„:".indexOf(prev) >= 0;
    }

    /** A closing single mark follows a word (not a space) and is not followed by a letter or digit ("don’t", "Norway’s"). */
    private static boolean closesSingle(String text, int i, int from, int to) {
        if (i == from || Character.isWhitespace(text.charAt(i - 1))) {
            return false;
        }
        return i + 1 >= to || !Character.isLetterOrDigit(text.charAt(i + 1));
    }

    private static boolean spaceAt(String text, int i, int to) {
        return i >= to || Character.isWhitespace(text.charAt(i));
    }
}
