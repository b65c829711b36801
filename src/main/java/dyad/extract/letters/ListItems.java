package dyad.extract.letters;

import dyad.extract.letters.Lines.Line;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lists of a letter's body. An item opens with a marker at a line's start — a number ("1.",
 * "2)", "(3)"), a letter ("(a)", "b)"), a roman numeral ("i.", "(iv)") or a bullet ("-", "•",
 * "*") — and runs to the next item of its list or a blank line; a marker of another kind, or
 * indented deeper, opens a point nested inside the item. Items of one kind and indent make one
 * list, even across blank lines.
 */
final class ListItems {

    /** One item: [start, end) its text without the marker. */
    record Item(int start, int end) {
    }

    /** Items of one list, and the paragraph before it [leadStart, leadEnd) that may introduce it. */
    record ItemList(List<Item> items, int leadStart, int leadEnd) {
        int end() {
            return items.get(items.size() - 1).end();
        }
    }

    private static final String ROMAN = "(?:i{1,3}|iv|v|vi{1,3}|ix|x|xi{1,2})";
    private static final Pattern MARKER = Pattern.compile("(?<indent>\\h*)(?<marker>"
            + "(?<number>\\d{1,2}[.)]|\\(\\d{1,2}\\))"
            + "|(?<roman>" + ROMAN + "[.)]|\\(" + ROMAN + "\\))"
            + "|(?<letter>[a-z][.)]|\\([a-z]\\))"
            + "|(?<bullet>[-*•◦▪‣–]))\\h+(?=\\S)");

    private final Lines lines;
    private final int from;
    private final int to;

    ListItems(Lines lines, int from, int to) {
        this.lines = lines;
        this.from = from;
        this.to = to;
    }

    private record Marker(String kind, int indent, int textStart) {
        boolean sameList(Marker other) {
            return kind.equals(other.kind) && indent == other.indent;
        }
    }

    private Marker marker(Line l, Marker list) {
        Matcher m = MARKER.matcher(lines.text()).region(l.start(), l.end());
        if (!m.lookingAt()) {
            return null;
        }
        String kind = m.group("number") != null ? "number" : m.group("roman") != null ? "roman"
                : m.group("letter") != null ? "letter" : "bullet:" + m.group("bullet");
        String numeral = m.group("marker").replaceAll("[().]", "");
        if (kind.equals("roman") && numeral.length() == 1
                && (list != null && list.kind().equals("letter") || !numeral.equals("i"))) {
            kind = "letter"; // "(i)" after "(h)", or "v." in a lettered list
        }
        return new Marker(kind, m.group("indent").length(), m.end());
    }

    List<ItemList> lists() {
        List<ItemList> out = new ArrayList<>();
        List<Item> items = new ArrayList<>();
        Marker listMarker = null;
        int itemStart = -1;
        int itemEnd = -1;
        int leadStart = -1;
        int leadEnd = -1;
        int lastText = -1; // end of the last non-blank, non-item line before the list
        int lastTextStart = -1;
        for (Line l : lines.all()) {
            if (l.end() <= from || l.start() >= to) {
                continue;
            }
            Marker m = l.blank() ? null : marker(l, listMarker);
            boolean nested = m != null && listMarker != null && itemStart >= 0
                    && (m.indent() > listMarker.indent() || !m.kind().equals(listMarker.kind()) && m.indent() > 0);
            if (m != null && !nested) {
                if (listMarker != null && !m.sameList(listMarker)) {
                    close(out, items, itemStart, itemEnd, leadStart, leadEnd);
                    items = new ArrayList<>();
                    listMarker = null;
                } else if (itemStart >= 0) {
                    items.add(new Item(itemStart, itemEnd));
                }
                if (listMarker == null) {
                    listMarker = m;
                    leadStart = lastTextStart;
                    leadEnd = lastText;
                }
                itemStart = m.textStart();
                itemEnd = l.to();
            } else if (l.blank()) {
                if (itemStart >= 0) {
                    items.add(new Item(itemStart, itemEnd));
                    itemStart = -1;
                }
            } else if (itemStart >= 0) {
                itemEnd = l.to(); // a wrapped line or a nested point
            } else {
                if (listMarker != null) { // a paragraph after the list ends it
                    close(out, items, -1, -1, leadStart, leadEnd);
                    items = new ArrayList<>();
                    listMarker = null;
                }
                if (lastText < 0 || lines.get(l.index() - 1).blank()) {
                    lastTextStart = l.from();
                }
                lastText = l.to();
            }
        }
        close(out, items, itemStart, itemEnd, leadStart, leadEnd);
        return out;
    }

    private static void close(List<ItemList> out, List<Item> items, int itemStart, int itemEnd, int leadStart,
                              int leadEnd) {
        if (itemStart >= 0 && itemEnd > itemStart) {
            items.add(new Item(itemStart, itemEnd));
        }
        if (!items.isEmpty()) {
            out.add(new ItemList(List.copyOf(items), leadStart, leadEnd));
        }
    }
}
