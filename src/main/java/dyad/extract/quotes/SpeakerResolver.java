package dyad.extract.quotes;

import dyad.extract.actors.EntryKind;
import dyad.extract.actors.Mention;
import dyad.model.Actor;
import dyad.model.Role;
import dyad.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names the speaker of a quote: for "he"/"she" the person named last before it (known to the
 * gazetteer or quoted earlier by name); else the resolved actor mention at the speaker's words
 * (several states together as one speaker); else an unknown person or body by the words
 * themselves (a full name seen earlier in the document replaces a surname).
 */
public final class SpeakerResolver {

    private static final Pattern HE_SHE = Pattern.compile("(?i)he|she");
    private static final Pattern THEY_WE = Pattern.compile("(?i)they|we");
    private static final Pattern PRONOUN = Pattern.compile("(?i)he|she|they|we");
    private static final Pattern GOVERNMENT_OF = Pattern.compile("^Government of (the )?");

    /**
     * @param earlierSpeakers the speakers of the document's earlier quotes, in order: a "she said"
     *                        goes to whoever was quoted or named last, gazetteer person or not
     */
    public Actor resolve(Span speaker, String text, List<Mention> documentMentions, List<Actor> earlierSpeakers) {
        if (speaker == null) {
            return null;
        }
        String words = speaker.text();
        if (HE_SHE.matcher(words).matches()) {
            return lastPersonNamed(speaker, text, documentMentions, earlierSpeakers);
        }
        List<Actor> states = statesAt(speaker, documentMentions);
        if (states.size() > 1) {
            return governments(speaker, states); // "Brazil, Chile and Mexico said", "they said" after such a list
        }
        for (Mention m : documentMentions) {
            Actor a = m.actor();
            if (a.start() != null && a.start() < speaker.end() && speaker.start() < a.end() && m.kind() != EntryKind.ADJECTIVE) {
                return a;
            }
        }
        if (THEY_WE.matcher(words).matches()) {
            return new Actor(words, speaker.start(), speaker.end(), null, null, null, Role.CVL);
        }
        return new Actor(words, speaker.start(), speaker.end(), fullName(words, text, speaker.start()), null, null,
                Character.isUpperCase(words.charAt(0)) ? Role.CSO : Role.GOV);
    }

    /** Distinct states resolved on the speaker's words (a list, or "they" standing for one). */
    private static List<Actor> statesAt(Span speaker, List<Mention> mentions) {
        List<Actor> at = new ArrayList<>();
        for (Mention m : mentions) {
            Actor a = m.actor();
            if (a.start() != null && a.start() < speaker.end() && speaker.start() < a.end() && m.kind() != EntryKind.ADJECTIVE
                    && a.role() == Role.GOV && a.country() != null && at.stream().noneMatch(x -> x.sameBody(a))) {
                at.add(a);
            }
        }
        return at;
    }

    /**
     * "she said": the person named last before the pronoun — a known person, or anyone quoted
     * earlier by name whose name appears again ("Ruiz explained …  she said").
     */
    private static Actor lastPersonNamed(Span speaker, String text, List<Mention> mentions, List<Actor> earlierSpeakers) {
        Actor last = null;
        int lastAt = -1;
        for (Mention m : mentions) {
            Integer at = m.actor().start();
            if (at != null && at < speaker.start() && at > lastAt && m.kind() == EntryKind.PERSON) {
                last = m.actor();
                lastAt = at;
            }
        }
        for (Actor a : earlierSpeakers) {
            boolean named = a.name() != null && a.role() != Role.GOV && !PRONOUN.matcher(a.text()).matches();
            int at = named ? lastMention(text, surname(a.name()), speaker.start()) : -1;
            if (at > lastAt) {
                last = a;
                lastAt = at;
            }
        }
        return last == null ? new Actor(speaker.text(), speaker.start(), speaker.end(), null, null, null, Role.CVL)
                : last.mentionedAs(speaker);
    }

    private static String surname(String name) {
        return name.substring(name.lastIndexOf(' ') + 1);
    }

    /** Where {@code word} last stands as a whole word before {@code before}, or -1. */
    private static int lastMention(String text, String word, int before) {
        Matcher m = Pattern.compile("\\b" + Pattern.quote(word) + "\\b")
                .matcher(text).region(0, Math.max(0, before));
        int last = -1;
        while (m.find()) {
            last = m.start();
        }
        return last;
    }

    /** Several states speaking together: one speaker, "Governments of A, B and C", with no one country. */
    private static Actor governments(Span speaker, List<Actor> states) {
        List<String> names = states.stream().map(a -> GOVERNMENT_OF.matcher(a.name()).replaceFirst("")).toList();
        String list = String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
        return new Actor(speaker.text(), speaker.start(), speaker.end(), "Governments of " + list, null, null, Role.GOV);
    }

    /** "Ruiz Pérez" after "Ana Ruiz Pérez" earlier in the text → the full name. */
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
