package dyad.extract.letters;

import dyad.extract.actors.EntryKind;
import dyad.extract.actors.Mention;
import dyad.model.Actor;
import dyad.model.LetterReference;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Earlier letters a letter cites ("our letter to Ministers A, B and C of November 13, 2025"):
 * the date and recipients named in that sentence, and whether its paragraph says a reply
 * came (true), never came (false) or says nothing (null).
 */
final class ReferenceReader {

    private ReferenceReader() {
    }

    static List<LetterReference> references(String text, LetterExtractor.Context c) {
        List<LetterReference> out = new ArrayList<>();
        Matcher m = LetterCues.EARLIER_LETTER.matcher(text);
        while (m.find()) {
            if (ownHeading(text, m)) {
                continue;
            }
            int sentenceEnd = sentenceEnd(text, m.end());
            List<LetterExtractor.DatedSpan> dates = c.datesIn().apply(m.end(), sentenceEnd);
            if (dates.isEmpty()) {
                continue;
            }
            LetterExtractor.DatedSpan date = dates.get(0);
            List<Actor> recipients = new ArrayList<>();
            for (Mention mention : c.mentions()) {
                Actor a = mention.actor();
                if (a.start() != null && a.start() >= m.end() && a.end() <= date.span().start()
                        && mention.kind() != EntryKind.ADJECTIVE) {
                    recipients.add(a);
                }
            }
            // The whole paragraph: "Thank you for your reply to our letter of …" says so before the citation.
            int paragraphStart = text.lastIndexOf("\n\n", m.start());
            int paragraphEnd = text.indexOf("\n\n", m.end());
            String paragraph = text.substring(paragraphStart < 0 ? 0 : paragraphStart,
                    paragraphEnd < 0 ? text.length() : paragraphEnd);
            Boolean replied = LetterCues.NO_REPLY.matcher(paragraph).find() ? Boolean.FALSE
                    : LetterCues.REPLIED.matcher(paragraph).find() ? Boolean.TRUE : null;
            out.add(new LetterReference(date.date(), recipients, replied));
        }
        return out;
    }

    /**
     * "An Open Letter to the Prime Minister" opening a line near the top is this letter's title,
     * not an earlier letter; "our letter to Ministers …" never is.
     */
    private static boolean ownHeading(String text, Matcher m) {
        if (m.start() >= 600 || m.group(1).equalsIgnoreCase("our")
                || !TO.matcher(text).region(m.end(), text.length()).lookingAt()) {
            return false;
        }
        int lineStart = text.lastIndexOf('\n', m.start()) + 1;
        return text.substring(lineStart, m.start()).replaceAll("[\\s#>*_]", "").isEmpty();
    }

    private static final Pattern TO = Pattern.compile("\\s+to\\b");

    private static int sentenceEnd(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '\n' || (ch == '.' || ch == ':') && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1)))) {
                return i;
            }
        }
        return text.length();
    }
}
