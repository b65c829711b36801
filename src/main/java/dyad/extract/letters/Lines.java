package dyad.extract.letters;

import java.util.ArrayList;
import java.util.List;

/**
 * The lines of a letter as offsets into its text. A line's content skips the layout around
 * it: indentation, block-quote and heading marks, and markdown emphasis ("**Signatories**").
 */
final class Lines {

    /** One line: [start, end) without its terminator; [from, to) its content without layout marks. */
    record Line(int index, int start, int end, int from, int to) {
        boolean blank() {
            return from >= to;
        }
    }

    private final String text;
    private final List<Line> lines;

    Lines(String text) {
        this.text = text;
        List<Line> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                int end = i > start && text.charAt(i - 1) == '\r' ? i - 1 : i;
                out.add(line(out.size(), start, end));
                start = i + 1;
            }
        }
        this.lines = List.copyOf(out);
    }

    private Line line(int index, int start, int end) {
        int from = start;
        while (from < end && (Character.isWhitespace(text.charAt(from)) || "#>*_".indexOf(text.charAt(from)) >= 0)) {
            from++;
        }
        int to = end;
        while (to > from && (Character.isWhitespace(text.charAt(to - 1)) || "*_".indexOf(text.charAt(to - 1)) >= 0)) {
            to--;
        }
        return new Line(index, start, end, from, to);
    }

    String text() {
        return text;
    }

    List<Line> all() {
        return lines;
    }

    Line get(int i) {
        return lines.get(i);
    }

    int size() {
        return lines.size();
    }

    /** The content of a line, without layout marks. */
    String content(Line l) {
        return text.substring(l.from(), l.to());
    }

    /** The line holding this offset. */
    Line at(int offset) {
        int lo = 0;
        int hi = lines.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (lines.get(mid).start() <= offset) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lines.get(lo);
    }

    /** The end of the paragraph holding this offset: the end of the last line before a blank one. */
    int paragraphEnd(int offset) {
        Line l = at(offset);
        int i = l.index();
        while (i + 1 < lines.size() && !lines.get(i + 1).blank()) {
            i++;
        }
        return lines.get(i).to();
    }

    /** The start of the paragraph holding this offset. */
    int paragraphStart(int offset) {
        int i = at(offset).index();
        while (i > 0 && !lines.get(i - 1).blank()) {
            i--;
        }
        return lines.get(i).from();
    }
}
