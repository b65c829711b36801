package dyad.extract.actors;

import dyad.model.Actor;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Voices that are no quotation: the speaker turns of a hearing or interview transcript
 * ("Ms. LINDQVIST. …", "Q4 Tomas Berg: …", "Karin Dahl: …") and the words of a statement
 * whose heading names its issuer ("Statement by the Ministry of Foreign Affairs of Chile").
 * A turn's speaker is the body named where the transcript introduces the person ("STATEMENT
 * OF …, MINISTRY OF …", "Witness: …, Minister of State, Ministry of …"); a statement's is the
 * first party its heading names.
 */
public final class SpokenVoices {

    private static final Pattern CAPS_TURN = Pattern.compile(
            "(?m)^(?:Mr|Ms|Mrs|Dr|Senator|Sen|Rep|Chairman|Chairwoman)\\.?\\s+(\\p{Lu}[\\p{Lu}'’-]+)[.:]\\s");
    private static final Pattern NAME_TURN = Pattern.compile(
            "(?m)^(?:Q\\d+\\s+)?(\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]+){0,3}):\\s");
    private static final Pattern HEADING = Pattern.compile(
            "(?i)\\b(?:(?:joint\\s+)?statement|communiqu[ée]|press\\s+release|declaration)\\b");
    private static final Pattern BY = Pattern.compile("(?i)\\s+(?:issued\\s+)?(?:of|by|from)\\b");
    private static final Set<EntryKind> NAMES = EnumSet.of(EntryKind.COUNTRY, EntryKind.ORGANIZATION, EntryKind.PERSON);
    private static final Pattern OF_STATE = Pattern.compile("(?i)\\bof\\s+(?:the\\s+)?(\\p{L}[\\p{L}' -]*)$");
    private static final String ANSWER = "A";
    private static final Pattern INTERVIEW = Pattern.compile("(?i)\\binterview(?:ed)?\\b");
    /** Where a statement's words end and its publisher's begin. */
    private static final Pattern EDITORS_NOTE = Pattern.compile("(?mi)^(?:editor[’']?s[’']?\\s+note|notes?\\s+(?:to|for)\\s+editors)\\b");
    private static final Pattern CAPS_LINE = Pattern.compile("(?m)^[^\\p{Ll}\\n]*\\p{Lu}{3}[^\\p{Ll}\\n]*$");
    /** How far into a statement its heading may lie. */
    private static final int HEADING_REACH = 400;
    private static final int HEADING_LINE = 200;

    private static final int INTRODUCTION_LEAD = 60;
    private static final int INTRODUCTION_LINE = 250;

    private final Gazetteer gazetteer;

    public SpokenVoices(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** A speaker's label at [start, end) of a line; the name words at [nameStart, nameEnd). */
    record Turn(int start, int end, int nameStart, int nameEnd) {
    }

    /**
     * The transcript's turns and the statement's issuer as voices, given the document's resolved
     * mentions; empty when the text has neither.
     */
    public List<Voices.Voice> find(String text, List<Mention> mentions) {
        List<Voices.Voice> out = new ArrayList<>(turns(text, mentions));
        if (out.isEmpty()) {
            Voices.Voice issued = issued(text, mentions);
            if (issued != null) {
                out.add(issued);
            }
        }
        return out;
    }

    static List<Turn> labels(String text) {
        List<Turn> caps = labels(text, CAPS_TURN);
        return caps.size() >= 2 ? caps : labels(text, NAME_TURN);
    }

    private static List<Turn> labels(String text, Pattern p) {
        List<Turn> out = new ArrayList<>();
        Matcher m = p.matcher(text);
        while (m.find()) {
            out.add(new Turn(m.start(), m.end(), m.start(1), m.end(1)));
        }
        return out.size() >= 2 ? out : List.of();
    }

    private List<Voices.Voice> turns(String text, List<Mention> mentions) {
        List<Turn> labels = labels(text);
        List<Voices.Voice> out = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            Turn t = labels.get(i);
            int end = i + 1 < labels.size() ? labels.get(i + 1).start() : text.length();
            Matcher heading = CAPS_LINE.matcher(text).region(t.end(), end);
            if (heading.find()) {
                end = heading.start();
            }
            String name = text.substring(t.nameStart(), t.nameEnd());
            Actor speaker = ANSWER.equals(name) ? interviewee(text, labels.get(0).start(), mentions)
                    : introduced(text, name, t.start());
            if (speaker != null && t.end() < end) {
                out.add(new Voices.Voice(t.end(), end, speaker));
            }
        }
        return out;
    }

