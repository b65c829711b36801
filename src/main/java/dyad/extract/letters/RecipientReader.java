package dyad.extract.letters;

import dyad.extract.actors.EntryKind;
import dyad.extract.actors.GazetteerEntry;
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
 * with "To:" or a courtesy title starts a recipient, other lines carry the office and address
 * of the one above), else the title ("Open letter to Prime Minister Mark Carney"), else the
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
        if (out.isEmpty()) {
            out = title();
        }
        if (out.isEmpty()) {
            out = salutation(out);
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
            if (l.blank() || layout.inTitle(i) || isDate(content)) {
                current = null;
                openTo = false;
                continue;
            }
            Matcher to = TO.matcher(content);
            boolean startsTo = to.lookingAt();
            int from = startsTo ? l.from() + to.end() : l.from();
            boolean honored = cues.honorifics.matcher(text).region(from, l.to()).lookingAt();
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

    private int firstProse() {
        for (Line l : layout.lines.all()) {
            if (!l.blank() && !layout.inTitle(l.index()) && layout.prose(l)) {
                return l.index();
            }
        }
        return Math.min(layout.lines.size(), 15);
    }

    private boolean isDate(String content) {
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

    // ---- the title and the salutation -------------------------------------------------------

    private static final Pattern TITLE_TO = Pattern.compile("(?i)\\bto\\s+");

    /** The people and bodies the gazetteer finds after "to" in the title, up to its colon. */
    private List<Recipient> title() {
        if (layout.title < 0) {
            return List.of();
        }
        Line first = layout.lines.get(layout.title);
        Matcher to = TITLE_TO.matcher(text).region(first.from(), first.to());
        if (!to.find()) {
            return List.of();
        }
        int colon = text.indexOf(':', to.end());
        int end = colon >= 0 && colon < first.to() ? colon : first.to();
        List<Recipient> out = new ArrayList<>();
        for (Mention m : mentions) {
            Actor a = m.actor();
            if (a.start() != null && a.start() >= to.end() && a.end() <= end && m.kind() != EntryKind.ADJECTIVE
                    && Names.addressable(a.role())) {
                out.add(new Recipient(a, ""));
            }
        }
        return out;
    }

    private static final Pattern SALUTATION_PARTS = Pattern.compile("\\s*(?:,|\\band\\b)\\s*");

    /** "Dear Minister Wong," → the minister named Wong in office; "Dear Prime Minister," → the office's holder. */
    private List<Recipient> salutation(List<Recipient> none) {
        if (layout.salutation < 0) {
            return none;
        }
        Line l = layout.lines.get(layout.salutation);
        String content = layout.lines.content(l).replaceFirst("(?i)^dear\\s+", "").replaceFirst("[,:]\\s*$", "");
        int base = text.indexOf(content, l.from());
        List<Recipient> out = new ArrayList<>();
        String country = dominantCountry();
        int at = 0;
        for (String part : SALUTATION_PARTS.split(content)) {
            int start = base + content.indexOf(part, at);
            at = start - base + part.length();
            if (part.isBlank()) {
                continue;
            }
            salutee(part.trim(), start, country).ifPresent(a -> out.add(new Recipient(a, part.toLowerCase(Locale.ROOT))));
        }
        return out;
    }

    private Optional<Actor> salutee(String part, int start, String country) {
        int end = start + part.length();
        List<Names.Hit> hits = parties.names().scan(text, start, end);
        Optional<Names.Hit> cue = hits.stream().filter(h -> h.kind() == EntryKind.ROLE_CUE).findFirst();
        String surname = cue.map(h -> text.substring(h.end(), end).trim()).orElse("");
        if (surname.matches("\\p{Lu}[\\p{L}'’-]+")) {
            Optional<GazetteerEntry> p = parties.names().bySurname(surname, null);
            if (p.isPresent()) {
                GazetteerEntry e = p.get();
                return Optional.of(new Actor(part, start, end, e.name(), e.country(), e.org(), e.role()));
            }
        }
        // "Dear Members of the Security Council", "Dear Prime Minister of Japan": a body, an office's holder.
        Optional<Actor> body = parties.body(new Written(start, end, false), start, end, country);
        if (body.isPresent()) {
            return body;
        }
        if (cue.isPresent()) {
            Names.Hit h = cue.get();
            return parties.cueBody(h, text.substring(h.start(), h.end()), part, start, end, country);
        }
        return Optional.empty();
    }

    /** The state the letter's text names most: whose "Prime Minister" a bare salutation greets. */
    private String dominantCountry() {
        java.util.Map<String, Integer> counts = new java.util.HashMap<>();
        for (Mention m : mentions) {
            if (m.actor().country() != null) {
                counts.merge(m.actor().country(), 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().max(java.util.Map.Entry.comparingByValue()).map(java.util.Map.Entry::getKey)
                .orElse(null);
    }
}
