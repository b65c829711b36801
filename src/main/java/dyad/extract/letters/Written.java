package dyad.extract.letters;

import java.util.regex.Matcher;

/**
 * A name as written on a letter's line, without the courtesies around it: "H.E. Dr William
 * Ruto" is William Ruto (honoured), "The Rt Hon Dominic Raab MP" is Dominic Raab.
 *
 * @param start   where the bare name starts in the text
 * @param end     where it ends
 * @param honored whether a courtesy title stood before it (a person is meant)
 */
record Written(int start, int end, boolean honored) {

    static Written strip(String text, int from, int to, LetterCues cues) {
        from = skipSpace(text, from, to);
        boolean honored = false;
        Matcher h = cues.honorifics.matcher(text).region(from, to);
        if (h.lookingAt() && h.end() < to) {
            from = skipSpace(text, h.end(), to);
            honored = true;
        }
        to = trimEnd(text, from, to);
        Matcher post = cues.postNominal.matcher(text).region(from, to);
        if (post.find() && post.start() > from) {
            to = trimEnd(text, from, post.start());
        }
        return new Written(from, to, honored);
    }

    private static int skipSpace(String text, int from, int to) {
        while (from < to && (Character.isWhitespace(text.charAt(from)) || "*_\"“".indexOf(text.charAt(from)) >= 0)) {
            from++;
        }
        return from;
    }

    private static int trimEnd(String text, int from, int to) {
        while (to > from && (Character.isWhitespace(text.charAt(to - 1)) || ",;:*_\"”".indexOf(text.charAt(to - 1)) >= 0)) {
            to--;
        }
        return to;
    }

    String text(String doc) {
        return doc.substring(start, end);
    }

    boolean isEmpty() {
        return end <= start;
    }
}