    /**
     * The party of the line that introduces the speaker before the turn: a short line naming the
     * person followed by a description ("Witness: Karin Dahl, Minister, Ministry of Trade").
     */
    private Actor introduced(String text, String name, int before) {
        String surname = name.substring(name.lastIndexOf(' ') + 1);
        Matcher at = Pattern.compile("(?i)\\b" + Pattern.quote(surname) + "(\\s+MP)?\\s*,").matcher(text).region(0, before);
        while (at.find()) {
            int lineStart = text.lastIndexOf('\n', at.start()) + 1;
            int lineEnd = lineEnd(text, at.end());
            if (at.start() - lineStart <= INTRODUCTION_LEAD && lineEnd - lineStart <= INTRODUCTION_LINE) {
                Actor body = named(text, at.end(), lineEnd);
                if (body != null) {
                    return body;
                }
            }
        }
        return null;
    }

    /** Whom an interview's "A:" stands for: the party named on the line that calls it an interview. */
    private Actor interviewee(String text, int before, List<Mention> mentions) {
        Matcher m = INTERVIEW.matcher(text).region(0, before);
        while (m.find()) {
            int lineStart = text.lastIndexOf('\n', m.start()) + 1;
            int lineEnd = lineEnd(text, m.end());
            Actor party = firstParty(mentions, lineStart, lineEnd);
            party = party != null ? party : named(text, m.end(), lineEnd);
            if (party != null) {
                return party;
            }
        }
        return null;
    }

    /** A statement's voice: its whole text after a heading that names an issuer, or under a letterhead. */
    private Voices.Voice issued(String text, List<Mention> mentions) {
        Matcher h = HEADING.matcher(text).region(0, Math.min(text.length(), HEADING_REACH));
        int lineStart;
        int lineEnd;
        do {
            if (!h.find()) {
                return null;
            }
            lineStart = text.lastIndexOf('\n', h.start()) + 1;
            lineEnd = lineEnd(text, h.end());
        } while (!heading(text.substring(lineStart, lineEnd)));
        Actor issuer = null;
        if (BY.matcher(text).region(h.end(), lineEnd).lookingAt()) {
            issuer = firstParty(mentions, h.end(), lineEnd);
            issuer = issuer != null ? issuer : named(text, h.end(), lineEnd);
        }
        for (int from = 0; issuer == null && from < lineStart; from = lineEnd(text, from) + 1) {
            issuer = named(text, from, lineEnd(text, from)); // a letterhead: "REPUBLIC OF CHILE\nMinistry of …"
        }
        Matcher note = EDITORS_NOTE.matcher(text).region(lineEnd, text.length());
        return issuer == null ? null : new Voices.Voice(lineEnd, note.find() ? note.start() : text.length(), issuer);
    }

    /** The first part of text[from, to), between commas, that is wholly a state's or body's name. */
    private Actor named(String text, int from, int to) {
        int partStart = from;
        for (String part : text.substring(from, to).split("[,;]", -1)) {
            String words = part.strip().replaceAll("^(?i)the\\s+", "").replaceAll("[.:]$", "").replace('’', '\'');
            Actor whole = known(words, text, partStart, part);
            if (whole != null) {
                return whole;
            }
            Matcher of = OF_STATE.matcher(words);
            Actor state = of.find() ? known(of.group(1), text, partStart, part) : null;
            if (state != null) {
                return state; // "Ministry for Foreign Affairs of Sweden"
            }
            partStart += part.length() + 1;
        }
        return null;
    }

    /** A heading is a line of its own, short and no sentence: "Joint Statement of Peru and Chile". */
    private static boolean heading(String line) {
        String l = line.strip();
        return l.length() <= HEADING_LINE && !l.endsWith(".");
    }

    /** The state or body whose name the words are, mentioned as the part, or null. */
    private Actor known(String words, String text, int partStart, String part) {
        for (GazetteerEntry e : words.isEmpty() ? List.<GazetteerEntry>of() : gazetteer.startingWith(words)) {
            if (NAMES.contains(e.kind()) && (e.country() != null || e.org() != null)
                    && e.alias().replace('’', '\'').equalsIgnoreCase(words)) {
                String mention = part.strip().replaceAll("[.:]$", "");
                int start = text.indexOf(mention, partStart);
                return new Actor(mention, start, start + mention.length(), e.name(), e.country(), e.org(), e.role());
            }
        }
        return null;
    }

    private static int lineEnd(String text, int from) {
        int end = text.indexOf('\n', from);
        return end < 0 ? text.length() : end;
    }

    private static Actor firstParty(List<Mention> mentions, int from, int to) {
        for (Mention m : mentions) {
            Actor a = m.actor();
            if (m.resolved() && a.start() != null && a.start() >= from && a.end() <= to
                    && (a.country() != null || a.org() != null)) {
                return a;
            }
        }
        return null;
    }
}
