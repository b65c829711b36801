package dyad.extract.letters;

import dyad.extract.actors.EntryKind;
import dyad.extract.actors.Mention;
import dyad.extract.letters.Lines.Line;
import dyad.model.Actor;
import dyad.model.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A letter's recipients, from the first place that names them: the address block before the
 * salutation ("To: Senator the Hon Penny Wong / Minister for Foreign Affairs"; each line opening
 * with "To:", a courtesy title or an office before a known name ("Prime Minister Erna Solberg")
 * starts a recipient, other lines carry the office and address of the one above), else
 * ({@link GreetingReader}) the title ("Open letter to Prime Minister Mark Carney"), else the
 * salutation ("Dear Minister Wong," → the minister of that name in office; "Dear Prime
 * Minister," → the holder of that office in the letter's state).
 */
final class RecipientReader {

    /** A recipient and the office text written with them, lower case, for telling "the President" apart. */
    record Recipient(Actor actor, String office) {
    }

    /** "To:", or "To" before a name or title: "To the Prime Minister of Canada". */
    private static final Pattern TO = Pattern.compile("^(?i:to)(?:\\s*:\\s*|\\s+(?=(?:the|his|her|their)\\b|\\p{Lu}))");
    private static final Pattern DATE_LINE = Pattern.compile(
            "(?i).*\\b(?:\\d{1,2}\\s+\\p{L}+|\\p{L}+\\s+\\d{1,2}(?:st|nd|rd|th)?)(?:,?\\s+\\d{4})?\\.?$");

    private final LetterLayout layout;
    private final LetterCues cues;
    private final Parties parties;
    private final List<Mention> mentions;
    private final String text;

    RecipientReader(LetterLayout layout, LetterCues cues, Parties parties, List<Mention> mentions) {
        this.layout = layout;
        this.cues = cues;
        this.parties = parties;
        this.mentions = mentions;
        this.text = layout.lines.text();
    }

    List<Recipient> read() {
        List<Recipient> out = addressBlock();
        GreetingReader greeting = new GreetingReader(layout, cues, parties, mentions);
        if (out.isEmpty()) {
            out = greeting.namedInGreeting(greeting.title());
        }
        if (out.isEmpty()) {
            out = greeting.salutation(out);
        }
        List<Recipient> distinct = new ArrayList<>();
        for (Recipient r : out) {
            if (distinct.stream().noneMatch(d -> d.actor().sameBody(r.actor()))) {
                distinct.add(r);
            }
        }
        return distinct;
    }

    // ---- the address block ------------------------------------------------------------------

    /** One addressee's lines: the name line's span after "To:", then its office and address lines. */
    private record Entry(int from, int to, List<int[]> more) {
    }

    private List<Recipient> addressBlock() {
        List<Entry> entries = entries();
        List<Recipient> out = new ArrayList<>();
        List<Entry> bodies = new ArrayList<>();
        for (Entry e : entries) {
            List<int[]> parts = split(e.from(), e.to());
            for (int[] part : parts) {
                Entry one = new Entry(part[0], part[1], part == parts.get(0) ? e.more() : List.of());
                Recipient r = person(one);
                if (r != null) {
                    out.add(r);
                } else {
                    bodies.add(one);
                }
            }
        }
        // Bodies named by a cue ("Members of the National Assembly") belong to the state of the people addressed.
        String country = letterCountry(out);
        for (Entry e : bodies) {
            body(e, country).ifPresent(out::add);
        }
        out.sort(java.util.Comparator.comparingInt(r -> r.actor().start()));
        return out;
    }

    /**
     * The lines before the salutation (without one, before the first line of running text), title and date lines
     * left out, grouped into addressees.
     */
    private List<Entry> entries() {
        int last = layout.salutation >= 0 ? layout.salutation : firstProse();
        boolean anyTo = false;
        for (int i = 0; i < last; i++) {
            anyTo |= !layout.inTitle(i) && TO.matcher(layout.lines.content(layout.lines.get(i))).lookingAt();
        }
        List<Entry> out = new ArrayList<>();
        Entry current = null;
        boolean openTo = false;
        for (int i = 0; i < last; i++) {
            Line l = layout.lines.get(i);
            String content = layout.lines.content(l);
            if (l.blank() || layout.inTitle(i) || isDate(content) || cues.subjectLine.matcher(content).lookingAt()) {
                current = null;
                openTo = false;
                continue;
            }
            Matcher to = TO.matcher(content);
            boolean startsTo = to.lookingAt();
            int from = startsTo ? l.from() + to.end() : l.from();
            boolean honored = cues.honorifics.matcher(text).region(from, l.to()).lookingAt() || namesLeader(from, l.to());
            if (startsTo && from >= l.to()) {
                current = null;
                openTo = true;
                continue;
            }
            if (startsTo || honored || openTo || current == null) {
                current = new Entry(from, l.to(), new ArrayList<>());
                // Without "To:" only a titled name starts a recipient; a bare first line is a letterhead.
                if (startsTo || honored || openTo || anyTo) {
                    out.add(current);
                }
            } else {
                current.more().add(new int[] {l.from(), l.to()});
            }
        }
        return out;
    }

    /** "Prime Minister Erna Solberg": a line naming a known office-holder addresses them, it is no letterhead. */
    private boolean namesLeader(int from, int to) {
        int comma = text.indexOf(',', from);
        return leaderAfterOffice(Written.strip(text, from, comma >= 0 && comma < to ? comma : to, cues)) != null;
    }

    /** The known person closing a name written after their office ("Prime Minister Erna Solberg"), else null. */
    private Written leaderAfterOffice(Written name) {
        if (name.isEmpty()) {
            return null;
        }
        return parties.names().scan(text, name.start(), name.end()).stream()
                .filter(h -> h.kind() == EntryKind.PERSON && h.end() == name.end() && h.start() > name.start())
                .findFirst().map(h -> new Written(h.start(), h.end(), name.honored())).orElse(null);
    }

    private int firstProse() {
        for (Line l : layout.lines.all()) {
            if (!l.blank() && !layout.inTitle(l.index()) && layout.prose(l)) {
                return l.index();
            }
        }
        return Math.min(layout.lines.size(), 15);
    }

    static boolean isDate(String content) {
        return content.length() < 80 && DATE_LINE.matcher(content).matches() && content.matches("(?s).*\\d.*");
    }

    /** "X, through H.E. Y, President of …" is two recipients. */
    private List<int[]> split(int from, int to) {
        List<int[]> out = new ArrayList<>();
        Matcher m = cues.through.matcher(text).region(from, to);
        int start = from;
        while (m.find()) {
            out.add(new int[] {start, m.start()});
            start = m.end();
        }
        out.add(new int[] {start, to});
        return out;
    }

    /**
     * A person addressed by name, the office after it ("H.E. Dr William Ruto, President of …") or before it ("the
     * Federal President, Frank-Walter Steinmeier"); null when the entry names no person.
     */
    private Recipient person(Entry e) {
        int comma = text.indexOf(',', e.from());
        int headEnd = comma >= 0 && comma < e.to() ? comma : e.to();
        int officeTo = e.more().isEmpty() ? e.to() : e.more().get(e.more().size() - 1)[1];
        Written name = Written.strip(text, e.from(), headEnd, cues);
        Written titled = leaderAfterOffice(name);
        if (titled != null) { // "Prime Minister Erna Solberg": the office, then the name
            Actor a = parties.person(titled, e.from(), trimmed(e.from(), headEnd), e.from(), officeTo,
                    new Parties.Placement(null, null, Role.GOV));
            return new Recipient(a, text.substring(e.from(), officeTo).toLowerCase(Locale.ROOT));
        }
        if (isPerson(name)) {
            Actor a = parties.person(name, e.from(), trimmed(e.from(), headEnd), headEnd, officeTo,
                    new Parties.Placement(null, null, Role.GOV));
            return new Recipient(a, text.substring(headEnd, officeTo).toLowerCase(Locale.ROOT));
        }
        if (headEnd < e.to()) { // the office first, then the name
            int next = text.indexOf(',', headEnd + 1);
            int nameEnd = next >= 0 && next < e.to() ? next : e.to();
            Written second = Written.strip(text, headEnd + 1, nameEnd, cues);
            if (!second.isEmpty() && parties.knownPerson(second).isPresent() && parties.personLike(second)) {
                Actor a = parties.person(second, second.start(), second.end(), e.from(), officeTo,
                        new Parties.Placement(null, null, Role.GOV));
                return new Recipient(a, text.substring(e.from(), officeTo).toLowerCase(Locale.ROOT));
            }
        }
        return null;
    }

    private boolean isPerson(Written name) {
        return !name.isEmpty() && (name.honored() || parties.knownPerson(name).isPresent()) && parties.personLike(name);
    }

    private Optional<Recipient> body(Entry e, String country) {
        int comma = text.indexOf(',', e.from());
        int headEnd = comma >= 0 && comma < e.to() ? comma : e.to();
        Written phrase = Written.strip(text, e.from(), headEnd, cues);
        return parties.body(phrase, e.from(), trimmed(e.from(), headEnd), country)
                .map(a -> new Recipient(a, text.substring(e.from(), e.to()).toLowerCase(Locale.ROOT)));
    }

    private int trimmed(int from, int to) {
        while (to > from && (Character.isWhitespace(text.charAt(to - 1)) || ",;:".indexOf(text.charAt(to - 1)) >= 0)) {
            to--;
        }
        return to;
    }

    static String letterCountry(List<Recipient> recipients) {
        return recipients.stream().map(r -> r.actor().country()).filter(c -> c != null).findFirst().orElse(null);
    }
}
