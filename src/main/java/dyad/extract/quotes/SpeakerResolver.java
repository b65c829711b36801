package dyad.extract.quotes;

import dyad.extract.actors.EntryKind;
import dyad.extract.actors.Mention;
import dyad.model.Actor;
import dyad.model.Role;
import dyad.model.Span;
import java.util.List;

/**
 * Names the speaker of a quote: the resolved actor mention at the speaker's words, else
 * for a pronoun the last person named before it, else an unknown person or body by the
 * words themselves (a full name seen earlier in the document replaces a surname).
 */
public final class SpeakerResolver {

    public Actor resolve(Span speaker, String text, List<Mention> documentMentions) {
        if (speaker == null) {
            return null;
        }
        for (Mention m : documentMentions) {
            Actor a = m.actor();
            if (a.start() != null && a.start() < speaker.end() && speaker.start() < a.end()
                    && m.kind() != EntryKind.ADJECTIVE) {
                return a;
            }
        }
        String words = speaker.text();
        if (words.matches("(?i)he|she|they|we")) {
            Actor last = null;
            for (Mention m : documentMentions) {
                if (m.actor().start() != null && m.actor().start() < speaker.start() && m.kind() == EntryKind.PERSON) {
                    last = m.actor();
                }
            }
            return last == null ? new Actor(words, speaker.start(), speaker.end(), null, null, null, Role.CVL)
                    : last.mentionedAs(speaker);
        }
        return new Actor(words, speaker.start(), speaker.end(), fullName(words, text, speaker.start()), null, null,
                Character.isUpperCase(words.charAt(0)) ? Role.CSO : Role.GOV);
    }

    /** "Páez Victor" after "Maria Páez Victor" earlier in the text → the full name. */
    static String fullName(String words, String text, int before) {
        int at = text.lastIndexOf(words, Math.max(0, before - 1));
        if (at <= 0 || !Character.isUpperCase(words.charAt(0))) {
            return words;
        }
        int start = at;
        while (start > 0) {
            int prevEnd = start - 1;
            if (text.charAt(prevEnd) != ' ') {
                break;
            }
            int prevStart = prevEnd;
            while (prevStart > 0 && Character.isLetter(text.charAt(prevStart - 1))) {
                prevStart--;
            }
            if (prevStart == prevEnd || !Character.isUpperCase(text.charAt(prevStart)) || prevEnd - prevStart < 2) {
                break;
            }
            start = prevStart;
        }
        return text.substring(start, at + words.length());
    }
}
