package dyad.extract.quotes;

import dyad.model.Actor;
import dyad.model.Span;
import java.util.List;
import java.util.Locale;

/**
 * The people of one document and every place outside quotes where one is named, in document
 * order: what "he said", "Maïga said" and "the minister added" resolve against.
 */
final class Cast {

    /**
     * A person named at [start, end) in sentence {@code sentence}; {@code object} when a verb or
     * preposition governs the name ("met President Hu", "after talks with Ruiz").
     */
    record Occurrence(int start, int end, int sentence, Person person, boolean object) {
    }

    /** A body the gazetteer does not know, named at [start, end); its actor has no mention. */
    record Body(int start, int end, int sentence, Actor actor) {
    }

    private final List<Occurrence> occurrences;
    private final List<Body> bodies;

    Cast(List<Occurrence> occurrences, List<Body> bodies) {
        this.occurrences = List.copyOf(occurrences);
        this.bodies = List.copyOf(bodies);
    }

    /** The body named in the speaker's words, as mentioned there, or null. */
    Actor bodyAt(Span speaker) {
        for (Body b : bodies) {
            if (b.start() < speaker.end() && speaker.start() < b.end()) {
                return b.actor().mentionedAs(speaker);
            }
        }
        return null;
    }

    /** The last body named before the offset whose name holds the head word ("the ministry"), or null. */
    Body bodyBefore(String head, int offset) {
        Body found = null;
        for (Body b : bodies) {
            if (b.start() < offset && List.of(b.actor().name().toLowerCase(Locale.ROOT).split("[\\s,]+")).contains(head)) {
                found = b;
            }
        }
        return found;
    }

    List<Occurrence> occurrences() {
        return occurrences;
    }

    /** The person named in the speaker's words ("Foreign Minister Ana Ruiz", "Ruiz"), or null. */
    Person at(Span speaker) {
        for (Occurrence o : occurrences) {
            if (o.start() < speaker.end() && speaker.start() < o.end()) {
                return o.person();
            }
        }
        return null;
    }

    /**
     * Whom "he" or "she" at {@code offset} stands for: the person named first in the latest
     * sentence naming one before it (the subject, as a rule: "Peskov told reporters that Putin
     * would decide. “…,” he said" is Peskov), of a fitting gender; a name no verb or preposition
     * governs comes before one that is an object ("After meeting President Hu, Kiir said").
     */
    Person subjectBefore(int offset, char gender) {
        int sentence = -1;
        Person first = null;
        boolean firstIsObject = false;
        for (Occurrence o : occurrences) {
            if (o.start() >= offset) {
                break;
            }
            if (!o.person().fits(gender)) {
                continue;
            }
            if (o.sentence() != sentence) {
                sentence = o.sentence();
                first = o.person();
                firstIsObject = o.object();
            } else if (firstIsObject && !o.object()) {
                first = o.person();
                firstIsObject = false;
            }
        }
        return first;
    }

    /**
     * Whom "the minister" or "the North Korean leader" at {@code offset} stands for: the person
     * named last before it with that title (and of that state, when the words name one).
     */
    Person titledBefore(String title, String country, int offset) {
        String t = title.toLowerCase(Locale.ROOT);
        Person found = null;
        for (Occurrence o : occurrences) {
            if (o.start() >= offset) {
                break;
            }
            Person p = o.person();
            if (p.titles().contains(t) && (country == null || country.equals(p.country()))) {
                found = p;
            }
        }
        return found;
    }
}
