package dyad.extract.quotes;

import dyad.extract.actors.EntryKind;
import dyad.extract.actors.Mention;
import dyad.model.Actor;
import dyad.model.Role;
import dyad.model.Span;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names the speaker of a quote, for one document. The people it names are found once
 * ({@link CastFinder}); then a speaker is, in this order:
 * <ol>
 *   <li>"he"/"she": the person named first in the latest sentence naming one ({@link Cast#subjectBefore});</li>
 *   <li>a name, with or without title ("Foreign Minister Ana Ruiz", "Ruiz", "Prince Faisal"): that person;</li>
 *   <li>"the minister", "the North Korean leader": the person last named with that title (and state);</li>
 *   <li>"his spokesman": the government of the person "his" stands for;</li>
 *   <li>a state, body, document or unnamed official by the mentions on its words ({@link BodySpeakers});</li>
 *   <li>else the words themselves (a full name seen earlier replaces a surname).</li>
 * </ol>
 */
public final class SpeakerResolver {

    private static final Pattern HE_SHE = Pattern.compile("(?i)he|she");
    private static final Pattern DEFINITE = Pattern.compile("(?i)(the|this) .+");
    private static final Pattern POSSESSIVE_TITLE = Pattern.compile("(?i)(his|her) (.+ )?(\\S+)");
    private static final Pattern THEY_WE = Pattern.compile("(?i)they|we");
    private static final Pattern YOU = Pattern.compile("(?i)you");
    private static final Pattern IT = Pattern.compile("(?i)it");
    private static final Pattern VOCATIVE_GAP = Pattern.compile("\\s*,\\s*");
    private static final Pattern PRONOUN = Pattern.compile("(?i)he|she|they|we");

    private final String text;
    private final List<Span> sentences;
    private final List<Mention> documentMentions;
    private final Cast cast;
    private final BodySpeakers bodies;
    private final Actor addressee;
    private final StateNames names;
    private final NameWords nameWords;

    private SpeakerResolver(NameWords words, String text, List<Span> sentences, List<Mention> documentMentions, Cast cast,
                            BodySpeakers bodies, Actor addressee, StateNames names) {
        this.names = names;
        this.nameWords = words;
        this.text = text;
        this.sentences = sentences;
        this.documentMentions = documentMentions;
        this.cast = cast;
        this.bodies = bodies;
        this.addressee = addressee;
    }

    /**
     * The resolver for one document: finds the people it names (outside quotes) once.
     *
     * @param sentences the document's sentences in order (paragraphs stand in when empty)
     * @param mentions  the actor mentions of the whole document, resolved by the actors stage
     * @param addressee whom the document addresses as "you" (an open letter's recipient), or null
     */
    public static SpeakerResolver forDocument(QuoteLexicon lexicon, String text, List<Span> sentences, List<Mention> mentions,
                                              Actor addressee) {
        List<Span> units = sentences.isEmpty() ? QuoteFinder.paragraphSpans(text, Paragraphs.of(text)) : sentences;
        Cast cast = lexicon.cast().find(text, units, QuotedSpanFinder.find(text), mentions);
        StateContext context = new StateContext(mentions, units);
        StateNames names = new StateNames(mentions);
        return new SpeakerResolver(lexicon.words(), text, units, mentions, cast, new BodySpeakers(mentions, units, context,
                lexicon.words(), cast, names), addressee, names);
    }

    /**
     * @param earlierSpeakers the speakers of the document's earlier quotes, in order: a "she said"
     *                        with no person named before it goes to whoever was quoted last
     */
    public Actor resolve(Span speaker, List<Actor> earlierSpeakers) {
        if (speaker == null) {
            return null;
        }
        String words = speaker.text();
        if (HE_SHE.matcher(words).matches()) {
            Person p = cast.subjectBefore(speaker.start(), Character.toLowerCase(words.charAt(0)) == 's' ? 'f' : 'm');
            return p != null ? p.actor(speaker) : lastPersonNamed(speaker, earlierSpeakers);
        }
        if (YOU.matcher(words).matches()) {
            return addressed(speaker);
        }
        if (IT.matcher(words).matches()) {
            Actor same = bodySpeakingEarlierInSentence(speaker, earlierSpeakers);
            if (same != null) {
                return same; // "The ministry said … the “unilateral” decision, which it called “…”"
            }
        }
        Person named = cast.at(speaker);
        if (named != null) {
            return named.actor(speaker);
        }
        Actor namedBody = cast.bodyAt(speaker);
        if (namedBody != null) {
            return namedBody; // a body the gazetteer does not know, as the text names it
        }
        Person described = DEFINITE.matcher(words).matches() ? described(speaker) : null;
        if (described != null) {
            return described.actor(speaker);
        }
        Actor spokesperson = forPossessor(speaker);
        if (spokesperson != null) {
            return spokesperson;
        }
        Actor self = firstPerson(speaker);
        if (self != null) {
            return self; // a letter's "we": its signatories
        }
        Actor body = bodies.resolve(speaker);
        if (body != null) {
            return body;
        }
        if (THEY_WE.matcher(words).matches()) {
            return new Actor(words, speaker.start(), speaker.end(), null, null, null, Role.CVL);
        }
        return new Actor(words, speaker.start(), speaker.end(), fullName(words, text, speaker.start()), null, null,
                Character.isUpperCase(words.charAt(0)) ? Role.CSO : Role.GOV);
    }

    /** The resolved first-person mention on the words ("we", "our organisations"), as the letter's authors. */
    private Actor firstPerson(Span speaker) {
        for (Mention m : documentMentions) {
            Actor a = m.actor();
            if ("first_person".equals(m.office()) && a.start() != null && a.start() < speaker.end()
                    && speaker.start() < a.end() && a.name() != null) {
                return a.mentionedAs(speaker);
            }
        }
        return null;
    }

    /** "Prime Minister Khan, you announced": the person called by name; else the letter's addressee. */
    private Actor addressed(Span speaker) {
        for (Cast.Occurrence o : cast.occurrences()) {
            if (o.end() <= speaker.start() && VOCATIVE_GAP.matcher(text.substring(o.end(), speaker.start())).matches()) {
                return o.person().actor(speaker);
            }
        }
        return addressee != null ? addressee.mentionedAs(speaker)
                : new Actor(speaker.text(), speaker.start(), speaker.end(), speaker.text(), null, null, Role.CSO);
    }

    /** The body quoted last, when it was quoted in this sentence ("it" in "which it called"). */
    private Actor bodySpeakingEarlierInSentence(Span speaker, List<Actor> earlierSpeakers) {
        if (earlierSpeakers.isEmpty()) {
            return null;
        }
        Actor last = earlierSpeakers.get(earlierSpeakers.size() - 1);
        if (last == null || last.start() == null || last.role() == Role.CVL || cast.at(Span.of(text, last.start(),
                last.end())) != null || PRONOUN.matcher(last.text()).matches() || IT.matcher(last.text()).matches()) {
            return null;
        }
        Span sentence = sentenceOf(speaker.start());
        return sentence != null && last.start() >= sentence.start() ? last.mentionedAs(speaker) : null;
    }

    private Span sentenceOf(int offset) {
        Span found = null;
        for (Span s : sentences) {
            if (s.start() <= offset) {
                found = s;
            }
        }
        return found;
    }

    /** "the spokesman", "the Chinese minister": the person last named with that title (and state). */
    private Person described(Span speaker) {
        String words = speaker.text();
        String head = words.substring(words.lastIndexOf(' ') + 1);
        if (!nameWords.isPersonTitle(head)) {
            return null;
        }
        String country = null;
        for (Mention m : documentMentions) {
            Actor a = m.actor();
            if (a.start() != null && a.start() >= speaker.start() && a.end() <= speaker.end() && a.country() != null
                    && !StateContext.bare(m)) {
                country = a.country();
            }
        }
        return cast.titledBefore(head, country, speaker.start());
    }

    /** "his spokesman said": the government of the person "his" stands for. */
    private Actor forPossessor(Span speaker) {
        Matcher m = POSSESSIVE_TITLE.matcher(speaker.text());
        if (!m.matches() || !nameWords.isPersonTitle(m.group(3))) {
            return null;
        }
        char gender = m.group(1).toLowerCase(Locale.ROOT).equals("her") ? 'f' : 'm';
        Person owner = cast.subjectBefore(speaker.start(), gender);
        if (owner == null || owner.country() == null) {
            return null;
        }
        return new Actor(speaker.text(), speaker.start(), speaker.end(), names.governmentName(owner.country()),
                owner.country(), null, Role.GOV);
    }

    /**
     * "she said" with no person named before: whoever was named last — a known person, or anyone
     * quoted earlier by name whose name appears again ("Ruiz explained …  she said").
     */
    private Actor lastPersonNamed(Span speaker, List<Actor> earlierSpeakers) {
        Actor last = null;
        int lastAt = -1;
        for (Mention m : documentMentions) {
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
