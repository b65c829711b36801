package dyad.extract.letters;

import dyad.extract.letters.Lines.Line;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Where a letter's parts lie: its title ("Open letter to …", near the top), its salutation
 * ("Dear Minister Wong,"), the head before the salutation (address block, date), the body, and
 * the signature block after the last sign-off ("Yours sincerely,") or signatories heading
 * ("Signed:"). Any part may be missing (-1).
 */
final class LetterLayout {

    /** A title is the letter's own only near the top. */
    static final int TITLE_REACH = 1000;

    final Lines lines;
    /** The title's first line, or -1; the title runs to the end of its paragraph. */
    final int title;
    /** The salutation line, or -1. */
    final int salutation;
    /** The first line of the signature block (a sign-off or signatories heading), or -1. */
    final int signatures;
    /** The signatories' lines after it, as content spans [from, to): headings and prose left out. */
    final List<int[]> signatureLines = new ArrayList<>();

    LetterLayout(String text, LetterCues cues) {
        this.lines = new Lines(text);
        this.title = firstMatch(cues.title, text, 0, Math.min(text.length(), TITLE_REACH));
        this.salutation = firstMatch(cues.salutation, text, 0, Math.max(text.length() / 2, Math.min(text.length(), 1500)));
        int after = Math.max(salutation, title);
        List<Integer> headings = new ArrayList<>();
        java.util.Map<Integer, Integer> inline = new java.util.HashMap<>();
        for (Line l : lines.all()) {
            if (l.index() <= after || l.blank()) {
                continue;
            }
            if (cues.signOff.matcher(text).region(l.start(), l.end()).lookingAt()) {
                headings.add(l.index());
                continue;
            }
            Matcher m = cues.signatures.matcher(text).region(l.start(), l.end());
            if (m.lookingAt()) {
                headings.add(l.index());
                if (m.end() < l.to()) {
                    inline.put(l.index(), m.end());
                }
            }
        }
        // The block opens at the earliest heading that no prose separates from the last one.
        int first = -1;
        for (int k = headings.size() - 1; k >= 0; k--) {
            int h = headings.get(k);
            if (first >= 0 && proseBetween(h, first)) {
                break;
            }
            first = h;
        }
        this.signatures = first;
        if (first >= 0) {
            for (int i = first; i < lines.size(); i++) {
                Line l = lines.get(i);
                if (inline.containsKey(i)) {
                    signatureLines.add(new int[] {inline.get(i), l.to()});
                } else if (!l.blank() && !headings.contains(i) && !prose(l)) {
                    signatureLines.add(new int[] {l.from(), l.to()});
                }
            }
        }
    }

    private boolean proseBetween(int from, int to) {
        for (int i = from + 1; i < to; i++) {
            if (prose(lines.get(i))) {
                return true;
            }
        }
        return false;
    }

    /** A line of running text, not a name: a long sentence. */
    boolean prose(Line l) {
        String s = lines.content(l);
        int words = s.isBlank() ? 0 : s.trim().split("\\s+").length;
        return words > 30 || words > 12 && s.matches("(?s).*[.!?][\"”’)]?");
    }

    private int firstMatch(java.util.regex.Pattern p, String text, int from, int to) {
        Matcher m = p.matcher(text).region(from, to);
        return m.find() ? lines.at(m.start()).index() : -1;
    }

    /** The last line of the title paragraph, or -1. */
    int titleEnd() {
        if (title < 0) {
            return -1;
        }
        int i = title;
        while (i + 1 < lines.size() && !lines.get(i + 1).blank() && i + 1 != salutation) {
            i++;
        }
        return i;
    }

    boolean inTitle(int lineIndex) {
        return title >= 0 && lineIndex >= title && lineIndex <= titleEnd();
    }

    /** Where the body starts: after the salutation, else after the title, else at the top. */
    int bodyStart() {
        if (salutation >= 0) {
            return lines.get(salutation).end();
        }
        return title >= 0 ? lines.get(titleEnd()).end() : 0;
    }

    /** Where the body ends: at the sign-off or signatories heading, else at the end. */
    int bodyEnd() {
        return signatures < 0 ? lines.text().length() : lines.get(signatures).start();
    }
}
